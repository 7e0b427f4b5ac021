package org.newskg.cli;

import org.newskg.explore.Explorer;
import org.newskg.explore.TextReport;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "explore", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show an actor's posts, countries, statements and interactions, each with its evidence.")
final class ExploreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    VerbosityOptions verbosity;

    @Parameters(paramLabel = "NAME", description = "Actor name (any case, accents optional, surname or part is enough) or IRI.")
    String name;

    @Option(names = "--depth", paramLabel = "1|2", description = "2 also shows the partners' interactions (default: ${DEFAULT-VALUE}).")
    int depth = 1;

    @Override
    public Integer call() {
        if (depth != 1 && depth != 2) throw new IllegalArgumentException("--depth must be 1 or 2");
        try (KgStore kg = KgStore.openExisting(store.directory())) {
            Explorer explorer = new Explorer(kg);
            new TextReport(spec.commandLine().getOut(), explorer.actors()).profile(explorer.profile(explorer.find(name), depth));
        }
        return 0;
    }
}
