package org.newskg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NKG;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreValidatorTest {
    private static StoreValidator validator(int minLabels) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString("""
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <urn:shape:Person> a sh:NodeShape ; sh:targetClass <%sPerson> ;
                  sh:property [ sh:path skos:prefLabel ; sh:minCount %d ] .
                """.formatted(NKG.NS, minLabels), Lang.TURTLE).parse(g);
        return new StoreValidator(Shapes.parse(g));
    }

    @Test
    void givenConformingGraphs_whenValidated_thenNoViolations(@TempDir Path dir) {
        try (KgStore store = KgStore.open(dir.resolve("kg"))) {
            store.replaceGraphs(Map.of(NKG.articleIri("a1"), KgStoreTest.article("a1", "Ann Example")));
            StoreValidator.Result r = validator(1).validate(store);
            assertEquals(1, r.graphs());
            assertTrue(r.conforms());
        }
    }

    @Test
    void givenViolation_whenValidated_thenReportNamesGraphAndFocusNode(@TempDir Path dir) {
        try (KgStore store = KgStore.open(dir.resolve("kg"))) {
            store.replaceGraphs(Map.of(NKG.articleIri("a1"), KgStoreTest.article("a1", "Ann Example")));
            StoreValidator.Result r = validator(2).validate(store);
            assertFalse(r.conforms());
            String line = r.violations().get(0).describe();
            assertTrue(line.startsWith(NKG.ARTICLE + "a1: Violation: <" + NKG.ID + "person/ann-example>"), line);
        }
    }
}
