package org.newskg.cli;

import org.newskg.identity.IdentityStage;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.BuildReport;
import org.newskg.store.KgStore;
import org.newskg.store.StoreBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Extract articles and store their graphs in the TDB2 store (re-building an article replaces it).")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    ArticleInputOptions input;
    @Mixin
    StoreOptions store;
    @Mixin
    VerbosityOptions verbosity;

    @Option(names = "--batch", paramLabel = "N", description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
    int batch = StoreBuilder.DEFAULT_BATCH;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction workers (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--loader", paramLabel = "MODE", description = "batched (write transactions of --batch articles) or bulk "
            + "(on an empty store: one TDB2 bulk load, one transaction; else batched). Default: ${DEFAULT-VALUE}.")
    StoreBuilder.Loading loading = StoreBuilder.Loading.BATCHED;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = store.directory();
        if (!verbosity.quiet()) {
            err.println("newskg: building " + input.inputs.size() + " input(s) into " + dir);
            err.flush();
        }
        BuildReport report;
        IdentityStage.Summary identity;
        try (KgStore kg = KgStore.open(dir)) {
            StoreBuilder.Settings settings = new StoreBuilder.Settings(threads, batch, loading,
                    ConsoleProgress.forTerminal(verbosity.quiet()));
            StoreBuilder builder = new StoreBuilder(Pipeline.standard(), input.settings(), input.published, settings);
            report = builder.build(input.inputs, kg, line -> {
                err.println(line);
                err.flush();
            });
            identity = IdentityStage.standard().update(kg, report.changes());
        }
        out.printf("Stored %d article(s) in %s%n", report.stored(), dir);
        if (report.skipped() > 0 || report.removed() > 0) {
            out.printf("  unchanged   %d (skipped)%n  replaced    %d (old graph of a changed source removed)%n",
                    report.skipped(), report.removed());
        }
        out.printf("  quads       %d written%n", report.quads());
        out.printf("  failures    %d%n", report.problems().size());
        IdentityCommands.summary(out, identity);
        String storeArg = store.given() ? " --store " + dir : "";
        out.printf("Totals of the whole store: ./newskg stats%s%n", storeArg);
        out.printf("Next: ./newskg query people%s%n      ./newskg query --list%n      ./newskg serve%s%n", storeArg, storeArg);
        out.flush();
        return report.failed() ? 1 : 0;
    }
}
