package org.newskg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.pipeline.ArticleGraph;
import org.newskg.rdf.NKG;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The knowledge graph in a TDB2 directory: one named graph per article, named by the article IRI. Writes go in
 * one transaction per batch; replacing an article deletes its graph first, so loading again changes nothing.
 */
public final class KgStore implements AutoCloseable {
    /** Environment variable naming the default store directory. */
    public static final String STORE_ENV = "NEWSKG_STORE";
    /** Store directory used when neither {@code --store} nor {@link #STORE_ENV} says otherwise. */
    public static final String DEFAULT_DIR = "kg-store";
    /**
     * Rows one sort or DISTINCT of a query holds in memory before ARQ spills them to temporary files: the
     * whole-store statements and events of a large store are millions of rows, more than a 1 GB heap can sort.
     */
    public static final long SPILL_ROWS = 50_000;

    private static final Pattern ARTICLE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String PREFIXES = "PREFIX nkg: <" + NKG.NS + ">\n";

    private final Path dir;
    private final Dataset dataset;

    private KgStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /** The store directory: the given one, else {@code $NEWSKG_STORE}, else {@code ./kg-store}. */
    public static Path resolveDirectory(Path given, Map<String, String> env) {
        if (given != null) return given;
        String fromEnv = env.get(STORE_ENV);
        return fromEnv != null && !fromEnv.isBlank() ? Paths.get(fromEnv) : Paths.get(DEFAULT_DIR);
    }

