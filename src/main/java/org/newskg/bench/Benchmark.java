package org.newskg.bench;

import org.apache.jena.graph.Node;
import org.newskg.identity.IdentityStage;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ArticleSink;
import org.newskg.ingest.IngestException;
import org.newskg.ingest.IngestSettings;
import org.newskg.ingest.Inputs;
import org.newskg.ingest.JsonLine;
import org.newskg.pipeline.Pipeline;
import org.newskg.query.NamedQueries;
import org.newskg.rdf.NKG;
import org.newskg.query.NamedQuery;
import org.newskg.query.QueryException;
import org.newskg.query.QueryRunner;
import org.newskg.query.QueryTarget;
import org.newskg.query.ResultFormat;
import org.newskg.store.BuildReport;
import org.newskg.store.KgStore;
import org.newskg.store.NQuadsLoad;
import org.newskg.store.StoreBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Measures the stages one after the other on the same articles, in one run: extraction alone (N workers), the
 * end-to-end build, loading the resulting N-Quads with our loaders and with {@code tdb2.tdbloader} in a child JVM,
 * and the contract queries on the built store. Prints real measurements only; what it could not run it says so.
 */
public final class Benchmark {
    /** The queries of the contract, timed on the built store. */
    public static final List<String> CONTRACT = List.of("people", "roles", "person-countries", "countries",
            "organizations", "places", "statements", "events", "interactions");

    /** What to run. {@code tdbloaderJar} is the jena-cmds jar, or null to leave the comparison out. */
    public record Settings(List<Path> articles, Path work, int threads, int batch, Path newskgJar, Path tdbloaderJar,
                           String childHeap, boolean extractionOnly) {}

    private static final long QUERY_TIMEOUT_S = 60;

    private final Settings s;
    private final PrintWriter out;

    public Benchmark(Settings settings, PrintWriter out) {
        this.s = settings;
        this.out = out;
    }

    public void run() throws IOException, InterruptedException {
        Files.createDirectories(s.work());
        line("machine: %d cores, max heap %d MB, %s %s", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));
        Pipeline pipeline = Pipeline.standard();

        // 1. extraction alone: reader thread -> N workers, nothing kept
        resetPeaks();
        AtomicLong articles = new AtomicLong(), chars = new AtomicLong(), quads = new AtomicLong(), cpuNanos = new AtomicLong();
        AtomicLong parseNanos = new AtomicLong(), readerNanos = new AtomicLong();
        long t0 = System.nanoTime();
        extractAll(pipeline, articles, chars, quads, cpuNanos, parseNanos, readerNanos);
        double ext = secs(t0);
        double perCore = articles.get() / ext / s.threads();
        double cpu = (cpuNanos.get() - parseNanos.get()) / 1e9;
        line("extraction: %d articles, %.1f MB text, %d quads in %.1f s with %d workers: %.0f articles/s (%.0f per core), %.2f MB/s per core; peak heap %d MB",
                articles.get(), chars.get() / 1e6, quads.get(), ext, s.threads(), articles.get() / ext, perCore,
                chars.get() / 1e6 / ext / s.threads(), peakHeapMb());
        if (cpu > 0) {
            line("extraction per CPU second of the workers (JIT warm-up included, reader thread excluded): %.0f articles/s per core, %.2f MB/s per core, %.0f quads per article",
                    articles.get() / cpu, chars.get() / 1e6 / cpu, (double) quads.get() / Math.max(1, articles.get()));
            line("JSON parsing of the records by the workers (excluded above): %.2f CPU s in all; the reader thread (gunzip, line splitting): %.2f CPU s",
                    parseNanos.get() / 1e9, readerNanos.get() / 1e9);
        }
        if (s.extractionOnly()) return;

