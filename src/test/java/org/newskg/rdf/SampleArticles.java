package org.newskg.rdf;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newskg.ingest.Article;
import org.newskg.recognize.Knowledge;
import org.newskg.relate.ArticleFacts;
import org.newskg.relate.Evidence;
import org.newskg.relate.Fact;
import org.newskg.relate.Holds;
import org.newskg.relate.Interacts;
import org.newskg.relate.Said;
import org.newskg.relate.Serves;
import org.newskg.relate.Took;
import org.newskg.resolve.Entity;
import org.newskg.resolve.Entity.Type;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Two hand-built articles' facts (fictional people), mapped by {@link FactMapper} into one dataset, one named graph
 * per article. Used by the shapes and query tests; the expected query rows in {@code QueriesTest} follow from the
 * facts here.
 */
public final class SampleArticles {
    private SampleArticles() {}

    public static final String A1 = "https://w3id.org/newskg/article/a1";
    public static final String B2 = "https://w3id.org/newskg/article/b2";

    // people (fictional)
    static final Entity CASTELLAN_A = new Entity(Type.PERSON, "mira-castellan", "Mira Castellan", List.of("Castellan"), "");
    static final Entity CASTELLAN_B = new Entity(Type.PERSON, "mira-castellan", "Mira Castellan", List.of("Mira Elena Castellan", "Castellan"), "");
    static final Entity VARGA = new Entity(Type.PERSON, "tomas-varga", "Tomas Varga", List.of("Varga"), "");
    static final Entity AYDEN = new Entity(Type.PERSON, "kerem-ayden", "Kerem Ayden", List.of("Ayden"), "TR");
    static final Entity PARK = new Entity(Type.PERSON, "lee-jon-park", "Lee Jon Park", List.of("Jon Lee Park", "Park"), "");
    static final Entity AUTHOR = new Entity(Type.PERSON, "lena-orbach", "Lena Orbach", List.of(), "");
    // countries, organizations, places
    static final Entity ARMENIA = new Entity(Type.COUNTRY, "AM", "Armenia", List.of("Armenian"), "AM");
    static final Entity AZERBAIJAN = new Entity(Type.COUNTRY, "AZ", "Azerbaijan", List.of("Azerbaijani"), "AZ");
    static final Entity TURKEY = new Entity(Type.COUNTRY, "TR", "Turkey", List.of("Turkish"), "TR");
    static final Entity COUNCIL = new Entity(Type.ORGANIZATION, "european-council", "European Council", List.of(), "");
    static final Entity MINISTRY = new Entity(Type.ORGANIZATION, "tr-mfa", "Ministry of Foreign Affairs of Turkey",
            List.of("Turkish Foreign Ministry"), "TR");
    static final Entity OUTLET = new Entity(Type.ORGANIZATION, "daily-wire-east", "Daily Wire East", List.of(), "");
    static final Entity BAKU = new Entity(Type.PLACE, "az/baku", "Baku", List.of(), "AZ");
    /** Its country (Georgia) is described only as the country the place is in. */
    static final Entity TBILISI = new Entity(Type.PLACE, "ge/tbilisi", "Tbilisi", List.of(), "GE");

    /** The facts of both articles. */
    public static List<ArticleFacts> facts() {
        return List.of(articleA(), articleB());
    }

