package org.newskg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompactCommandTest {
    @TempDir
    Path dir;

    @Test
    void givenABuiltStore_whenCompacted_thenTheQueriesAnswerTheSameAndTheSizeIsReported() {
        String store = dir.resolve("kg").toString();
        assertEquals(0, CliRun.of("build", "data/azernews-border-clashes.txt", "--store", store, "-q").code());
        String before = CliRun.of("query", "people", "--store", store, "--format", "csv").out();
        CliRun compact = CliRun.of("compact", "--store", store);
        assertEquals(0, compact.code(), compact.err());
        assertTrue(compact.out().matches("(?s)Compacted .*: [0-9.]+ MB -> [0-9.]+ MB on disk\\R"), compact.out());
        assertEquals(before, CliRun.of("query", "people", "--store", store, "--format", "csv").out());
    }

    @Test
    void givenNoStore_whenCompacted_thenAClearErrorNamingTheDirectory() {
        CliRun r = CliRun.of("compact", "--store", dir.resolve("missing").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("missing") && r.err().contains("no store here"), r.err());
    }
}
