package org.newskg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes quads as RDF so that the same quads always give the same bytes: quads are sorted before writing, and N-Quads
 * is written line by line in that order.
 */
public final class RdfOutput {
    /** Output syntaxes. {@code TTL} merges all graphs into one, as Turtle has no named graphs. */
    public enum Syntax { TRIG, NQ, TTL, JSONLD }

    private static final Comparator<Quad> ORDER = Comparator.comparing((Quad q) -> NodeFmtLib.strNT(q.getGraph()))
            .thenComparing(q -> NodeFmtLib.strNT(q.getSubject()))
            .thenComparing(q -> NodeFmtLib.strNT(q.getPredicate()))
            .thenComparing(q -> NodeFmtLib.strNT(q.getObject()));

    private RdfOutput() {}

    public static void write(List<Quad> quads, Syntax syntax, OutputStream out) {
        List<Quad> sorted = new ArrayList<>(quads);
        sorted.sort(ORDER);
        switch (syntax) {
            case NQ -> {
                PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
                String last = null;
                for (Quad q : sorted) {
                    String line = NodeFmtLib.strNQ(q);
                    if (!line.equals(last)) p.println(line);
                    last = line;
                }
                p.flush();
            }
            case TTL -> {
                Graph g = GraphFactory.createDefaultGraph();
                for (Quad q : sorted) g.add(q.asTriple());
                RDFDataMgr.write(out, g, RDFFormat.TURTLE_BLOCKS);
            }
            case TRIG, JSONLD -> {
                DatasetGraph dsg = DatasetGraphFactory.createGeneral();
                for (Quad q : sorted) dsg.add(q);
                RDFDataMgr.write(out, dsg, syntax == Syntax.TRIG ? RDFFormat.TRIG_BLOCKS : RDFFormat.JSONLD11);
            }
        }
    }
}
