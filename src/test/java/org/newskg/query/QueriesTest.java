package org.newskg.query;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.newskg.identity.IdentityStage;
import org.newskg.identity.SparqlSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.rdf.NKG;
import org.newskg.rdf.SampleArticles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every named query on the sample articles, both in a plain in-memory dataset (as in a Fuseki in-memory
 * service) and in a TDB2 dataset, and checks the contract queries' columns and rows.
 */
class QueriesTest {
    private static final Path QUERIES = Path.of("queries");
    private static final String ID = NKG.ID;

    /** The query contract (shared/eval/README.md): each named query's columns, in order. */
    static final Map<String, List<String>> CONTRACT = Map.of(
            "people", List.of("person", "name"),
            "roles", List.of("person", "name", "title", "organization"),
            "person-countries", List.of("person", "name", "country"),
            "countries", List.of("country", "name", "iso"),
            "organizations", List.of("organization", "name"),
            "places", List.of("place", "name"),
            "statements", List.of("statement", "speaker", "kind", "date", "text"),
            "events", List.of("event", "type", "date", "place", "participant"),
            "interactions", List.of("source", "relation", "target"));

    private static DatasetGraph memory;
    private static DatasetGraph tdb2;

    /**
     * The sample articles with the identity graph the identity stage computes over them, plus the ontology in its
     * own graph as a store holds it, which must not disturb results.
     */
    @BeforeAll
    static void load() {
        memory = DatasetGraphFactory.createTxnMem();
        fill(memory);
        tdb2 = TDB2Factory.createDataset().asDatasetGraph();
        Txn.executeWrite(tdb2, () -> fill(tdb2));
    }

