package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads RDF dataset files (TriG, N-Quads; triples-only files go to the default graph) grouped by named graph. */
public final class RdfFiles {
    /** Jena's error handler reports positions as {@code [line: 1, col: 9 ] message}. */
    private static final java.util.regex.Pattern POSITION =
            java.util.regex.Pattern.compile("\\[line: (\\d+), col: (\\d+)\\s*\\]\\s*(.*)", java.util.regex.Pattern.DOTALL);

    private RdfFiles() {}

    /** Quads of {@code file} by graph name, sorted by graph IRI; the default graph under {@link Quad#defaultGraphIRI}. */
    public static Map<Node, List<Quad>> read(Path file) {
        if (!Files.isRegularFile(file)) throw new StoreException(file.toString(), "no such file");
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null) throw new StoreException(file.toString(), "unknown RDF format; use .trig, .nq, .ttl, .nt or .jsonld");
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try {
            RDFParser.source(file).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(dsg);
        } catch (RiotParseException e) {
            throw new StoreException(file + ":" + e.getLine() + ":" + e.getCol(), e.getOriginalMessage(), e);
        } catch (RiotException e) {
            java.util.regex.Matcher m = POSITION.matcher(String.valueOf(e.getMessage()));
            if (m.matches()) throw new StoreException(file + ":" + m.group(1) + ":" + m.group(2), m.group(3), e);
            throw new StoreException(file.toString(), e.getMessage(), e);
        }
        Map<Node, List<Quad>> graphs = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
            Quad q = it.next();
            Node g = q.isDefaultGraph() ? Quad.defaultGraphIRI : q.getGraph();
            graphs.computeIfAbsent(g, k -> new ArrayList<>()).add(Quad.create(g, q.asTriple()));
        }
        return graphs;
    }
}