    private static ArticleFacts articleA() {
        String[] sentences = {
            "President of the European Council Mira Castellan tweeted: \"Reports about fighting are extremely worrying.\"",
            "Turkish Foreign Minister Tomas Varga said Turkey stands by Azerbaijan.",
            "Azerbaijan accused Armenia of provocations in September 2022.",
            "Clashes broke out near Baku on September 13.",
            "There were losses: three killed and five wounded near Baku.",
            "Turkish Ambassador to Azerbaijan Kerem Ayden, in post since 2022, also spoke.",
            "The Turkish Foreign Ministry condemned the provocation in a statement on 13 September 2022.",
            "Castellan and Varga held a phone call on 12 September 2022.",
            "A delegation is expected in Tbilisi."
        };
        Text t = new Text(sentences);
        Article article = new Article("a1", "a1.txt", "https://example.org/news/a1", "Border clashes", "Daily Wire East",
                "Lena Orbach", LocalDate.of(2022, 9, 14), t.text);
        List<Fact> facts = List.of(
                new Holds(CASTELLAN_A, "President of the European Council", "president", COUNCIL, null, false, "", t.ev(0, "title-before-name", 0.9)),
                new Holds(VARGA, "Turkish Foreign Minister", "foreign minister", TURKEY, null, false, "2022-09-14", t.ev(1, "title-before-name", 0.9)),
                new Serves(VARGA, TURKEY, t.ev(1, "demonym-title", 0.8)),
                new Said(CASTELLAN_A, "concern", "Twitter", "2022-09-13", "Reports about fighting are extremely worrying.", "tweeted",
                        List.of(ARMENIA, AZERBAIJAN), t.ev(0, "quote-verb", 0.85)),
                new Said(VARGA, "support", "", "", "", "said", List.of(AZERBAIJAN), t.ev(1, "reported-speech", 0.6)),
                new Took("armed-clash", "FIGHT", "Clashes", List.of(ARMENIA, AZERBAIJAN), List.of(BAKU), "--09-13", -1, -1, t.ev(3, "event-trigger", 0.7)),
                new Took("casualties", "", "losses", List.of(), List.of(BAKU), "", 3, 5, t.ev(4, "casualty-count", 0.75)),
                new Interacts(VARGA, "support", "SUPPORT", AZERBAIJAN, "", t.ev(1, "stands-by", 0.8)),
                new Interacts(AZERBAIJAN, "accuse", "ACCUSE", ARMENIA, "2022-09", t.ev(2, "accuse-verb", 0.9)),
                new Holds(AYDEN, "Turkish Ambassador to Azerbaijan", "ambassador", TURKEY, AZERBAIJAN, false, "2022", t.ev(5, "envoy-title", 0.95)),
                new Said(MINISTRY, "condemn/accuse", "written statement", "2022-09-13", "The Turkish Foreign Ministry condemned the provocation.",
                        "condemned", List.of(ARMENIA), t.ev(6, "statement-cue", 1.0)),
                new Took("phone-call", "CONSULT", "phone call", List.of(CASTELLAN_A, VARGA), List.of(), "2022-09-12", -1, -1, t.ev(7, "event-trigger", 0.7)));
        List<Entity> entities = List.of(ARMENIA, AZERBAIJAN, TURKEY, CASTELLAN_A, VARGA, AYDEN, COUNCIL, MINISTRY, BAKU, TBILISI);
        return new ArticleFacts(article, AUTHOR, OUTLET, entities, facts);
    }

    private static ArticleFacts articleB() {
        String[] sentences = {
            "Former European Council President Mira Elena Castellan met envoy Lee Jon Park in 2023.",
            "\"We call for restraint,\" Park told a press conference on 5 January 2023."
        };
        Text t = new Text(sentences);
        Article article = new Article("b2", "b2.txt", null, null, null, null, null, t.text);
        List<Fact> facts = List.of(
                new Holds(CASTELLAN_B, "European Council President", "president", COUNCIL, null, true, "2023", t.ev(0, "title-before-name", 0.9)),
                new Said(PARK, "call/appeal", "press conference", "2023-01-05", "We call for restraint.", "told", List.of(), t.ev(1, "quote-verb", 0.9)),
                new Interacts(PARK, "consult", "CONSULT", CASTELLAN_B, "", t.ev(0, "meet-verb", 0.5)));
        return new ArticleFacts(article, null, null, List.of(CASTELLAN_B, PARK, COUNCIL), facts);
    }

    /** An article text made of sentences separated by spaces, with the evidence span of each sentence. */
    private static final class Text {
        final String text;
        final String[] sentences;
        final int[] begins;

        Text(String[] sentences) {
            this.sentences = sentences;
            this.begins = new int[sentences.length];
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < sentences.length; i++) {
                if (i > 0) b.append(' ');
                begins[i] = b.length();
                b.append(sentences[i]);
            }
            this.text = b.toString();
        }

        Evidence ev(int sentence, String rule, double confidence) {
            return new Evidence(begins[sentence], begins[sentence] + sentences[sentence].length(), sentences[sentence], rule, confidence);
        }
    }

    /** The sample articles mapped into a fresh in-memory dataset. */
    public static DatasetGraph dataset() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(nquads(), Lang.NQUADS).parse(ds);
        return ds;
    }

    /** The sample articles as N-Quads, mapped with the bundled knowledge. */
    public static synchronized String nquads() {
        if (nquads == null) nquads = mapped();
        return nquads;
    }

    private static String nquads;

    /** Maps the facts with {@link Knowledge#standard()}. */
    static String mapped() {
        FactMapper mapper = new FactMapper(Knowledge.standard());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF sink = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        sink.start();
        for (ArticleFacts f : facts()) mapper.map(f, sink);
        sink.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
