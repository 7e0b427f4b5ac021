package org.newskg.store;

import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleIds;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ArticleSink;
import org.newskg.ingest.IngestException;
import org.newskg.ingest.IngestSettings;
import org.newskg.ingest.Inputs;
import org.newskg.ingest.JsonLine;
import org.newskg.pipeline.ArticleGraph;
import org.newskg.pipeline.Pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Streams inputs into the store: one reader thread, N extraction workers, and the calling thread as the one loader.
 * Memory does not grow with the corpus: at most {@code inFlight} articles are between the reader and the store.
 * The loader stores the graphs in input order, so the dataset is the same whatever the number of workers, in
 * write transactions of {@code batch} articles (or, on an empty store with {@link Loading#BULK}, one TDB2 bulk load).
 * <p>
 * Re-running a build skips articles whose graph is stored with the same content hash and source name, replaces
 * changed ones, and removes the graph a changed text file used to have (its id, a text hash, changed too). Every
 * transaction commits whole or not at all, so an interrupted build leaves a consistent store and a re-run
 * completes it. A bad input or article is reported to {@code problems} as one line and the build goes on.
 */
public final class StoreBuilder {
    public static final int DEFAULT_BATCH = 500;

    /** How graphs reach TDB2. */
    public enum Loading {
        /** Write transactions of {@code batch} articles each. */
        BATCHED,
        /** On an empty store, all new articles in one TDB2 bulk load (one transaction); else as BATCHED. */
        BULK
    }

    /** How a build runs: workers, articles per transaction, loading, and what to tell while it runs. */
    public record Settings(int threads, int batch, Loading loading, BuildProgress progress) {
        public Settings {
            if (threads <= 0) throw new IllegalArgumentException("threads must be positive: " + threads);
            if (batch <= 0) throw new IllegalArgumentException("batch size must be positive: " + batch);
            if (loading == null) loading = Loading.BATCHED;
            if (progress == null) progress = BuildProgress.NONE;
        }

        public static Settings defaults() {
            return new Settings(Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH, Loading.BATCHED, BuildProgress.NONE);
        }
    }

    private final Pipeline pipeline;
    private final IngestSettings ingest;
    private final LocalDate defaultPublished;
    private final Settings settings;

    public StoreBuilder(Pipeline pipeline, IngestSettings ingest, LocalDate defaultPublished, int batchSize) {
        this(pipeline, ingest, defaultPublished, new Settings(Runtime.getRuntime().availableProcessors(), batchSize,
                Loading.BATCHED, BuildProgress.NONE));
    }

    public StoreBuilder(Pipeline pipeline, IngestSettings ingest, LocalDate defaultPublished, Settings settings) {
        this.pipeline = pipeline;
        this.ingest = ingest;
        this.defaultPublished = defaultPublished;
        this.settings = settings;
    }

    /** Builds {@code inputs} into {@code store}; each problem is passed to {@code problems} as it happens. */
    public BuildReport build(List<Path> inputs, KgStore store, Consumer<String> problems) {
        List<String> seen = new ArrayList<>();
        Consumer<String> report = line -> {
            synchronized (seen) {
                seen.add(line);
                problems.accept(line);
            }
        };
        List<Path> files = Inputs.expand(inputs, e -> report.accept(e.describe()));
        long totalBytes = 0;
        for (Path f : files) totalBytes += f.toFile().length();
        StoreIndex prior = StoreIndex.read(store);
        // until the identity stage has taken in what this build changes, a later build must recompute it whole
        boolean staleBefore = store.identityStale();
        store.markIdentityStale();
        BuildProgress progress = settings.progress();
        progress.start(totalBytes);
        LongAdder bytes = new LongAdder();
        Run run = new Run(files, store, prior, report, bytes, staleBefore);
        try {
            run.go();
        } finally {
            progress.finish();
        }
        return new BuildReport(run.stored, run.skipped.get(), run.removed, seen, run.quads, run.changes);
    }

    /** Extracts the articles of {@code inputs} without storing them. */
    public List<ArticleGraph> extract(List<Path> inputs, Consumer<String> problems) {
        List<ArticleGraph> out = new ArrayList<>();
        List<Path> files = Inputs.expand(inputs, e -> problems.accept(e.describe()));
        ArticleReader reader = new ArticleReader(ingest);
        for (Path file : files) {
            reader.read(file, new ArticleSink() {
                @Override
                public void article(Article article) {
                    Article a = article.withDefaultPublished(defaultPublished);
                    try {
                        out.add(pipeline.extract(a));
                    } catch (RuntimeException e) {
                        problems.accept(a.sourceName() + ": extraction failed: " + e);
                    }
                }

                @Override
                public void problem(IngestException problem) {
                    problems.accept(problem.describe());
                }
            });
        }
        return out;
    }

    /** An article on its way, numbered in input order: read already, or a JSON Lines record the worker parses. */
    private record Job(long seq, Article article, JsonLine line) {}

    /**
     * What a worker made of a job: a graph, or a failure line, or neither (a blank line, or with {@code skipped} an
     * article the store holds unchanged).
     */
    private record Done(long seq, ArticleGraph graph, String failure, boolean skipped) {}

    private static final Job END = new Job(-1, null, null);

    /** One build: the threads and what they share. */
    private final class Run {
        private final List<Path> files;
        private final KgStore store;
        private final StoreIndex prior;
        private final Consumer<String> report;
        private final LongAdder bytes;
        private final int window = Math.max(64, settings.threads() * 32);
        private final Semaphore room = new Semaphore(window);
        private final BlockingQueue<Job> jobs = new ArrayBlockingQueue<>(window);
        private final BlockingQueue<Done> done = new ArrayBlockingQueue<>(window + settings.threads() + 1);
        private final AtomicReference<Throwable> crash = new AtomicReference<>();
        private volatile long read = -1;
        private int stored;
        private final AtomicInteger skipped = new AtomicInteger();
        private int removed;
        private long quads;
        private Changes changes = Changes.none();

        private final boolean staleBefore;

        Run(List<Path> files, KgStore store, StoreIndex prior, Consumer<String> report, LongAdder bytes, boolean staleBefore) {
            this.staleBefore = staleBefore;
            this.files = files;
            this.store = store;
            this.prior = prior;
            this.report = report;
            this.bytes = bytes;
        }

        void go() {
            Thread reader = new Thread(this::readAll, "newskg-reader");
            reader.setDaemon(true);
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < settings.threads(); i++) {
                Thread w = new Thread(this::work, "newskg-extract-" + i);
                w.setDaemon(true);
                workers.add(w);
            }
            reader.start();
            workers.forEach(Thread::start);
            try {
                load();
            } catch (RuntimeException | Error e) {
                crash.compareAndSet(null, e);
                reader.interrupt();
                workers.forEach(Thread::interrupt);
                throw e;
            }
            Throwable t = crash.get();
            if (t instanceof RuntimeException r) throw r;
            if (t instanceof Error e) throw e;
            if (t != null) throw new IllegalStateException("build failed: " + t, t);
        }

        private void readAll() {
            long seq = 0;
            try {
                ArticleReader r = new ArticleReader(ingest, bytes);
                long[] next = {0};
                for (Path file : files) {
                    if (crash.get() != null) return;
                    r.read(file, new ArticleSink() {
                        @Override
                        public void article(Article article) {
                            Article a = article.withDefaultPublished(defaultPublished);
                            if (unchanged(a)) {
                                skipped.incrementAndGet();
                                settings.progress().skipped(bytes.sum());
                                return;
                            }
                            put(new Job(next[0]++, a, null));
                        }

                        /** Parsed by the workers, which the reader thread would otherwise hold up. */
                        @Override
                        public void line(JsonLine line) {
                            put(new Job(next[0]++, null, line));
                        }

                        private void put(Job job) {
                            try {
                                room.acquire();
                                jobs.put(job);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                throw new IllegalStateException("build interrupted", e);
                            }
                        }

                        @Override
                        public void problem(IngestException problem) {
                            report.accept(problem.describe());
                        }
                    });
                }
                seq = next[0];
            } catch (RuntimeException | Error e) {
                crash.compareAndSet(null, e);
            } finally {
                read = seq;
                for (int i = 0; i < settings.threads(); i++) {
                    try {
                        jobs.put(END);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        /** Whether the store holds this article unchanged, so that it is kept and not extracted again. */
        private boolean unchanged(Article a) {
            return !prior.isEmpty() && prior.skip(a.id(), ArticleIds.sha256(a.text()), a.sourceName(),
                    a.published() == null ? "" : a.published().toString());
        }

        /** A job's article; for a JSON Lines record parsed here, or null with {@code out[0]} saying why there is none. */
        private Article articleOf(Job j, Done[] out) {
            if (j.article() != null) return j.article();
            Article a;
            try {
                a = j.line().parse();
            } catch (IngestException e) {
                out[0] = new Done(j.seq(), null, e.describe(), false);
                return null;
            }
            if (a == null) {
                out[0] = new Done(j.seq(), null, null, false);
                return null;
            }
            a = a.withDefaultPublished(defaultPublished);
            if (unchanged(a)) {
                out[0] = new Done(j.seq(), null, null, true);
                return null;
            }
            return a;
        }

        private void work() {
            try {
                while (true) {
                    Job j = jobs.take();
                    if (j == END) {
                        done.put(new Done(-1, null, null, false));
                        return;
                    }
                    Done[] none = new Done[1];
                    Article a = articleOf(j, none);
                    if (a == null) {
                        done.put(none[0]);
                        continue;
                    }
                    Done d;
                    try {
                        d = new Done(j.seq(), pipeline.extract(a), null, false);
                    } catch (RuntimeException e) {
                        d = new Done(j.seq(), null, a.sourceName() + ": extraction failed: " + e, false);
                    }
                    done.put(d);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Error e) {
                crash.compareAndSet(null, e);
                try {
                    done.put(new Done(-1, null, null, false));
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** The loader: takes results in input order and stores them in batches. */
        private void load() {
            PriorityQueue<Done> pending = new PriorityQueue<>((a, b) -> Long.compare(a.seq(), b.seq()));
            boolean empty = prior.isEmpty() && store.isEmpty();
            GraphLoader loader = settings.loading() == Loading.BULK && empty
                    ? new GraphLoader.Bulk(store) : new GraphLoader.Batched(store, prior, settings.batch(), !empty);
            long next = 0;
            int finished = 0;
            try {
                while (finished < settings.threads()) {
                    Done d = done.take();
                    if (d.seq() < 0) {
                        finished++;
                        continue;
                    }
                    pending.add(d);
                    while (!pending.isEmpty() && pending.peek().seq() == next) {
                        Done ready = pending.poll();
                        next++;
                        room.release();
                        if (ready.skipped()) {
                            skipped.incrementAndGet();
                            settings.progress().skipped(bytes.sum());
                            continue;
                        }
                        if (ready.failure() != null) {
                            report.accept(ready.failure());
                        } else if (ready.graph() != null) {
                            loader.add(ready.graph());
                            quads += ready.graph().quads().size();
                            stored++;
                        }
                        settings.progress().stored(bytes.sum());
                    }
                    if (crash.get() != null) break;
                }
                loader.finish();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                loader.abort();
                throw new IllegalStateException("build interrupted", e);
            } catch (RuntimeException | Error e) {
                loader.abort();
                throw e;
            }
            if (crash.get() == null && !pending.isEmpty()) {
                throw new IllegalStateException("articles left unstored: " + pending.size() + " (read " + read + ")");
            }
            removed = loader.removed();
            changes = empty || staleBefore ? Changes.everything() : loader.changes();
        }
    }
}
