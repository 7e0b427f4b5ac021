package org.newskg.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryCommandTest {
    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void build() {
        store = dir.resolve("kg");
        assertEquals(0, CliRun.of("build", BuildCommandTest.SEED.toString(), "--store", store.toString(), "-q").code());
    }

    @Test
    void givenList_whenRun_thenNamesWithDescriptions() {
        CliRun r = CliRun.of("query", "--list");
        assertEquals(0, r.code());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("people ")), r.out());
    }

    @Test
    void givenPeopleAsCsv_whenRun_thenHeaderIsTheVariableNames() {
        CliRun r = CliRun.of("query", "people", "--store", store.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("person,name\r\n"), r.out());
    }

    @Test
    void givenLongMultiByteResultsToStdout_whenStreamed_thenTheBytesTheRunnerWrites() throws java.io.IOException {
        // the seed's text, with its curly quotes (three bytes each in UTF-8), 64 times: buffers cut characters apart
        Path rq = dir.resolve("texts.rq");
        java.nio.file.Files.writeString(rq, "SELECT ?n ?text WHERE { VALUES ?n { " + "1 2 3 4 5 6 7 8 ".repeat(8)
                + "} GRAPH ?g { ?g <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?text } }");
        CliRun r = CliRun.of("query", rq.toString(), "--store", store.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        java.io.ByteArrayOutputStream direct = new java.io.ByteArrayOutputStream();
        try (KgStore kg = KgStore.openExisting(store)) {
            new org.newskg.query.QueryRunner(30).run(org.newskg.query.NamedQueries.find(rq.toString()).orElseThrow(),
                    new org.newskg.query.QueryTarget.Local(kg), null, org.newskg.query.ResultFormat.CSV, direct);
        }
        String expected = direct.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(expected.contains("\u201c") && expected.length() > 100_000, expected.length() + " chars");
        assertEquals(expected, r.out());
    }

    @Test
    void givenUnknownQuery_whenRun_thenExit2WithTheNames() {
        CliRun r = CliRun.of("query", "no-such-query", "--store", store.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown query 'no-such-query'") && r.err().contains("people"), r.err());
    }

    @Test
    void givenInjectionAsArticle_whenRun_thenRefusedAndStoreUnchanged() {
        long before;
        try (KgStore kg = KgStore.openExisting(store)) {
            before = kg.counts().triples();
        }
        CliRun r = CliRun.of("query", "people", "--store", store.toString(), "--article", "x> } DROP ALL #");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("newskg: --article: no article"), r.err());
        try (KgStore kg = KgStore.openExisting(store)) {
            assertEquals(before, kg.counts().triples());
        }
    }

    @Test
    void givenArticleBySourceFile_whenRun_thenExit0() {
        CliRun r = CliRun.of("query", "people", "--store", store.toString(), "--article", "azernews-border-clashes.txt", "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("?person\t?name"), r.out());
    }

    @Test
    void givenMissingStore_whenQueried_thenExit1NamesTheStore() {
        CliRun r = CliRun.of("query", "people", "--store", dir.resolve("missing").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("missing: no store here"), r.err());
    }

    @Test
    void givenStore_whenStatsRun_thenCountsPrinted() {
        CliRun r = CliRun.of("stats", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("articles    1"), r.out());
    }
}
