package org.newskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShapesTest {
    private static Shapes shapes;
    private static DatasetGraph dataset;

    @BeforeAll
    static void load() {
        shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        dataset = SampleArticles.dataset();
    }

    private static Graph article(String iri) {
        Graph copy = GraphFactory.createDefaultGraph();
        dataset.getGraph(NodeFactory.createURI(iri)).find().forEach(copy::add);
        return copy;
    }

    private static String describe(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void givenMappedArticles_thenEveryArticleGraphConformsToTheShapes() {
        List<Node> graphs = org.apache.jena.atlas.iterator.Iter.toList(dataset.listGraphNodes());
        assertEquals(2, graphs.size(), "one named graph per article");
        for (Node g : graphs) {
            ValidationReport report = ShaclValidator.get().validate(shapes, dataset.getGraph(g));
            assertTrue(report.conforms(), g + "\n" + describe(report));
        }
    }

    @Test
    void givenMappedArticles_thenShapesTargetEveryClassTheMapperEmits() {
        // The shapes only mean something if their targets occur: every nkg class and skos:Concept is used.
        Graph a = article(SampleArticles.A1);
        for (Node c : List.of(NKG.Article, NKG.Person, NKG.Organization, NKG.Country, NKG.Place, NKG.Post, NKG.Tenure,
                NKG.Statement, NKG.Event, NKG.Interaction, NKG.Evidence, SKOS.Concept.asNode())) {
            assertTrue(a.contains(Node.ANY, RDF.type.asNode(), c), "no instance of " + c);
        }
    }

    @Test
    void givenMappedArticles_thenNoGraphHasABlankNode() {
        dataset.find().forEachRemaining(q -> assertFalse(q.getSubject().isBlank() || q.getObject().isBlank(), q.toString()));
    }

    @Test
    void givenABlankNodePerson_thenValidationFails() {
        Graph g = article(SampleArticles.A1);
        Node b = NodeFactory.createBlankNode();
        g.add(b, RDF.type.asNode(), NKG.Person);
        g.add(b, RDF.type.asNode(), ExternalTerms.SDO.Person);
        g.add(b, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Nameless Person"));
        g.add(b, RDFS.label.asNode(), NodeFactory.createLiteralString("Nameless Person"));
        assertFailsAt(g, b);
    }

    @Test
    void givenAPersonWithoutPrefLabel_thenValidationFails() {
        Graph g = article(SampleArticles.A1);
        Node person = FactMapper.entityIri(SampleArticles.VARGA);
        assertTrue(g.contains(person, SKOS.prefLabel.asNode(), Node.ANY));
        g.remove(person, SKOS.prefLabel.asNode(), Node.ANY);
        assertFailsAt(g, person);
    }

    @Test
    void givenAnInteractionTargetDescribedInNoGraph_thenValidationFails() {
        // Self-containment: what a fact points to must be described in the same graph.
        Graph g = article(SampleArticles.A1);
        Triple t = g.find(Node.ANY, NKG.target, Node.ANY).next();
        g.delete(t);
        Node stranger = NodeFactory.createURI(NKG.ID + "person/not-described");
        g.add(t.getSubject(), NKG.target, stranger);
        assertFailsAt(g, t.getSubject());
    }

    @Test
    void givenAConfidenceAboveOne_thenValidationFails() {
        Graph g = article(SampleArticles.A1);
        Triple t = g.find(Node.ANY, NKG.confidence, Node.ANY).next();
        g.delete(t);
        g.add(t.getSubject(), NKG.confidence, NodeFactory.createLiteralDT("1.50", XSDDatatype.XSDdecimal));
        assertFailsAt(g, t.getSubject());
    }

    @Test
    void givenADateAsAPlainString_thenValidationFails() {
        Graph g = article(SampleArticles.A1);
        Triple t = g.find(Node.ANY, NKG.date, Node.ANY).next();
        g.delete(t);
        g.add(t.getSubject(), NKG.date, NodeFactory.createLiteralString("13 September"));
        assertFailsAt(g, t.getSubject());
    }

    @Test
    void givenEveryDatePrecision_thenTheGraphsUseAndAcceptThemAll() {
        List<String> types = new ArrayList<>();
        dataset.find(Node.ANY, Node.ANY, NKG.date, Node.ANY)
                .forEachRemaining(q -> types.add(q.getObject().getLiteralDatatypeURI()));
        for (XSDDatatype dt : List.of(XSDDatatype.XSDdate, XSDDatatype.XSDgYearMonth, XSDDatatype.XSDgYear, XSDDatatype.XSDgMonthDay)) {
            assertTrue(types.contains(dt.getURI()), "samples lack a date of type " + dt.getURI());
        }
    }

    private static void assertFailsAt(Graph g, Node focus) {
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        assertFalse(report.conforms(), "expected a violation at " + focus);
        List<Node> foci = report.getEntries().stream().map(ReportEntry::focusNode).toList();
        assertTrue(foci.contains(focus), "no violation at " + focus + ":\n" + describe(report));
    }
}
