package org.newskg.cli;

import org.newskg.identity.IdentityStage;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Correct identity: A and B are one actor, whatever the rules say.",
                "Kept in the store's corrections graph, so rebuilds keep it; undo with: newskg split A --from B."})
final class MergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    VerbosityOptions verbosity;

    @Parameters(index = "0", paramLabel = "A", description = "Entity IRI, or person/..., org/..., country/...")
    String a;
    @Parameters(index = "1", paramLabel = "B", description = "Entity IRI, or person/..., org/..., country/...")
    String b;

    @Override
    public Integer call() {
        String x = EntityIris.expand(a), y = EntityIris.expand(b);
        if (x.equals(y)) throw new IllegalArgumentException("A and B are the same IRI: " + x);
        try (KgStore kg = KgStore.openExisting(store.directory())) {
            IdentityCommands.requireEntities(kg, x, y);
            IdentityStage.Summary s = IdentityStage.standard().merge(kg, x, y);
            IdentityCommands.print(spec.commandLine().getOut(), "Merged " + EntityIris.shorten(x) + " and " + EntityIris.shorten(y), s);
        }
        return 0;
    }
}
