package org.newskg.query;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryRunnerTest {
    @TempDir
    Path dir;
    KgStore store;

    private static final NamedQuery PEOPLE = NamedQuery.of("people-test", """
            # people, by graph
            SELECT ?person ?name WHERE { GRAPH ?g { ?person a <https://w3id.org/newskg/ontology#Person> ;
                <http://www.w3.org/2004/02/skos/core#prefLabel> ?name } } ORDER BY ?name
            """);

    static List<Quad> article(String id, String person) {
        var g = NKG.articleIri(id);
        var p = NodeFactory.createURI(NKG.ID + "person/" + person.toLowerCase());
        List<Quad> q = new ArrayList<>();
        q.add(Quad.create(g, g, RDF.type.asNode(), NKG.Article));
        q.add(Quad.create(g, g, NKG.sourceName, NodeFactory.createLiteralString("data/" + id + ".txt")));
        q.add(Quad.create(g, p, RDF.type.asNode(), NKG.Person));
        q.add(Quad.create(g, p, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(person)));
        return q;
    }

    @BeforeEach
    void fill() {
        store = KgStore.open(dir.resolve("kg"));
        store.replaceGraphs(Map.of(NKG.articleIri("a1"), article("a1", "Ann"), NKG.articleIri("a2"), article("a2", "Bob")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String run(String article, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(30).run(PEOPLE, new QueryTarget.Local(store), article, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void givenCsv_whenRun_thenSparqlCsvWithVariableHeader() {
        assertEquals("person,name\r\n" + NKG.ID + "person/ann,Ann\r\n" + NKG.ID + "person/bob,Bob\r\n", run(null, ResultFormat.CSV));
    }

    @Test
    void givenArticleId_whenRun_thenOnlyThatArticle() {
        assertEquals("person,name\r\n" + NKG.ID + "person/bob,Bob\r\n", run("a2", ResultFormat.CSV));
    }

    @Test
    void givenSourceFileName_whenRun_thenThatArticle() {
        assertTrue(run("a1.txt", ResultFormat.TSV).contains("\"Ann\""));
        assertTrue(run("data/a1.txt", ResultFormat.JSON).contains("\"Ann\""));
    }

    @Test
    void givenInjectionString_whenUsedAsArticle_thenNothingMatchesAndDataIsIntact() {
        long before = store.counts().triples();
        QueryException e = assertThrows(QueryException.class, () -> run("x> } DROP ALL #", ResultFormat.CSV));
        assertTrue(e.getMessage().contains("no article"), e.getMessage());
        QueryException quote = assertThrows(QueryException.class, () -> run("a1.txt\" || true || \"", ResultFormat.CSV));
        assertTrue(quote.getMessage().contains("no article"));
        assertEquals(before, store.counts().triples());
        assertEquals(2, store.counts().articles());
    }

    @Test
    void givenQueryWithoutGraphVariable_whenRestrictedToArticle_thenRefused() {
        NamedQuery q = NamedQuery.of("plain", "SELECT * WHERE { ?s ?p ?o }");
        assertThrows(QueryException.class,
                () -> new QueryRunner(30).run(q, new QueryTarget.Local(store), "a1", ResultFormat.CSV, new ByteArrayOutputStream()));
    }

    @Test
    void givenBadSyntax_whenRun_thenQueryExceptionNamesTheQuery() {
        NamedQuery q = NamedQuery.of("broken", "SELECT WHERE {");
        QueryException e = assertThrows(QueryException.class,
                () -> new QueryRunner(30).run(q, new QueryTarget.Local(store), null, ResultFormat.CSV, new ByteArrayOutputStream()));
        assertTrue(e.describe().startsWith("broken: "));
    }

    @Test
    void givenMoreRowsThanTheSpillThreshold_whenSortedAndDistinct_thenSameRowsAsInMemory() {
        Map<org.apache.jena.graph.Node, List<Quad>> graphs = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 40; i++) graphs.put(NKG.articleIri("s" + i), article("s" + i, "Name" + (char) ('A' + (i * 7) % 26) + i % 3));
        store.replaceGraphs(graphs);
        NamedQuery q = NamedQuery.of("distinct-names", """
                SELECT DISTINCT ?name WHERE { GRAPH ?g { ?p <http://www.w3.org/2004/02/skos/core#prefLabel> ?name } }
                ORDER BY DESC(?name)
                """);
        ByteArrayOutputStream inMemory = new ByteArrayOutputStream(), spilled = new ByteArrayOutputStream();
        long rows = new QueryRunner(30).run(q, new QueryTarget.Local(store), null, ResultFormat.CSV, inMemory);
        // a threshold of 2 rows makes ARQ sort and de-duplicate through temporary files
        assertEquals(rows, new QueryRunner(30, 2).run(q, new QueryTarget.Local(store), null, ResultFormat.CSV, spilled));
        assertTrue(rows > 20, "rows: " + rows);
        assertEquals(inMemory.toString(StandardCharsets.UTF_8), spilled.toString(StandardCharsets.UTF_8));
        List<String> names = List.of(spilled.toString(StandardCharsets.UTF_8).split("\r\n"));
        List<String> sorted = new ArrayList<>(names.subList(1, names.size()));
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, names.subList(1, names.size()));
        assertEquals(names.size() - 1, new java.util.HashSet<>(sorted).size());
    }
}
