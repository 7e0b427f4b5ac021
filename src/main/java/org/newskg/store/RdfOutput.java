package org.newskg.store;

import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
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

    /** A quad with its terms written once as N-Triples: formatting them inside the comparator cost most of the time. */
    private record Keyed(String g, String s, String p, String o, Quad quad) {
        Keyed(Quad q) {
            this(nt(q.getGraph()), nt(q.getSubject()), nt(q.getPredicate()), nt(q.getObject()), q);
        }

        /** The N-Quads line, as {@link NodeFmtLib#strNQ} writes it. */
        String line() {
            return quad.isDefaultGraph() ? s + " " + p + " " + o + " ." : s + " " + p + " " + o + " " + g + " .";
        }
    }

    private static final NodeFormatter NT = new NodeFormatterNT();

    /**
     * A term as N-Triples, the same string as {@link NodeFmtLib#strNT}, written through a plain writer: NodeFmtLib's
     * indenting writer checks for a line start at every character, which was most of the time of a sorted write.
     */
    static String nt(Node n) {
        StringWriter sw = new StringWriter();
        AWriter w = IO.wrap(sw);
        NT.format(w, n);
        w.flush();
        return sw.toString();
    }

    private static final Comparator<Keyed> ORDER = Comparator.comparing(Keyed::g).thenComparing(Keyed::s)
            .thenComparing(Keyed::p).thenComparing(Keyed::o);

    private RdfOutput() {}

    public static void write(List<Quad> quads, Syntax syntax, OutputStream out) {
        List<Keyed> keyed = new ArrayList<>(quads.size());
        for (Quad q : quads) keyed.add(new Keyed(q));
        keyed.sort(ORDER);
        List<Quad> sorted = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) sorted.add(k.quad());
        switch (syntax) {
            case NQ -> {
                PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
                String last = null;
                for (Keyed k : keyed) {
                    String line = k.line();
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
