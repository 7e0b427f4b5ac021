package org.newskg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Validates every article graph of a store against the bundled SHACL shapes ({@code newskg/ontology/shapes.ttl}). */
public final class StoreValidator {
    /** Classpath location of the shapes. */
    public static final String SHAPES = "/newskg/ontology/shapes.ttl";

    private final Shapes shapes;

    public StoreValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The validator over the bundled shapes; a clear {@link StoreException} when they are not in the build. */
    public static StoreValidator bundled() {
        try (InputStream in = StoreValidator.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new StoreException("classpath:" + SHAPES.substring(1),
                        "no SHACL shapes in this build (ontology/shapes.ttl is missing), so nothing can be validated");
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/newskg/ontology").parse(g);
            return new StoreValidator(Shapes.parse(g));
        } catch (IOException | RiotException e) {
            throw new StoreException("classpath:" + SHAPES.substring(1), "cannot read the shapes: " + e.getMessage(), e);
        }
    }

    /** Result of validating a store. */
    public record Result(int graphs, List<Violation> violations) {
        public Result {
            violations = List.copyOf(violations);
        }

        public boolean conforms() { return violations.isEmpty(); }
    }

    public Result validate(KgStore store) {
        List<Node> graphs = store.articleGraphs();
        List<Violation> out = new ArrayList<>();
        for (Node g : graphs) {
            Graph copy = store.read(dsg -> {
                Graph m = GraphFactory.createDefaultGraph();
                dsg.getGraph(g).find().forEachRemaining(m::add);
                return m;
            });
            out.addAll(validate(g.getURI(), copy));
        }
        return new Result(graphs.size(), out);
    }

    public List<Violation> validate(String name, Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(new Violation(name, e.severity().level().getLocalName(), str(e.focusNode()),
                    e.resultPath() == null ? "" : e.resultPath().toString(), e.message()));
        }
        return out;
    }

    private static String str(Node n) {
        return n == null ? "" : n.isURI() ? "<" + n.getURI() + ">" : n.toString();
    }
}
