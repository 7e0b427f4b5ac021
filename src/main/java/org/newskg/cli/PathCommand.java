package org.newskg.cli;

import org.newskg.explore.Actor;
import org.newskg.explore.Explorer;
import org.newskg.explore.TextReport;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "path", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shortest relation paths between two actors (interactions, shared events, posts, countries, statements), with evidence. Exit 1 when there is none.")
final class PathCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    VerbosityOptions verbosity;

    @Parameters(index = "0", paramLabel = "A", description = "First actor (name or IRI).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "Second actor (name or IRI).")
    String b;

    @Override
    public Integer call() {
        try (KgStore kg = KgStore.openExisting(store.directory())) {
            Explorer explorer = new Explorer(kg);
            Actor from = explorer.find(a);
            Actor to = explorer.find(b);
            var paths = explorer.paths(from, to);
            new TextReport(spec.commandLine().getOut(), explorer.actors()).paths(from, to, paths);
            return paths.isEmpty() ? 1 : 0;
        }
    }
}
