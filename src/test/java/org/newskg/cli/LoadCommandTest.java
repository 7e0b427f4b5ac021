package org.newskg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;
import org.newskg.store.Server;
import org.newskg.store.ServerSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code newskg load} into a real Fuseki over HTTP gives the same contract answers as a local build. */
class LoadCommandTest {
    @TempDir
    Path dir;

    @Test
    void givenExtractedSeed_whenLoadedIntoFuseki_thenTheIdentityGraphIsComputedThereAndQueriesMatchALocalBuild() {
        Path trig = dir.resolve("seed.trig");
        assertEquals(0, CliRun.of("extract", BuildCommandTest.SEED.toString(), "-o", trig.toString()).code());
        Path local = dir.resolve("local");
        assertEquals(0, CliRun.of("build", BuildCommandTest.SEED.toString(), "--store", local.toString(), "-q").code());
        Path served = dir.resolve("served");
        try (KgStore kg = KgStore.open(served)) {
            assertTrue(kg.isEmpty());
        }
        try (Server s = Server.start(new ServerSettings(served, "127.0.0.1", 0, true, true, false, Duration.ofSeconds(30)))) {
            CliRun load = CliRun.of("load", trig.toString(), "--fuseki", s.datasetUrl());
            assertEquals(0, load.code(), load.err());
            assertTrue(load.out().contains("Identity: 9 person IRI(s) -> 9 people"), load.out());
            for (String q : List.of("people", "roles", "countries", "statements", "interactions")) {
                CliRun remote = CliRun.of("query", q, "--endpoint", s.sparqlUrl(), "--format", "csv");
                CliRun mine = CliRun.of("query", q, "--store", local.toString(), "--format", "csv");
                assertEquals(0, remote.code(), remote.err());
                assertTrue(remote.out().lines().count() > 1, q + ": " + remote.out());
                assertEquals(mine.out(), remote.out(), q);
            }
        }
    }

    @Test
    void givenNoFuseki_whenLoading_thenExit1NamingTheUrl() {
        Path trig = dir.resolve("seed.trig");
        assertEquals(0, CliRun.of("extract", BuildCommandTest.SEED.toString(), "-o", trig.toString()).code());
        CliRun r = CliRun.of("load", trig.toString(), "--fuseki", "http://127.0.0.1:9/newskg");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("http://127.0.0.1:9/newskg: "), r.err());
    }
}
