package org.newskg.cli;

import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "compact", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Compact the TDB2 store: copy its live data into a new generation and delete the old one.",
                "TDB2 never overwrites index blocks in place, so batched builds and re-runs leave the store several "
                        + "times larger than its data; compacting gives the disk back. The data does not change."})
final class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    VerbosityOptions verbosity;

    @Override
    public Integer call() {
        try (KgStore kg = KgStore.openExisting(store.directory())) {
            KgStore.Compaction c = kg.compact();
            spec.commandLine().getOut().printf(Locale.ROOT, "Compacted %s: %.1f MB -> %.1f MB on disk%n",
                    kg.directory(), c.bytesBefore() / 1e6, c.bytesAfter() / 1e6);
        }
        return 0;
    }
}
