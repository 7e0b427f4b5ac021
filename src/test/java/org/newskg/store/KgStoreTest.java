package org.newskg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NKG;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KgStoreTest {
    @TempDir
    Path dir;

    static List<Quad> article(String id, String... people) {
        Node g = NKG.articleIri(id);
        List<Quad> quads = new java.util.ArrayList<>();
        quads.add(Quad.create(g, g, RDF.type.asNode(), NKG.Article));
        quads.add(Quad.create(g, g, NKG.sourceName, NodeFactory.createLiteralString(id + ".txt")));
        for (String p : people) {
            Node person = NodeFactory.createURI(NKG.ID + "person/" + p.toLowerCase().replace(' ', '-'));
            quads.add(Quad.create(g, person, RDF.type.asNode(), NKG.Person));
            quads.add(Quad.create(g, person, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(p)));
        }
        return quads;
    }

    static Graph snapshot(KgStore store, Node g) {
        return store.read(dsg -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(g).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    @Test
    void givenStoreRewrittenManyTimes_whenCompacted_thenSameQuadsInLessDiskAndStillWritable() {
        Path kg = dir.resolve("kg");
        Node a = NKG.articleIri("a1");
        Graph before;
        long sizeBefore;
        try (KgStore store = KgStore.open(kg)) {
            // each write transaction leaves copy-on-write blocks behind: 40 rewrites of 50 articles
            for (int round = 0; round < 40; round++) {
                Map<Node, List<Quad>> graphs = new java.util.LinkedHashMap<>();
                for (int i = 0; i < 50; i++) graphs.put(NKG.articleIri("a" + i), article("a" + i, "Ann Example" + round % 3, "Bob Example"));
                store.replaceGraphs(graphs);
            }
            before = snapshot(store, a);
            KgStore.Compaction c = store.compact();
            sizeBefore = c.bytesBefore();
            assertTrue(c.bytesAfter() < c.bytesBefore(), "compaction gave no disk back: " + c);
            assertTrue(before.isIsomorphicWith(snapshot(store, a)));
            assertEquals(50, store.counts().articles());
            store.replaceGraphs(Map.of(NKG.articleIri("b1"), article("b1", "Cid Example")));
            assertEquals(51, store.counts().articles());
        }
        try (KgStore store = KgStore.openExisting(kg)) {
            assertTrue(before.isIsomorphicWith(snapshot(store, a)), "reopened after compaction");
            assertEquals(51, store.counts().articles());
            assertTrue(store.sizeOnDisk() < sizeBefore);
        }
    }

    @Test
    void givenSameGraphs_whenReplacedTwice_thenStoreIsIsomorphicAndNotDoubled() {
        Node a = NKG.articleIri("a1");
        try (KgStore store = KgStore.open(dir.resolve("kg"))) {
            store.replaceGraphs(Map.of(a, article("a1", "Ann Example", "Bob Example")));
            Graph first = snapshot(store, a);
            long triples = store.counts().triples();
            store.replaceGraphs(Map.of(a, article("a1", "Ann Example", "Bob Example")));
            assertTrue(first.isIsomorphicWith(snapshot(store, a)));
            assertEquals(triples, store.counts().triples());
            assertEquals(1, store.counts().articles());
            assertEquals(2, store.counts().people());
        }
    }

    @Test
    void givenChangedArticle_whenReplaced_thenOldFactsAreGone() {
        Node a = NKG.articleIri("a1");
        try (KgStore store = KgStore.open(dir.resolve("kg"))) {
            store.replaceGraphs(Map.of(a, article("a1", "Ann Example", "Bob Example")));
            store.replaceGraphs(Map.of(a, article("a1", "Ann Example")));
            assertEquals(1, store.counts().people());
        }
    }

    @Test
    void givenTwoArticles_whenOneIsRemoved_thenOnlyTheOtherStays() {
        try (KgStore store = KgStore.open(dir.resolve("kg"))) {
            store.replaceGraphs(Map.of(NKG.articleIri("a1"), article("a1", "Ann Example"),
                    NKG.articleIri("a2"), article("a2", "Bob Example")));
            assertTrue(store.remove("a1"));
            assertFalse(store.remove("a1"));
            assertEquals(List.of(NKG.articleIri("a2")), store.articleGraphs());
            assertEquals(1, store.counts().people());
        }
    }

    @Test
    void givenStoreClosed_whenReopened_thenDataIsThere() {
        try (KgStore store = KgStore.open(dir.resolve("kg"))) {
            store.replaceGraphs(Map.of(NKG.articleIri("a1"), article("a1", "Ann Example")));
        }
        try (KgStore store = KgStore.openExisting(dir.resolve("kg"))) {
            assertEquals(1, store.counts().articles());
            assertEquals(1, store.stats().size());
            assertEquals("a1.txt", store.stats().get(0).sourceName());
        }
    }

    @Test
    void givenNoStoreDirectory_whenOpenedForReading_thenStoreExceptionNamesIt() {
        StoreException e = assertThrows(StoreException.class, () -> KgStore.openExisting(dir.resolve("missing")));
        assertTrue(e.describe().contains("missing"));
    }

    @Test
    void givenNonSlugId_whenMakingItsGraph_thenRefused() {
        assertThrows(IllegalArgumentException.class, () -> KgStore.articleGraph("x> } DROP ALL #"));
        assertEquals(NKG.articleIri("abc-1"), KgStore.articleGraph("abc-1"));
    }

    @Test
    void givenQuadOutsideItsGraph_whenReplacing_thenRefused() {
        try (KgStore store = KgStore.open(dir.resolve("kg"))) {
            assertThrows(IllegalArgumentException.class,
                    () -> store.replaceGraphs(Map.of(NKG.articleIri("a2"), article("a1", "Ann Example"))));
            assertEquals(0, store.counts().triples());
        }
    }

    @Test
    void givenNoStoreOption_whenResolvingDirectory_thenEnvironmentThenDefault() {
        assertEquals(Path.of("x"), KgStore.resolveDirectory(Path.of("x"), Map.of("NEWSKG_STORE", "y")));
        assertEquals(Path.of("y"), KgStore.resolveDirectory(null, Map.of("NEWSKG_STORE", "y")));
        assertEquals(Path.of("kg-store"), KgStore.resolveDirectory(null, Map.of()));
    }
}
