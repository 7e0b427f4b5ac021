package org.newskg.cli;

import org.newskg.store.KgStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --store DIR}: the TDB2 directory, else {@code $NEWSKG_STORE}, else {@code ./kg-store}. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR",
            description = "TDB2 store directory (default: $NEWSKG_STORE, else ./kg-store).")
    Path store;

    boolean given() { return store != null; }

    Path directory() { return KgStore.resolveDirectory(store, System.getenv()); }
}
