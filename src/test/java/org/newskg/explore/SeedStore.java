package org.newskg.explore;

import org.newskg.ingest.IngestSettings;
import org.newskg.pipeline.Pipeline;
import org.newskg.identity.IdentityStage;
import org.newskg.store.KgStore;
import org.newskg.store.StoreBuilder;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Test fixture: a TDB2 store built from the seed article, as {@code newskg build} makes it. */
public final class SeedStore {
    public static final Path SEED = Paths.get("data/azernews-border-clashes.txt");

    private SeedStore() {}

    public static Path build(Path dir) {
        try (KgStore kg = KgStore.open(dir)) {
            new StoreBuilder(Pipeline.standard(), IngestSettings.DEFAULTS, null, StoreBuilder.DEFAULT_BATCH)
                    .build(List.of(SEED), kg, p -> { throw new AssertionError(p); });
            IdentityStage.standard().recompute(kg);
        }
        return dir;
    }
}
