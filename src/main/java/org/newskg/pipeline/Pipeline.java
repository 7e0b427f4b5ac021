package org.newskg.pipeline;

import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.newskg.ingest.Article;
import org.newskg.rdf.FactMapper;
import org.newskg.rdf.NKG;
import org.newskg.recognize.Knowledge;
import org.newskg.recognize.RecognizedSentence;
import org.newskg.recognize.Recognizer;
import org.newskg.relate.ArticleFacts;
import org.newskg.relate.Relator;
import org.newskg.text.Segmenter;
import org.newskg.text.TextLayer;

import java.util.ArrayList;
import java.util.List;

/** Article in, RDF out: the extraction stages wired together. */
public final class Pipeline {
    private static volatile Pipeline standard;

    private final Recognizer recognizer;
    private final Relator relator;
    private final FactMapper mapper;

    public Pipeline(Knowledge knowledge) {
        this.recognizer = new Recognizer(knowledge);
        this.relator = new Relator(knowledge);
        this.mapper = new FactMapper(knowledge);
    }

    /** The pipeline over the bundled knowledge files. */
    public static Pipeline standard() {
        Pipeline p = standard;
        if (p == null) {
            synchronized (Pipeline.class) {
                if (standard == null) standard = new Pipeline(Knowledge.standard());
                p = standard;
            }
        }
        return p;
    }

    public ArticleFacts facts(Article article) {
        TextLayer layer = Segmenter.segment(article);
        List<RecognizedSentence> sentences = recognizer.recognize(layer);
        return relator.relate(layer, sentences);
    }

    public ArticleGraph extract(Article article) {
        ArticleFacts facts = facts(article);
        List<Quad> quads = new ArrayList<>();
        mapper.map(facts, new StreamRDFBase() {
            @Override
            public void quad(Quad quad) { quads.add(quad); }
        });
        return new ArticleGraph(article, NKG.articleIri(article.id()), facts, quads);
    }
}
