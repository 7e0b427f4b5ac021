package org.newskg.relate;

import org.newskg.recognize.Knowledge;
import org.newskg.recognize.RecognizedSentence;
import org.newskg.resolve.Entity;
import org.newskg.resolve.Resolver;
import org.newskg.text.TextLayer;

import java.util.List;

/** Reads facts from an article's recognized sentences. */
public final class Relator {
    private final Knowledge knowledge;

    public Relator(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public ArticleFacts relate(TextLayer layer, List<RecognizedSentence> sentences) {
        Resolver.Resolution r = new Resolver(knowledge).resolve(layer, sentences);
        return new ArticleFacts(layer.article(), null, null, r.entities(), List.<Fact>of());
    }

    Knowledge knowledge() { return knowledge; }

    static Entity unused() { return null; }
}
