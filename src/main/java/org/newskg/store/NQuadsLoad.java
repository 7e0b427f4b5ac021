package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.NKG;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads an N-Quads file of article graphs (grouped by graph, as {@link #dump} writes them) through the same
 * loaders a build uses, so their speed can be set beside {@code tdb2.tdbloader} on the same file.
 */
public final class NQuadsLoad {
    private NQuadsLoad() {}

    /** Writes every article graph of {@code store} to {@code nq} as N-Quads, graph after graph; returns the quads written. */
    public static long dump(KgStore store, Path nq) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
            w.start();
            long n = store.read(dsg -> {
                long c = 0;
                for (Node g : store.articleGraphs()) {
                    for (Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); c++) w.quad(it.next());
                }
                return c;
            });
            w.finish();
            return n;
        } catch (IOException e) {
            throw new StoreException(nq.toString(), "cannot write N-Quads: " + e.getMessage(), e);
        }
    }

    /** Loads {@code nq} into {@code store}; returns the number of quads read. */
    public static long load(Path nq, KgStore store, StoreBuilder.Loading loading, int batch) {
        GraphLoader loader = loading == StoreBuilder.Loading.BULK && store.isEmpty()
                ? new GraphLoader.Bulk(store) : new GraphLoader.Batched(store, StoreIndex.empty(), batch);
        long[] n = {0};
        Node[] current = {null};
        List<Quad> quads = new ArrayList<>();
        Runnable flush = () -> {
            if (current[0] == null) return;
            String iri = current[0].isURI() ? current[0].getURI() : current[0].toString();
            String id = iri.startsWith(NKG.ARTICLE) ? iri.substring(NKG.ARTICLE.length()) : iri;
            loader.add(id, "", current[0], List.copyOf(quads));
            quads.clear();
        };
        try {
            RDFParser.source(nq).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    if (!q.getGraph().equals(current[0])) {
                        flush.run();
                        current[0] = q.getGraph();
                    }
                    quads.add(q);
                    n[0]++;
                }
            });
            flush.run();
            loader.finish();
        } catch (RuntimeException e) {
            loader.abort();
            throw e;
        }
        return n[0];
    }
}
