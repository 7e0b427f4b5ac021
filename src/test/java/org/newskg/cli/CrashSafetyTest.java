package org.newskg.cli;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.ingest.IngestSettings;
import org.newskg.pipeline.ArticleGraph;
import org.newskg.pipeline.Pipeline;
import org.newskg.rdf.NKG;
import org.newskg.store.StoreBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build killed with SIGKILL mid-load leaves a store that opens and holds only whole articles (each graph exactly
 * its fresh extraction), and building again ends where an uninterrupted build does.
 */
class CrashSafetyTest {
    static final int ARTICLES = 200;
    static final String[] FIRST = {"Ann", "Bo", "Cyra", "Dag", "Edda", "Finn", "Gala", "Hugo", "Iva", "Jory"};
    static final String[] LAST = {"Example", "Sample", "Tester", "Placeholder", "Dummy", "Mockley", "Fakeson", "Stubbs"};
    static final String[] PLACES = {"France|Paris", "Germany|Berlin", "Poland|Warsaw", "Japan|Tokyo", "Kenya|Nairobi",
            "Brazil|Brasilia", "Canada|Ottawa", "Egypt|Cairo"};

    @TempDir
    Path dir;

    static String article(int i) {
        String[] a = PLACES[i % PLACES.length].split("\\|");
        String[] b = PLACES[(i * 3 + 1) % PLACES.length].split("\\|");
        String p1 = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length];
        String p2 = FIRST[(i + 3) % FIRST.length] + " " + LAST[(i / 7) % LAST.length];
        return a[1] + ", March " + (1 + i % 28) + ", 2024. The President of " + a[0] + ", " + p1 + ", met the Foreign Minister of "
                + b[0] + ", " + p2 + ", in " + a[1] + " on Tuesday to discuss trade and border talks number " + i + ".\n\n"
                + "\"We agreed to meet again,\" " + p1 + " said after the meeting.\n";
    }

    static Map<Node, Graph> graphs(Path store) {
        Map<Node, Graph> out = BuildCommandTest.snapshot(store);
        return out;
    }

    static void assertSameDataset(Map<Node, Graph> expected, Map<Node, Graph> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (Node g : expected.keySet()) assertTrue(expected.get(g).isIsomorphicWith(actual.get(g)), g.toString());
    }

    @Test
    void givenBuildKilledMidLoad_whenStoreIsOpened_thenWholeArticlesOnlyAndRebuildMatchesAnUninterruptedBuild() throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        for (int i = 0; i < ARTICLES; i++) Files.writeString(corpus.resolve(String.format("a%03d.txt", i)), article(i));

        Path store = dir.resolve("kg");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.newskg.cli.Main", "build", corpus.toString(), "--store", store.toString(),
                "--batch", "20", "-q");
        Process build = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
        // kill after the first batch is committed (the node data file is written only on commit), somewhere mid-load
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (build.isAlive() && committedBytes(store) == 0 && System.nanoTime() < deadline) Thread.sleep(10);
        Thread.sleep(new java.util.Random().nextInt(1000));
        assertTrue(build.isAlive(), "the build ended before it could be killed: " + Files.readString(dir.resolve("build.log")));
        build.destroyForcibly(); // SIGKILL on Linux
        assertTrue(build.waitFor(20, TimeUnit.SECONDS));
        assertEquals(137, build.exitValue(), "killed by SIGKILL");

        Map<Node, Graph> fresh = new HashMap<>();
        for (ArticleGraph a : new StoreBuilder(Pipeline.standard(), IngestSettings.DEFAULTS, null, 1)
                .extract(List.of(corpus), line -> { throw new AssertionError(line); })) {
            Graph g = GraphFactory.createDefaultGraph();
            // TDB2 keeps numbers by value ("0.70" comes back as "0.7"), so compare with the canonical form
            a.quads().forEach(q -> g.add(org.apache.jena.graph.Triple.create(q.getSubject(), q.getPredicate(),
                    CanonicalizeLiteral.get().apply(q.getObject()))));
            fresh.put(a.graphName(), g);
        }
        assertEquals(ARTICLES, fresh.size());

        Map<Node, Graph> survived = graphs(store);
        assertTrue(survived.size() < ARTICLES, "killed too late: all " + ARTICLES + " articles stored");
        assertEquals(0, survived.size() % 20, "whole batches only: " + survived.size());
        for (Map.Entry<Node, Graph> e : survived.entrySet()) {
            assertTrue(e.getValue().contains(e.getKey(), org.apache.jena.vocabulary.RDF.type.asNode(), NKG.Article), e.getKey().toString());
            assertTrue(fresh.get(e.getKey()).isIsomorphicWith(e.getValue()), () -> "partial or changed graph " + e.getKey()
                    + "\nonly in the store: " + diff(e.getValue(), fresh.get(e.getKey())) + "\nonly fresh: " + diff(fresh.get(e.getKey()), e.getValue()));
        }

        CliRun again = CliRun.of("build", corpus.toString(), "--store", store.toString(), "--batch", "20", "-q");
        assertEquals(0, again.code(), again.err());
        Path clean = dir.resolve("kg-clean");
        assertEquals(0, CliRun.of("build", corpus.toString(), "--store", clean.toString(), "--batch", "20", "-q").code());
        Map<Node, Graph> rebuilt = graphs(store);
        assertSameDataset(graphs(clean), rebuilt);
        assertSameDataset(fresh, rebuilt);
    }

    static List<String> diff(Graph a, Graph b) {
        List<String> out = new ArrayList<>();
        a.find().forEachRemaining(t -> { if (!b.contains(t) && out.size() < 6) out.add(t.toString()); });
        return out;
    }

    /** Bytes in the store's node data file, written only when a write transaction commits. */
    static long committedBytes(Path store) throws IOException {
        if (!Files.isDirectory(store)) return 0;
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(p -> p.getFileName().toString().equals("nodes-data.obj")).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
