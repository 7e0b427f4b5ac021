package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.newskg.rdf.NKG;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The articles a store held when a build started: id, content hash and source name of each article graph, read
 * once, and what the build has done with them since. Shared by the reader thread (which skips unchanged articles)
 * and the loader thread (which removes the graph a source used to have); every decision is taken under one lock so
 * that an old graph is never both kept as "unchanged" and removed as "replaced".
 */
final class StoreIndex {
    private static final Node DATE_PUBLISHED = org.apache.jena.graph.NodeFactory.createURI("https://schema.org/datePublished");

    private enum State { KNOWN, SEEN, REMOVED }

    private static final class Prior {
        final String hash;
        final String source;
        final String published;
        State state = State.KNOWN;

        Prior(String hash, String source, String published) {
            this.hash = hash;
            this.source = source;
            this.published = published;
        }
    }

    private final Map<String, Prior> byId = new HashMap<>();
    private final Map<String, String> idBySource = new HashMap<>();

    private StoreIndex() {}

    static StoreIndex empty() { return new StoreIndex(); }

    static StoreIndex read(KgStore store) {
        StoreIndex index = new StoreIndex();
        store.read(dsg -> {
            Map<String, String> sources = new HashMap<>();
            Map<String, String> dates = new HashMap<>();
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, DATE_PUBLISHED, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                String id = articleId(q);
                if (id != null && q.getObject().isLiteral()) dates.put(id, q.getObject().getLiteralLexicalForm());
            }
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, NKG.sourceName, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                String id = articleId(q);
                if (id != null && q.getObject().isLiteral()) sources.put(id, q.getObject().getLiteralLexicalForm());
            }
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, NKG.contentHash, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                String id = articleId(q);
                if (id == null || !q.getObject().isLiteral()) continue;
                String source = sources.getOrDefault(id, "");
                index.byId.put(id, new Prior(q.getObject().getLiteralLexicalForm(), source, dates.getOrDefault(id, "")));
                if (!source.isEmpty()) index.idBySource.put(source, id);
            }
            return null;
        });
        return index;
    }

    /** The article id of a quad stating something of its own graph's article, else null. */
    private static String articleId(Quad q) {
        Node g = q.getGraph();
        if (!g.isURI() || !g.equals(q.getSubject()) || !g.getURI().startsWith(NKG.ARTICLE)) return null;
        return g.getURI().substring(NKG.ARTICLE.length());
    }

    boolean isEmpty() { return byId.isEmpty(); }

    int size() { return byId.size(); }

    /** Reader: true when the store holds this article unchanged (it is then kept, never removed by this build). */
    synchronized boolean skip(String id, String hash, String source, String published) {
        Prior p = byId.get(id);
        if (p == null || p.state == State.REMOVED) return false;
        p.state = State.SEEN;
        return p.hash.equals(hash) && p.source.equals(source) && p.published.equals(published);
    }

    /** Loader: whether the store may hold a graph for this id that must be deleted before adding the new one. */
    synchronized boolean mayHold(String id) {
        Prior p = byId.get(id);
        return p != null && p.state != State.REMOVED;
    }

    /**
     * Loader, storing article {@code id} from {@code source}: the id of the old graph from the same source to
     * remove now (one the reader has not met in this build), or null.
     */
    synchronized String takeStale(String id, String source) {
        String old = idBySource.get(source);
        if (old == null || old.equals(id)) return null;
        Prior p = byId.get(old);
        if (p == null || p.state != State.KNOWN) return null;
        p.state = State.REMOVED;
        return old;
    }
}
