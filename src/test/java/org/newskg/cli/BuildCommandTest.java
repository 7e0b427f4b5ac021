package org.newskg.cli;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildCommandTest {
    static final Path SEED = Path.of("data/azernews-border-clashes.txt");

    @TempDir
    Path dir;

    static Map<Node, Graph> snapshot(Path store) {
        try (KgStore kg = KgStore.openExisting(store)) {
            return kg.read(dsg -> {
                Map<Node, Graph> out = new LinkedHashMap<>();
                for (Node g : kg.articleGraphs()) {
                    Graph copy = GraphFactory.createDefaultGraph();
                    dsg.getGraph(g).find().forEachRemaining(copy::add);
                    out.put(g, copy);
                }
                return out;
            });
        }
    }

    @Test
    void givenSeedArticle_whenBuilt_thenStoredAndSummaryPrinted() {
        Path store = dir.resolve("kg");
        CliRun r = CliRun.of("build", SEED.toString(), "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Stored 1 article(s)"), r.out());
        assertTrue(r.out().contains("failures    0"), r.out());
        assertTrue(r.out().contains("./newskg query people"), r.out());
        assertEquals(1, snapshot(store).size());
    }

    @Test
    void givenSameArticleBuiltTwice_whenCompared_thenEveryGraphIsIsomorphic() {
        Path store = dir.resolve("kg");
        assertEquals(0, CliRun.of("build", SEED.toString(), "--store", store.toString()).code());
        Map<Node, Graph> first = snapshot(store);
        assertEquals(0, CliRun.of("build", SEED.toString(), "--store", store.toString(), "--published", "2023-01-01").code());
        Map<Node, Graph> second = snapshot(store);
        assertEquals(first.keySet(), second.keySet());
        // the seed has no date of its own: --published records one (and lets relative dates resolve);
        // building again without it must give back exactly the first graph
        Node published = NodeFactory.createURI("https://schema.org/datePublished");
        Graph dated = second.values().iterator().next();
        assertTrue(dated.contains(Node.ANY, published, NodeFactory.createLiteralDT("2023-01-01", XSDDatatype.XSDdate)));
        assertFalse(first.values().iterator().next().contains(Node.ANY, published, Node.ANY));
        assertEquals(0, CliRun.of("build", SEED.toString(), "--store", store.toString()).code());
        Map<Node, Graph> third = snapshot(store);
        for (Node g : first.keySet()) assertTrue(first.get(g).isIsomorphicWith(third.get(g)), g.toString());
    }

    @Test
    void givenBadInputAmongGoodOnes_whenBuilt_thenExit1NamesTheFileAndGoodArticleIsStored() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(SEED, in.resolve("good.txt"));
        Files.writeString(in.resolve("bad.json"), "{\"title\": \"x\", \n  \"text\": ");
        Path store = dir.resolve("kg");
        CliRun r = CliRun.of("build", in.toString(), "--store", store.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith(in.resolve("bad.json") + ":") ), r.err());
        assertTrue(r.out().contains("failures    1"), r.out());
        assertEquals(1, snapshot(store).size());
    }

    @Test
    void givenMissingInput_whenBuilt_thenExit1WithOneLine() {
        CliRun r = CliRun.of("build", dir.resolve("nope.txt").toString(), "--store", dir.resolve("kg").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("nope.txt: no such file"), r.err());
        assertTrue(List.of(r.err().split("\n")).stream().noneMatch(l -> l.startsWith("\tat ")), r.err());
    }
}
