package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NKG;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Readers querying a served store while article graphs are PUT see each article whole or not at all. */
class ConcurrencyTest {
    static final int GRAPHS = 25;

    @TempDir
    Path dir;

    static int size(int i) { return 100 + 7 * i; }

    static List<Quad> graph(int i) {
        Node g = NKG.articleIri("c" + i);
        List<Quad> quads = new ArrayList<>(KgStoreTest.article("c" + i));
        while (quads.size() < size(i)) {
            quads.add(Quad.create(g, NodeFactory.createURI(NKG.ID + "x/c" + i + "-" + quads.size()), NKG.sourceName,
                    NodeFactory.createLiteralString("fact " + quads.size())));
        }
        return quads;
    }

    @Test
    void givenReadersDuringLoads_whenQuerying_thenEveryArticleIsWholeOrAbsent() throws Exception {
        Path store = dir.resolve("kg");
        KgStore.open(store).close();
        try (Server server = Server.start(new ServerSettings(store, "127.0.0.1", 0, true, false, false, Duration.ofSeconds(30)))) {
            Map<Node, Integer> expected = new HashMap<>();
            for (int i = 0; i < GRAPHS; i++) expected.put(NKG.articleIri("c" + i), size(i));
            AtomicBoolean loading = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> torn = new ConcurrentLinkedQueue<>();
            int[] reads = new int[3];
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < reads.length; r++) {
                int me = r;
                readers.add(pool.submit(() -> {
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                    // bounded by count and time; at least a few reads after the loads end
                    for (int n = 0; n < 2000 && System.nanoTime() < until && (loading.get() || n < 3); n++) {
                        try (QueryExecHTTP qe = QueryExecHTTP.service(server.sparqlUrl())
                                .query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").build()) {
                            RowSet rows = qe.select();
                            while (rows.hasNext()) {
                                Binding b = rows.next();
                                long seen = ((Number) b.get("n").getLiteralValue()).longValue();
                                Integer whole = expected.get(b.get("g"));
                                if (whole == null || seen != whole) torn.add(b.get("g") + " had " + seen + " of " + whole);
                            }
                        }
                        reads[me]++;
                    }
                }));
            }
            FusekiLoader loader = new FusekiLoader(server.datasetUrl(), Optional.empty());
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < GRAPHS; i++) {
                    Map<Node, List<Quad>> one = new LinkedHashMap<>();
                    one.put(NKG.articleIri("c" + i), graph(i));
                    loader.put(one);
                }
            }
            loading.set(false);
            for (Future<?> f : readers) f.get(60, TimeUnit.SECONDS);
            pool.shutdown();
            assertEquals(List.of(), List.copyOf(torn));
            int total = reads[0] + reads[1] + reads[2];
            assertTrue(total >= 9, "reads: " + total);
            try (QueryExecHTTP qe = QueryExecHTTP.service(server.sparqlUrl())
                    .query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").build()) {
                long all = ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
                assertEquals(expected.values().stream().mapToLong(Integer::longValue).sum(), all);
            }
        }
    }
}
