package org.newskg.cli;

import org.newskg.bench.Benchmark;
import org.newskg.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.newskg.store.KgStore;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Generate a synthetic corpus (--generate N --out DIR), or measure extraction, building, loading "
                + "(beside tdb2.tdbloader) and the contract queries on a corpus (--articles) or on N generated articles (-n)."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    VerbosityOptions verbosity;

    @Option(names = "--generate", paramLabel = "N", description = "Write a synthetic corpus of N articles into --out and stop.")
    Integer generate;

    @Option(names = "--out", paramLabel = "DIR", description = "Where --generate writes (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("bench-corpus");

    @Option(names = "--format", paramLabel = "FMT", description = "Corpus format: jsonl.gz, jsonl or txt (default: ${DEFAULT-VALUE}).")
    String format = "jsonl.gz";

    @Option(names = "--seed", paramLabel = "S", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed = CorpusGenerator.DEFAULT_SEED;

    @Option(names = "--articles", paramLabel = "PATH", description = "Corpus to measure (files or directories).")
    List<Path> articles;

    @Option(names = "-n", paramLabel = "N", description = "Without --articles: generate N articles to measure (default: ${DEFAULT-VALUE}).")
    int n = 1000;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch directory for stores and N-Quads (default: ${DEFAULT-VALUE}).")
    Path work = Path.of("bench-work");

    @Option(names = "--threads", paramLabel = "N", description = "Extraction workers (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N", description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
    int batch = 500;

    @Option(names = "--tdbloader-jar", paramLabel = "JAR", description = "Jar holding tdb2.tdbloader (default: newskg.jar itself, "
            + "which ships jena-cmds 5.6.0 as a dependency of Fuseki).")
    Path tdbloaderJar;

    @Option(names = "--child-heap", paramLabel = "SIZE", description = "-Xmx of the tdb2.tdbloader JVM (default: ${DEFAULT-VALUE}).")
    String childHeap = "1g";

    @Option(names = "--extraction-only", description = "Stop after timing extraction (no build, loads or queries).")
    boolean extractionOnly;

    @Option(names = "--queries", paramLabel = "STORE", description = "Only time the contract queries on this existing store "
            + "(built with `newskg build`), cold then warm, and stop.")
    Path queriesOn;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (queriesOn != null) {
            Benchmark.queries(KgStore.resolveDirectory(queriesOn, System.getenv()), o);
            return 0;
        }
        if (generate != null) {
            long t0 = System.nanoTime();
            Path written = new CorpusGenerator(seed, generate).write(generate, out, CorpusGenerator.Format.of(format));
            o.printf("Generated %d article(s) in %s (seed %d, %.1f s)%n", generate, written, seed, (System.nanoTime() - t0) / 1e9);
            o.flush();
            return 0;
        }
        List<Path> corpus = articles;
        if (corpus == null) {
            if (!verbosity.quiet()) err.printf("newskg: generating %d synthetic articles into %s%n", n, work);
            err.flush();
            corpus = List.of(new CorpusGenerator(seed, n).write(n, work.resolve("corpus"), CorpusGenerator.Format.JSONL_GZ));
        }
        new Benchmark(new Benchmark.Settings(corpus, work, threads, batch, newskgJar(), cmdsJar(), childHeap, extractionOnly), o).run();
        return 0;
    }

    private Path cmdsJar() {
        if (tdbloaderJar != null) return tdbloaderJar;
        try {
            Class.forName("tdb2.tdbloader", false, BenchCommand.class.getClassLoader());
            return newskgJar();
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Path newskgJar() {
        try {
            Path p = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) ? p : null;
        } catch (Exception e) {
            return null;
        }
    }
}
