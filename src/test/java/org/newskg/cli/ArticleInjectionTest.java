package org.newskg.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --article is a value, never query text: hostile strings find nothing, change nothing, and return no rows. */
class ArticleInjectionTest {
    @TempDir
    static Path dir;
    static Path store;
    static long triples;

    @BeforeAll
    static void build() {
        store = dir.resolve("kg");
        assertEquals(0, CliRun.of("build", BuildCommandTest.SEED.toString(), "--store", store.toString(), "-q").code());
        try (KgStore kg = KgStore.openExisting(store)) {
            triples = kg.counts().triples();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"", "'", "x' || true || '", "x\") || true || (\"", "x> } DROP ALL #", "> ?p ?o } #",
            "x\" } UNION { GRAPH ?g { ?s ?p ?o } } #", "\"} UNION {?s ?p ?o} #", "}", "{", "a\nb", "a\r\nDROP ALL",
            "azernews-border-clashes.txt\" || \"", "\\u0022) || true || (\\u0022", "\u202Eevil\u202C", "Москва",
            "\uD83D\uDCA3\"}", "<http://example.org/x>", "?g", "$g", "*", "#", "a\u0000b", ""})
    void givenHostileArticleValue_whenQueried_thenNoArticleAndStoreUnchanged(String hostile) {
        CliRun r = CliRun.of("query", "people", "--store", store.toString(), "--article", hostile, "--format", "csv");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("newskg: --article: no article"), r.err());
        assertEquals("", r.out());
        try (KgStore kg = KgStore.openExisting(store)) {
            assertEquals(triples, kg.counts().triples());
        }
    }

    @Test
    void givenTheRealSourceFileName_whenQueried_thenItIsFound() {
        CliRun r = CliRun.of("query", "people", "--store", store.toString(), "--article", "azernews-border-clashes.txt", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("person,name"), r.out());
    }
}