        // 2. end to end: build into an empty store
        Path e2e = fresh("store-e2e");
        resetPeaks();
        t0 = System.nanoTime();
        BuildReport report;
        try (KgStore kg = KgStore.open(e2e)) {
            StoreBuilder b = new StoreBuilder(pipeline, IngestSettings.DEFAULTS, null,
                    new StoreBuilder.Settings(s.threads(), s.batch(), StoreBuilder.Loading.BATCHED, null));
            report = b.build(s.articles(), kg, p -> {});
            double stored = secs(t0);
            long i0 = System.nanoTime();
            IdentityStage.Summary identity = IdentityStage.standard().recompute(kg);
            line("identity graph: %d people, %d organizations, %d countries in %.1f s (after %.1f s of extraction and loading)",
                    identity.people(), identity.organizations(), identity.countries(), secs(i0), stored);
        }
        double build = secs(t0);
        line("build (batched, %d per transaction, identity included): %d articles, %d triples in %.1f s: %.0f articles/s end to end; failures %d; peak heap %d MB",
                s.batch(), report.stored(), report.quads(), build, report.stored() / build,
                report.problems().size(), peakHeapMb());

        // 3. the same quads as N-Quads, loaded by our loaders and by tdb2.tdbloader
        Path nq = s.work().resolve("corpus.nq");
        long dumped;
        try (KgStore kg = KgStore.open(e2e)) {
            dumped = NQuadsLoad.dump(kg, nq);
        }
        line("N-Quads: %d quads, %.1f MB in %s", dumped, Files.size(nq) / 1e6, nq);
        for (StoreBuilder.Loading mode : StoreBuilder.Loading.values()) {
            Path dir = fresh("store-" + mode.name().toLowerCase(Locale.ROOT));
            resetPeaks();
            t0 = System.nanoTime();
            long n;
            try (KgStore kg = KgStore.open(dir)) {
                n = NQuadsLoad.load(nq, kg, mode, s.batch());
            }
            double t = secs(t0);
            line("load newskg %-7s: %d quads in %.1f s: %.0f quads/s; peak heap %d MB", mode.name().toLowerCase(Locale.ROOT),
                    n, t, n / t, peakHeapMb());
        }
        if (s.tdbloaderJar() == null || s.newskgJar() == null) {
            line("load tdb2.tdbloader: not run (no jena-cmds jar or no newskg jar found; see --tdbloader-jar)");
        } else {
            for (String loader : List.of("phased", "sequential")) {
                Path dir = fresh("store-tdbloader-" + loader);
                List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + s.childHeap(), "-cp", s.newskgJar() + java.io.File.pathSeparator + s.tdbloaderJar(),
                        "tdb2.tdbloader", "--loader=" + loader, "--loc", dir.toString(), nq.toString());
                t0 = System.nanoTime();
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                        .redirectOutput(s.work().resolve("tdbloader-" + loader + ".log").toFile()).start();
                int rc = p.waitFor();
                double t = secs(t0);
                if (rc != 0) line("load tdb2.tdbloader --loader=%s: exit %d, see %s", loader, rc, s.work().resolve("tdbloader-" + loader + ".log"));
                else line("load tdb2.tdbloader --loader=%-10s: %d quads in %.1f s (child JVM, start-up included): %.0f quads/s",
                        loader, dumped, t, dumped / t);
            }
        }

        // 4. the contract queries on the end-to-end store, cold then warm
        queries(e2e, out);
    }

    /**
     * Times each contract query on the store in {@code dir}, cold then warm, over the whole store and then restricted
     * to one article ({@code --article}, the middle one in IRI order), writing the CSV to nowhere.
     */
    public static void queries(Path dir, PrintWriter out) {
        QueryRunner runner = new QueryRunner(QUERY_TIMEOUT_S);
        try (KgStore kg = KgStore.openExisting(dir)) {
            String article = middleArticle(kg);
            for (String name : CONTRACT) {
                NamedQuery q = NamedQueries.find(name).orElseThrow();
                out.printf(Locale.ROOT, "query %-17s %s%n", name, timed(runner, q, kg, null)
                        + (article == null ? "" : "  | one article: " + timed(runner, q, kg, article)));
                out.flush();
            }
        }
    }

    private static String middleArticle(KgStore kg) {
        List<String> ids = kg.read(dsg -> {
            List<String> all = new ArrayList<>();
            // one quad per article, found through the predicate index (listing graph names scans every quad)
            dsg.find(Node.ANY, Node.ANY, NKG.contentHash, Node.ANY).forEachRemaining(q -> all.add(q.getGraph().getURI()));
            return all;
        });
        if (ids.isEmpty()) return null;
        ids.sort(null);
        return ids.get(ids.size() / 2).substring(NKG.ARTICLE.length());
    }

    private static String timed(QueryRunner runner, NamedQuery q, KgStore kg, String article) {
        long rows = 0;
        double[] ms = new double[2];
        try {
            for (int i = 0; i < 2; i++) {
                long q0 = System.nanoTime();
                rows = runner.run(q, new QueryTarget.Local(kg), article, ResultFormat.CSV, OutputStream.nullOutputStream());
                ms[i] = (System.nanoTime() - q0) / 1e6;
            }
        } catch (QueryException e) {
            return "did not finish: " + e.describe();
        }
        return String.format(Locale.ROOT, "%8d rows  first %7.0f ms  second %7.0f ms", rows, ms[0], ms[1]);
    }

    /**
     * Extracts every article with {@code s.threads()} workers, adding up what they did and the CPU time they used;
     * JSON Lines records are parsed by the workers, as in a build, and the CPU time of that is added up apart.
     */
    private void extractAll(Pipeline pipeline, AtomicLong articles, AtomicLong chars, AtomicLong quads, AtomicLong cpuNanos,
                            AtomicLong parseNanos, AtomicLong readerNanos) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean timed = threads.isCurrentThreadCpuTimeSupported();
        Object end = new Object();
        BlockingQueue<Object> q = new ArrayBlockingQueue<>(256);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < s.threads(); i++) {
            Thread w = new Thread(() -> {
                try {
                    for (Object o = q.take(); o != end; o = q.take()) {
                        Article a;
                        if (o instanceof JsonLine l) {
                            long p0 = timed ? threads.getCurrentThreadCpuTime() : 0;
                            try {
                                a = l.parse();
                            } catch (IngestException e) {
                                a = null;
                            }
                            if (timed) parseNanos.addAndGet(threads.getCurrentThreadCpuTime() - p0);
                            if (a == null) continue;
                        } else {
                            a = (Article) o;
                        }
                        quads.addAndGet(pipeline.extract(a).quads().size());
                        articles.incrementAndGet();
                        chars.addAndGet(a.text().getBytes(StandardCharsets.UTF_8).length);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    if (timed) cpuNanos.addAndGet(threads.getCurrentThreadCpuTime());
                }
            }, "bench-extract-" + i);
            workers.add(w);
            w.start();
        }
        ArticleReader reader = new ArticleReader(IngestSettings.DEFAULTS);
        long r0 = timed ? threads.getCurrentThreadCpuTime() : 0;
        for (Path f : Inputs.expand(s.articles(), e -> {})) {
            reader.read(f, new ArticleSink() {
                @Override
                public void article(Article a) {
                    try {
                        q.put(a);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e);
                    }
                }

                @Override
                public void problem(IngestException problem) {}

                @Override
                public void line(JsonLine line) {
                    try {
                        q.put(line);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e);
                    }
                }
            });
        }
        if (timed) readerNanos.set(threads.getCurrentThreadCpuTime() - r0);
        for (int i = 0; i < s.threads(); i++) q.put(end);
        for (Thread w : workers) w.join();
    }

    private Path fresh(String name) throws IOException {
        Path dir = s.work().resolve(name);
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        return dir;
    }

    private static double secs(long t0) { return (System.nanoTime() - t0) / 1e9; }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    /** Sum of the heap pools' peak use since the last reset (an upper bound: pools peak at different times). */
    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        }
        return sum >> 20;
    }

    private void line(String fmt, Object... args) {
        out.println(String.format(Locale.ROOT, fmt, args));
        out.flush();
    }
}
