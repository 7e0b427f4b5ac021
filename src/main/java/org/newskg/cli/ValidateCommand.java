package org.newskg.cli;

import org.newskg.store.KgStore;
import org.newskg.store.StoreValidator;
import org.newskg.store.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check every article graph in the store against the SHACL shapes; exit 1 on violations.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    VerbosityOptions verbosity;

    @Override
    public Integer call() {
        StoreValidator validator = StoreValidator.bundled();
        StoreValidator.Result result;
        try (KgStore kg = KgStore.openExisting(store.directory())) {
            result = validator.validate(kg);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Violation v : result.violations()) out.println(v.describe());
        out.printf("%d article graph(s) checked: %s%n", result.graphs(),
                result.conforms() ? "all conform" : result.violations().size() + " violation(s)");
        out.flush();
        return result.conforms() ? 0 : 1;
    }
}
