package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newskg.pipeline.ArticleGraph;
import org.newskg.rdf.NKG;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The loader side of a build: takes article graphs in input order and writes them to TDB2, whole transactions at a
 * time. Used by one thread.
 */
abstract sealed class GraphLoader permits GraphLoader.Batched, GraphLoader.Bulk {
    /** Ids stored by this build so far (as 64-bit hashes: a collision only costs a needless delete). */
    protected final IdSet storedIds = new IdSet();

    final void add(ArticleGraph a) {
        add(a.article().id(), a.article().sourceName(), a.graphName(), a.quads());
    }

    /** Adds the graph {@code graph} of article {@code id} read from {@code source}, replacing any older one. */
    abstract void add(String id, String source, Node graph, List<Quad> quads);

    /** Commits what is pending. */
    abstract void finish();

    /** Gives up what is pending (nothing of it is committed). */
    abstract void abort();

    /** Old graphs removed because their source now holds another article. */
    abstract int removed();

    /** What the graphs written and deleted so far mention (see {@link Changes}). */
    abstract Changes changes();

    /** Collects the entity, place and post IRIs of the quads of changed graphs. */
    static final class ChangeLog {
        private final SortedSet<String> entities = new TreeSet<>(), places = new TreeSet<>(), posts = new TreeSet<>();

        void quad(Quad q) {
            Node p = q.getPredicate(), o = q.getObject();
            if (p.equals(NKG.post)) {
                if (o.isURI()) posts.add(o.getURI());
                return;
            }
            if (!p.equals(RDF.Nodes.type) || !q.getSubject().isURI()) return;
            if (o.equals(NKG.Person) || o.equals(NKG.Organization) || o.equals(NKG.Country)) entities.add(q.getSubject().getURI());
            if (o.equals(NKG.Place)) places.add(q.getSubject().getURI());
        }

        /** Notes what the stored graph {@code g} mentions, before it is deleted. */
        void graph(DatasetGraph dsg, Node g) {
            for (Iterator<Quad> it = dsg.find(g, Node.ANY, RDF.Nodes.type, Node.ANY); it.hasNext(); ) quad(it.next());
            for (Iterator<Quad> it = dsg.find(g, Node.ANY, NKG.post, Node.ANY); it.hasNext(); ) quad(it.next());
        }

        Changes changes() { return new Changes(false, entities, places, posts); }
    }

    /** Write transactions of {@code batch} articles; deletes a graph first only when it may be there. */
    static final class Batched extends GraphLoader {
        private final KgStore store;
        private final StoreIndex prior;
        private final int batch;
        private final List<Pending> pending = new ArrayList<>();
        private final ChangeLog log;
        private int removed;

        Batched(KgStore store, StoreIndex prior, int batch) {
            this(store, prior, batch, true);
        }

        /** With {@code logChanges} false (a build into an empty store: everything changes) nothing is collected. */
        Batched(KgStore store, StoreIndex prior, int batch, boolean logChanges) {
            this.store = store;
            this.prior = prior;
            this.batch = batch;
            this.log = logChanges ? new ChangeLog() : null;
        }

        private record Pending(String id, String source, Node graph, List<Quad> quads) {}

        @Override
        void add(String id, String source, Node graph, List<Quad> quads) {
            pending.add(new Pending(id, source, graph, quads));
            if (pending.size() >= batch) finish();
        }

        @Override
        void finish() {
            if (pending.isEmpty()) return;
            store.write(dsg -> {
                for (Pending a : pending) {
                    String id = a.id();
                    if (!storedIds.add(id) || prior.mayHold(id)) {
                        if (log != null) log.graph(dsg, a.graph());
                        dsg.deleteAny(a.graph(), Node.ANY, Node.ANY, Node.ANY);
                    }
                    String stale = prior.takeStale(id, a.source());
                    if (stale != null) {
                        if (log != null) log.graph(dsg, NKG.articleIri(stale));
                        dsg.removeGraph(NKG.articleIri(stale));
                        removed++;
                    }
                    for (Quad q : a.quads()) {
                        dsg.add(q);
                        if (log != null) log.quad(q);
                    }
                }
            });
            pending.clear();
        }

        @Override
        void abort() { pending.clear(); }

        @Override
        int removed() { return removed; }

        @Override
        Changes changes() { return log != null ? log.changes() : Changes.everything(); }
    }

    /**
     * On an empty store: every graph streamed into one TDB2 sequential bulk load (node table and primary index
     * first, secondary indexes built at the end), which is one transaction. An article id met twice ends the bulk
     * load and the rest goes in batched transactions, which can replace a graph.
     */
    static final class Bulk extends GraphLoader {
        private final KgStore store;
        private final DataLoader loader;
        private final StreamRDF stream;
        private Batched after;

        Bulk(KgStore store) {
            this.store = store;
            this.loader = LoaderFactory.sequentialLoader(store.datasetGraph(), (fmt, args) -> {});
            loader.startBulk();
            this.stream = loader.stream();
            stream.start();
        }

        @Override
        void add(String id, String source, Node graph, List<Quad> quads) {
            if (after != null) {
                after.add(id, source, graph, quads);
                return;
            }
            if (!storedIds.add(id)) {
                endBulk();
                after = new Batched(store, StoreIndex.empty(), StoreBuilder.DEFAULT_BATCH, false);
                after.storedIds.addAll(storedIds);
                after.add(id, source, graph, quads);
                return;
            }
            for (Quad q : quads) stream.quad(q);
        }

        private void endBulk() {
            stream.finish();
            loader.finishBulk();
        }

        @Override
        void finish() {
            if (after != null) after.finish();
            else endBulk();
        }

        @Override
        void abort() {
            if (after != null) after.abort();
            else loader.finishException(new IllegalStateException("build aborted"));
        }

        @Override
        int removed() { return 0; }

        @Override
        Changes changes() { return Changes.everything(); }
    }

    /** An open-addressing set of 64-bit hashes of ids: 8 bytes per id, whatever the corpus size. */
    static final class IdSet {
        private long[] slots = new long[1 << 12];
        private int size;
        private boolean hasZero;

        /** True when the id was not there yet. */
        boolean add(String id) {
            long h = hash(id);
            if (h == 0) {
                boolean was = hasZero;
                hasZero = true;
                return !was;
            }
            if (size * 2 >= slots.length) grow();
            return insert(slots, h);
        }

        void addAll(IdSet other) {
            if (other.hasZero) hasZero = true;
            for (long h : other.slots) {
                if (h == 0) continue;
                if (size * 2 >= slots.length) grow();
                insert(slots, h);
            }
        }

        private boolean insert(long[] table, long h) {
            int mask = table.length - 1;
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (table[i] != 0) {
                if (table[i] == h) return false;
                i = (i + 1) & mask;
            }
            table[i] = h;
            if (table == slots) size++;
            return true;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            int n = size;
            for (long h : old) if (h != 0) insert(slots, h);
            size = n;
        }

        private static long hash(String s) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
            return h ^ (h >>> 29);
        }
    }
}
