package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NKG;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real embedded Fuseki on a free port, spoken to over HTTP. */
class ServerTest {
    @TempDir
    static Path dir;

    Server server;

    @BeforeEach
    void start() {
        Path store = dir.resolve("kg-" + System.nanoTime());
        try (KgStore kg = KgStore.open(store)) {
            kg.replaceGraphs(Map.of(NKG.articleIri("a1"), KgStoreTest.article("a1", "Ann Example")));
        }
        server = Server.start(new ServerSettings(store, "127.0.0.1", 0, true, true, false, Duration.ofSeconds(30)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private long triples() {
        try (QueryExecHTTP qe = QueryExecHTTP.service(server.sparqlUrl())
                .query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").build()) {
            return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
        }
    }

    @Test
    void givenGraphs_whenLoadedTwiceOverGsp_thenTriplesAreTheSame() {
        Map<Node, List<Quad>> graphs = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        graphs.put(NKG.articleIri("b1"), KgStoreTest.article("b1", "Bob Example", "Cy Example"));
        FusekiLoader loader = new FusekiLoader(server.datasetUrl(), Optional.empty());
        long before = triples();
        assertEquals(1, loader.put(graphs));
        long once = triples();
        loader.put(graphs);
        assertEquals(once, triples());
        assertEquals(before + graphs.get(NKG.articleIri("b1")).size(), once);
    }

    @Test
    void givenServedStore_whenQueriedOverHttp_thenItAnswers() {
        try (QueryExecHTTP qe = QueryExecHTTP.service(server.sparqlUrl())
                .query("PREFIX nkg: <" + NKG.NS + "> SELECT ?p WHERE { GRAPH ?g { ?p a nkg:Person } }").build()) {
            assertEquals(NKG.ID + "person/ann-example", qe.select().next().get("p").getURI());
        }
    }

    @Test
    void givenUiModules_whenRootIsFetched_thenUiAnswers200() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().toLowerCase().contains("<html"), r.body());
    }

    @Test
    void givenWrongDataset_whenLoading_thenStoreExceptionNamesTheUrl() {
        FusekiLoader loader = new FusekiLoader(server.baseUrl() + "nope", Optional.empty());
        StoreException e = assertThrows(StoreException.class,
                () -> loader.put(Map.of(NKG.articleIri("b1"), KgStoreTest.article("b1", "Bob Example"))));
        assertTrue(e.describe().startsWith(server.baseUrl() + "nope: "), e.describe());
        assertTrue(e.getMessage().contains("HTTP 40"), e.getMessage());
    }

    @Test
    void givenReadOnlyServer_whenLoading_thenRefused() {
        Path store = dir.resolve("ro-" + System.nanoTime());
        KgStore.open(store).close();
        try (Server ro = Server.start(new ServerSettings(store, "127.0.0.1", 0, false, false, false, Duration.ofSeconds(30)))) {
            FusekiLoader loader = new FusekiLoader(ro.datasetUrl(), Optional.empty());
            assertThrows(StoreException.class,
                    () -> loader.put(Map.of(NKG.articleIri("b1"), KgStoreTest.article("b1", "Bob Example"))));
        }
    }
}
