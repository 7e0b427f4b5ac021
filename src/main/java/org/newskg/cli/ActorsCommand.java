package org.newskg.cli;

import org.newskg.explore.ActorType;
import org.newskg.explore.Explorer;
import org.newskg.explore.TextReport;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "actors", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List actors ranked by connections (interaction partners + statements + events).")
final class ActorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    VerbosityOptions verbosity;

    @Option(names = "--type", paramLabel = "TYPE", description = "person, country or organization (default: all).")
    String type;

    @Option(names = "--top", paramLabel = "N", description = "Show the first N (default: ${DEFAULT-VALUE}).")
    int top = 20;

    @Override
    public Integer call() {
        ActorType t = type == null ? null : ActorType.parse(type);
        try (KgStore kg = KgStore.openExisting(store.directory())) {
            Explorer explorer = new Explorer(kg);
            new TextReport(spec.commandLine().getOut(), explorer.actors()).ranks(explorer.rank(t, top));
        }
        return 0;
    }
}
