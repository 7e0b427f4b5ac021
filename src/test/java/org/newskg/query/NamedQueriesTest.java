package org.newskg.query;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamedQueriesTest {
    @Test
    void givenBundledQueries_whenListed_thenPeopleIsThereWithItsComment() {
        assertTrue(NamedQueries.names().contains("people"));
        NamedQuery people = NamedQueries.find("people").orElseThrow();
        assertFalse(people.description().isBlank());
    }

    @Test
    void givenUnknownOrOddName_whenFound_thenEmpty() {
        assertTrue(NamedQueries.find("no-such-query").isEmpty());
        assertTrue(NamedQueries.find("../../etc/passwd").isEmpty());
    }

    @Test
    void givenRqFile_whenFound_thenReadFromDisk(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mine.rq");
        Files.writeString(f, "# mine\nASK { }\n");
        assertEquals("mine", NamedQueries.find(f.toString()).orElseThrow().description());
    }

    @Test
    void givenEveryBundledQuery_whenRunOnAStore_thenItRunsWholeAndPerArticle(@TempDir Path dir) {
        try (KgStore store = KgStore.open(dir.resolve("kg"))) {
            store.replaceGraphs(Map.of(NKG.articleIri("a1"), QueryRunnerTest.article("a1", "Ann")));
            for (NamedQuery q : NamedQueries.all()) {
                new QueryRunner(30).run(q, new QueryTarget.Local(store), null, ResultFormat.CSV, new ByteArrayOutputStream());
                new QueryRunner(30).run(q, new QueryTarget.Local(store), "a1", ResultFormat.CSV, new ByteArrayOutputStream());
            }
        }
    }
}
