package org.newskg.explore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports of the seed's actor graph parse in their own format and are the same on every run. */
class GraphExportTest {
    @TempDir
    static Path dir;
    static KgStore kg;
    static ActorGraph graph;

    @BeforeAll
    static void build() {
        kg = KgStore.open(SeedStore.build(dir.resolve("kg")));
        graph = new Explorer(kg).graph();
    }

    @AfterAll
    static void close() { kg.close(); }

    private static String export(GraphFormat f) {
        StringWriter w = new StringWriter();
        GraphExport.write(graph, f, w);
        return w.toString();
    }

    @Test
    void givenGraph_whenExportedAsGraphml_thenItIsXmlWithTypedNodesAndWeightedEdges() throws Exception {
        String xml = export(GraphFormat.GRAPHML);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(graph.edges().size(), doc.getElementsByTagNameNS("*", "edge").getLength());
        assertTrue(doc.getElementsByTagNameNS("*", "node").getLength() > 5);
        assertTrue(xml.contains("<data key=\"type\">person</data>"));
        assertTrue(xml.contains("<data key=\"relation\">request</data>"));
    }

    @Test
    void givenGraph_whenExportedAsJson_thenCytoscapeElementsWithEvidence() throws Exception {
        JsonNode root = new ObjectMapper().readTree(export(GraphFormat.JSON));
        JsonNode edges = root.path("elements").path("edges");
        assertEquals(graph.edges().size(), edges.size());
        boolean found = false;
        for (JsonNode e : edges) {
            JsonNode d = e.path("data");
            if (d.path("relation").asText().equals("request")) {
                found = true;
                assertEquals("https://w3id.org/newskg/id/person/josep-borrell", d.path("source").asText());
                assertEquals(1, d.path("weight").asInt());
                assertEquals(1, d.path("evidenceCount").asInt());
                assertTrue(d.path("evidence").get(0).path("sentence").asText().contains("Klaar"));
            }
        }
        assertTrue(found);
    }

    @Test
    void givenGraph_whenExportedAsDot_thenItListsTheEdgesAndRunsDiffClean() {
        String dot = export(GraphFormat.DOT);
        assertTrue(dot.startsWith("digraph newskg {"));
        assertTrue(dot.contains("\"https://w3id.org/newskg/id/person/josep-borrell\" -> \"https://w3id.org/newskg/id/person/klaar\" [label=\"request\""), dot);
        assertEquals(dot, export(GraphFormat.DOT));
    }

    @Test
    void givenQuotesAndBackslashes_whenDotQuoted_thenEscaped() {
        assertEquals("\"a\\\"b\\\\c\\nd\"", GraphExport.dq("a\"b\\c\nd"));
    }
}
