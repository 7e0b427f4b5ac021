package org.newskg.cli;

import org.newskg.identity.IdentityStage;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "split", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Correct identity: A is not the same actor as B (--from), or as any IRI it is now joined with.",
                "Kept in the store's corrections graph, so rebuilds keep it."})
final class SplitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    VerbosityOptions verbosity;

    @Parameters(index = "0", paramLabel = "A", description = "Entity IRI, or person/..., org/..., country/...")
    String a;
    @Option(names = "--from", paramLabel = "B", description = "Keep A apart from this IRI only.")
    String from;

    @Override
    public Integer call() {
        String x = EntityIris.expand(a), y = from == null ? null : EntityIris.expand(from);
        if (x.equals(y)) throw new IllegalArgumentException("A and B are the same IRI: " + x);
        try (KgStore kg = KgStore.openExisting(store.directory())) {
            if (y == null) IdentityCommands.requireEntities(kg, x);
            else IdentityCommands.requireEntities(kg, x, y);
            IdentityStage.Summary s = IdentityStage.standard().split(kg, x, y);
            IdentityCommands.print(spec.commandLine().getOut(), "Split " + EntityIris.shorten(x)
                    + (y == null ? " from the IRIs it was joined with" : " from " + EntityIris.shorten(y)), s);
        }
        return 0;
    }
}