    private static void fill(DatasetGraph ds) {
        RDFParser.fromString(SampleArticles.nquads(), Lang.NQUADS).parse(ds);
        IdentityStage.standard().recompute(SparqlSource.over(ds), graphs -> graphs.values().forEach(qs -> qs.forEach(ds::add)));
        Node ontologyGraph = NodeFactory.createURI(NKG.ONTOLOGY_GRAPH);
        RDFDataMgr.loadGraph("ontology/newskg.ttl").find().forEach(t -> ds.add(ontologyGraph, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    static Stream<String> queryNames() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList().stream();
        }
    }

    static String text(String name) {
        try {
            return Files.readString(QUERIES.resolve(name + ".rq"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Result of a query: its columns and its rows, each row its cells joined by " | " (unbound cells empty). */
    record Result(List<String> columns, List<String> rows) {}

    static Result run(DatasetGraph ds, String name, Node graph) {
        Query query = QueryFactory.create(text(name));
        return Txn.calculateRead(ds, () -> {
            QueryExecBuilder b = QueryExec.dataset(ds).query(query);
            if (graph != null) b = b.substitution("g", graph);
            try (QueryExec exec = b.build()) {
                RowSet rs = exec.select();
                List<Var> vars = rs.getResultVars();
                List<String> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    Binding row = rs.next();
                    List<String> cells = new ArrayList<>();
                    for (Var v : vars) cells.add(cell(row.get(v)));
                    rows.add(String.join(" | ", cells));
                }
                return new Result(vars.stream().map(Var::getVarName).toList(), rows);
            }
        });
    }

    /** A cell as text: data IRIs relative to the id space, decimals by value (TDB2 stores 0.80 as 0.8). */
    private static String cell(Node n) {
        if (n == null) return "";
        if (n.isURI()) return n.getURI().startsWith(ID) ? n.getURI().substring(ID.length()) : n.getURI();
        if (!n.isLiteral()) return n.toString();
        if (XSDDatatype.XSDdecimal.getURI().equals(n.getLiteralDatatypeURI())) {
            return new BigDecimal(n.getLiteralLexicalForm()).stripTrailingZeros().toPlainString();
        }
        return n.getLiteralLexicalForm();
    }

    private static void assertRows(String name, String... expected) {
        for (DatasetGraph ds : List.of(memory, tdb2)) {
            Result r = run(ds, name, null);
            assertEquals(CONTRACT.get(name), r.columns(), name + " columns");
            List<String> actual = new ArrayList<>(r.rows());
            List<String> want = new ArrayList<>(Arrays.asList(expected));
            actual.sort(null);
            want.sort(null);
            assertEquals(want, actual, name + " rows");
        }
    }

    @ParameterizedTest
    @MethodSource("queryNames")
    void everyQuery_startsWithCommentsNamingItsColumns_andParses(String name) {
        String text = text(name);
        assertTrue(text.startsWith("# " + name + ":"), name + ".rq should start with '# " + name + ": what it answers'");
        String columnsLine = text.lines().filter(l -> l.startsWith("# Columns:")).findFirst().orElse("");
        Query q = QueryFactory.create(text);
        assertEquals(String.join(", ", q.getResultVars()), columnsLine.substring("# Columns:".length()).strip(),
                name + ": the '# Columns:' line must list the projected variables in order");
    }

    @ParameterizedTest
    @MethodSource("queryNames")
    void everyQuery_runsOnBothStores_withTheSameRows(String name) {
        Result mem = run(memory, name, null);
        Result tdb = run(tdb2, name, null);
        assertFalse(mem.rows().isEmpty(), name + " returns no rows on the samples");
        assertEquals(mem, tdb, name + ": in-memory and TDB2 results differ");
    }

    @ParameterizedTest
    @MethodSource("queryNames")
    void everyQuery_withGBoundToAnArticle_returnsOnlyThatArticlesFacts(String name) {
        Result all = run(memory, name, null);
        Result b2 = run(memory, name, NodeFactory.createURI(SampleArticles.B2));
        assertEquals(all.columns(), b2.columns());
        assertTrue(b2.rows().size() <= all.rows().size(), name);
    }

    @ParameterizedTest
    @MethodSource("queryNames")
    void everyQuery_withGBoundToAGraphThatIsNoArticle_returnsNoRows(String name) {
        // Shows that binding ?g reaches every pattern, sub-selects included, and that non-article graphs
        // (such as the ontology's) are ignored.
        for (DatasetGraph ds : List.of(memory, tdb2)) {
            assertEquals(List.of(), run(ds, name, NodeFactory.createURI(NKG.ONTOLOGY_GRAPH)).rows(), name);
        }
    }

    @Test
    void contractQueries_allExist() throws IOException {
        List<String> names = queryNames().toList();
        for (String name : CONTRACT.keySet()) assertTrue(names.contains(name), "missing queries/" + name + ".rq");
    }

    @Test
    void people_givenNameFormsAcrossArticles_returnsTheLongestFormOncePerPerson() {
        // Mira Castellan has the alias "Mira Elena Castellan" in b2 only; Lee Jon Park / Jon Lee Park tie (alphabetical).
        assertRows("people",
                "person/mira-castellan | Mira Elena Castellan",
                "person/tomas-varga | Tomas Varga",
                "person/kerem-ayden | Kerem Ayden",
                "person/lee-jon-park | Jon Lee Park",
                "person/lena-orbach | Lena Orbach");
    }

    @Test
    void people_givenGBoundToOneArticle_listsItsPeopleWithNamesFromAllArticles() {
        Result r = run(memory, "people", NodeFactory.createURI(SampleArticles.B2));
        assertEquals(List.of("person/lee-jon-park | Jon Lee Park", "person/mira-castellan | Mira Elena Castellan"), r.rows());
        Result a1 = run(memory, "people", NodeFactory.createURI(SampleArticles.A1));
        assertTrue(a1.rows().contains("person/mira-castellan | Mira Elena Castellan"), a1.rows().toString());
        assertFalse(a1.rows().contains("person/lee-jon-park | Jon Lee Park"));
    }

    @Test
    void roles_givenOnePostSeenInTwoArticles_returnsOneRowWithTheLongestTitleAndTheOwnerLabel() {
        assertRows("roles",
                "person/mira-castellan | Mira Elena Castellan | President of the European Council | European Council",
                "person/tomas-varga | Tomas Varga | Turkish Foreign Minister | Turkey",
                "person/kerem-ayden | Kerem Ayden | Turkish Ambassador to Azerbaijan | Turkey");
    }

    @Test
    void personCountries_returnsTheCountriesPeopleServe() {
        assertRows("person-countries", "person/tomas-varga | Tomas Varga | Turkey");
    }

    @Test
    void countries_leaveOutACountryOnlyContainingAPlace() {
        // Georgia is in the graph only as the country Tbilisi is in.
        assertRows("countries",
                "country/AM | Armenia | AM",
                "country/AZ | Azerbaijan | AZ",
                "country/TR | Turkey | TR");
    }

    @Test
    void organizations_includeThePublisher() {
        assertRows("organizations",
                "org/daily-wire-east | Daily Wire East",
                "org/european-council | European Council",
                "org/tr-mfa | Ministry of Foreign Affairs of Turkey");
    }

    @Test
    void places_listNonCountryPlacesOnly() {
        assertRows("places", "place/az/baku | Baku", "place/ge/tbilisi | Tbilisi");
    }

    @Test
    void statements_giveSpeakerKindDateAndText_emptyWhenUnknown() {
        assertRows("statements",
                "statement/a1-4 | Mira Elena Castellan | concern | 2022-09-13 | Reports about fighting are extremely worrying.",
                "statement/a1-5 | Tomas Varga | support |  | ",
                "statement/a1-11 | Ministry of Foreign Affairs of Turkey | condemn/accuse | 2022-09-13 | The Turkish Foreign Ministry condemned the provocation.",
                "statement/b2-2 | Jon Lee Park | call/appeal | 2023-01-05 | We call for restraint.");
    }

    @Test
    void events_giveOneRowPerPlaceAndParticipant_keepingEventsWithOnlyPlacesOrOnlyParticipants() {
        assertRows("events",
                "event/a1-6 | armed-clash | --09-13 | Baku | Armenia",
                "event/a1-6 | armed-clash | --09-13 | Baku | Azerbaijan",
                "event/a1-7 | casualties |  | Baku | ",
                "event/a1-12 | phone-call | 2022-09-12 |  | Mira Elena Castellan",
                "event/a1-12 | phone-call | 2022-09-12 |  | Tomas Varga");
    }

    @Test
    void interactions_giveSourceRelationTargetLabels() {
        assertRows("interactions",
                "Tomas Varga | support | Azerbaijan",
                "Azerbaijan | accuse | Armenia",
                "Jon Lee Park | consult | Mira Elena Castellan");
    }
}
