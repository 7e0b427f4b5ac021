package org.newskg.pipeline;

import org.newskg.ingest.Article;
import org.newskg.relate.ArticleFacts;
import org.newskg.relate.Holds;
import org.newskg.relate.Interacts;
import org.newskg.relate.Said;
import org.newskg.relate.Serves;
import org.newskg.relate.Took;
import org.newskg.resolve.Entity;

import java.time.LocalDate;
import java.util.List;

/** Test fixture: runs the standard pipeline on a few sentences and reads its facts back as strings. */
public final class Extraction {
    public final ArticleFacts facts;

    private Extraction(ArticleFacts facts) { this.facts = facts; }

    public static Extraction of(String text) { return of(text, null); }

    public static Extraction of(String text, LocalDate published) {
        return new Extraction(Pipeline.standard().facts(new Article("test", "test.txt", null, null, null, null, published, text)));
    }

    public List<String> people() { return labels(Entity.Type.PERSON); }

    public List<String> labels(Entity.Type type) {
        return facts.entities().stream().filter(e -> e.type() == type).map(Entity::label).toList();
    }

    public Entity person(String label) {
        return facts.entities().stream().filter(e -> e.type() == Entity.Type.PERSON && e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + label + " in " + people()));
    }

    /** "Name | title | head | owner | host" per post held. */
    public List<String> roles() {
        return facts.facts().stream().filter(f -> f instanceof Holds).map(f -> (Holds) f)
                .map(h -> h.person().label() + " | " + h.title() + " | " + h.head() + " | " + label(h.of()) + " | " + label(h.hostCountry()))
                .toList();
    }

    public List<String> serves() {
        return facts.facts().stream().filter(f -> f instanceof Serves).map(f -> (Serves) f)
                .map(s -> s.person().label() + " -> " + s.country().label()).toList();
    }

    /** "Speaker | kind | medium" per statement. */
    public List<String> statements() {
        return facts.facts().stream().filter(f -> f instanceof Said).map(f -> (Said) f)
                .map(s -> s.speaker().label() + " | " + s.kind() + " | " + s.medium()).toList();
    }

    public List<Said> said() {
        return facts.facts().stream().filter(f -> f instanceof Said).map(f -> (Said) f).toList();
    }

    /** "Source -relation-> Target" per interaction. */
    public List<String> interactions() {
        return facts.facts().stream().filter(f -> f instanceof Interacts).map(f -> (Interacts) f)
                .map(i -> i.source().label() + " -" + i.relation() + "-> " + i.target().label()).distinct().toList();
    }

    public List<Took> events() {
        return facts.facts().stream().filter(f -> f instanceof Took).map(f -> (Took) f).toList();
    }

    private static String label(Entity e) { return e == null ? "-" : e.label(); }
}