    /** Opens (creating if needed) the store in {@code dir}. */
    public static KgStore open(Path dir) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) throw new StoreException(dir.toString(), "not a directory");
            if (!Files.exists(dir) || isEmptyDirectory(dir)) createAtomically(dir);
            return new KgStore(dir, TDB2Factory.connectDataset(dir.toString()));
        } catch (StoreException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException(dir.toString(), "cannot open the TDB2 store: " + e.getMessage(), e);
        }
    }

    /**
     * Makes a new, empty store beside {@code dir} and renames it into place, so a process killed while TDB2 lays out
     * its files leaves no half-made store behind (one that TDB2 then refuses to open).
     */
    private static void createAtomically(Path dir) throws java.io.IOException {
        Path abs = dir.toAbsolutePath();
        if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        Path tmp = abs.resolveSibling("." + abs.getFileName() + ".creating-" + ProcessHandle.current().pid());
        Dataset fresh = TDB2Factory.connectDataset(tmp.toString());
        Txn.executeWrite(fresh, () -> { });
        TDBInternal.expel(fresh.asDatasetGraph());
        if (Files.exists(abs)) Files.delete(abs);
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean isEmptyDirectory(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) return false;
        try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Opens an existing store for reading; refuses a directory that holds no store. */
    public static KgStore openExisting(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new StoreException(dir.toString(), "no store here; build one with: newskg build INPUT... --store " + dir);
        }
        return open(dir);
    }

    public Path directory() { return dir; }

    /** The article IRI for an article id, refusing anything that is not a slug ({@code [a-z0-9-]+}). */
    public static Node articleGraph(String articleId) {
        if (articleId == null || !ARTICLE_ID.matcher(articleId).matches()) {
            throw new IllegalArgumentException("not an article id (lowercase letters, digits, hyphens): " + articleId);
        }
        return NKG.articleIri(articleId);
    }

    /** Replaces each article's graph with its new quads, all in one write transaction. */
    public void replace(List<ArticleGraph> articles) {
        Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
        for (ArticleGraph a : articles) graphs.put(a.graphName(), a.quads());
        replaceGraphs(graphs);
    }

    /** Replaces each named graph with the given quads (which must all be in that graph), in one write transaction. */
    public void replaceGraphs(Map<Node, List<Quad>> graphs) {
        for (Map.Entry<Node, List<Quad>> e : graphs.entrySet()) {
            for (Quad q : e.getValue()) {
                if (!q.getGraph().equals(e.getKey())) throw new IllegalArgumentException("quad outside graph " + e.getKey() + ": " + q);
            }
        }
        write(dsg -> {
            for (Map.Entry<Node, List<Quad>> e : graphs.entrySet()) {
                dsg.deleteAny(e.getKey(), Node.ANY, Node.ANY, Node.ANY);
                for (Quad q : e.getValue()) dsg.add(q);
            }
        });
    }

    /** Removes an article's graph; true when it was there. */
    public boolean remove(String articleId) {
        Node g = articleGraph(articleId);
        boolean[] had = {false};
        write(dsg -> {
            had[0] = dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext();
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        });
        return had[0];
    }

    /** Runs {@code action} in a read transaction. */
    public <T> T read(Function<DatasetGraph, T> action) {
        try {
            return Txn.calculateRead(dataset, () -> action.apply(dataset.asDatasetGraph()));
        } catch (StoreException | IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            if (e.getClass().getName().startsWith("org.apache.jena.tdb2") || e.getClass().getName().startsWith("org.apache.jena.dboe")) {
                throw new StoreException(dir.toString(), "read failed: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /**
     * Compacts the store: TDB2 writes copy-on-write, so every write transaction leaves old index blocks behind and a
     * store built in batches takes several times the disk its data needs. Compaction copies the live data into a new
     * generation ({@code Data-000N}) and deletes the old one; readers and writers wait while it runs.
     */
    public Compaction compact() {
        long before = sizeOnDisk();
        try {
            DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        } catch (RuntimeException e) {
            throw new StoreException(dir.toString(), "compaction failed: " + e.getMessage(), e);
        }
        return new Compaction(before, sizeOnDisk());
    }

    /** The store's size on disk before and after a compaction, in bytes. */
    public record Compaction(long bytesBefore, long bytesAfter) {}

    /** Bytes the store's files take on disk. */
    public long sizeOnDisk() {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (java.io.IOException e) {
            throw new StoreException(dir.toString(), "cannot read the store's size: " + e.getMessage(), e);
        }
    }

    private static final String IDENTITY_STALE = "newskg-identity-stale";

    /**
     * Notes, in a file beside TDB2's, that article graphs are about to change and the identity graph will be behind
     * them until {@link #clearIdentityStale()}; a build killed in between leaves the note, and the next build then
     * recomputes the identity graph whole instead of updating it for what it changes itself.
     */
    public void markIdentityStale() {
        try {
            Path f = dir.resolve(IDENTITY_STALE);
            if (!Files.exists(f)) Files.writeString(f, "article graphs changed after the identity graph was last computed\n");
        } catch (java.io.IOException e) {
            throw new StoreException(dir.toString(), "cannot write " + IDENTITY_STALE + ": " + e.getMessage(), e);
        }
    }

    /** Whether a change of the article graphs may not be in the identity graph yet. */
    public boolean identityStale() {
        return Files.exists(dir.resolve(IDENTITY_STALE));
    }

    /** The identity graph is up to date with the article graphs again. */
    public void clearIdentityStale() {
        try {
            Files.deleteIfExists(dir.resolve(IDENTITY_STALE));
        } catch (java.io.IOException e) {
            throw new StoreException(dir.toString(), "cannot delete " + IDENTITY_STALE + ": " + e.getMessage(), e);
        }
    }

    /**
     * In {@code graph}, deletes every quad whose subject is one of {@code subjects}, then adds {@code quads} (which
     * must all be in that graph), in one write transaction.
     */
    public void rewriteSubjects(Node graph, java.util.Collection<Node> subjects, List<Quad> quads) {
        for (Quad q : quads) {
            if (!q.getGraph().equals(graph)) throw new IllegalArgumentException("quad outside graph " + graph + ": " + q);
        }
        write(dsg -> {
            for (Node s : subjects) dsg.deleteAny(graph, s, Node.ANY, Node.ANY);
            for (Quad q : quads) dsg.add(q);
        });
    }

    /** Whether the store holds no quad at all. */
    public boolean isEmpty() {
        return read(dsg -> !dsg.find().hasNext());
    }

    /** The TDB2 dataset graph, for the bulk loader (which runs its own transaction). */
    DatasetGraph datasetGraph() { return dataset.asDatasetGraph(); }

    /** Runs {@code action} in one write transaction: all of it is committed, or nothing. */
    void write(java.util.function.Consumer<DatasetGraph> action) {
        try {
            Txn.executeWrite(dataset, () -> action.accept(dataset.asDatasetGraph()));
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException(dir.toString(), "write failed, nothing was changed: " + e.getMessage(), e);
        }
    }

    /** Article graphs in the store, sorted by IRI. */
    public List<Node> articleGraphs() {
        return read(dsg -> {
            List<Node> out = new ArrayList<>();
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                if (g.isURI() && g.getURI().startsWith(NKG.ARTICLE)) out.add(g);
            }
            out.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            return out;
        });
    }

    /** Articles, distinct people, countries, statements and events, and quads over all graphs. */
    public StoreCounts counts() {
        return read(dsg -> new StoreCounts(
                articleGraphs().size(),
                distinct(dsg, "Person"), distinct(dsg, "Country"), distinct(dsg, "Statement"), distinct(dsg, "Event"),
                count(dsg, "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")));
    }

    /** Per article graph: its triples and instances per class. */
    public List<ArticleStats> stats() {
        return read(dsg -> {
            List<ArticleStats> out = new ArrayList<>();
            for (Node g : articleGraphs()) {
                Map<String, Long> perClass = new TreeMap<>();
                String q = "SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a ?c } } GROUP BY ?c";
                try (QueryExec qe = QueryExec.dataset(dsg).query(q).substitution("g", g).build()) {
                    RowSet rs = qe.select();
                    while (rs.hasNext()) {
                        Binding b = rs.next();
                        perClass.put(b.get("c").getURI(), ((Number) b.get("n").getLiteralValue()).longValue());
                    }
                }
                long triples = 0;
                for (Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) triples++;
                Iterator<Quad> src = dsg.find(g, g, NKG.sourceName, Node.ANY);
                String sourceName = src.hasNext() ? src.next().getObject().getLiteralLexicalForm() : "";
                out.add(new ArticleStats(g.getURI(), sourceName, triples, perClass));
            }
            return out;
        });
    }

    private static long distinct(DatasetGraph dsg, String cls) {
        return count(dsg, PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a nkg:" + cls + " } }");
    }

    private static long count(DatasetGraph dsg, String query) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
        }
    }

    @Override
    public void close() {
        dataset.close();
    }
}
