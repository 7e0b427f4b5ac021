package org.newskg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** entities, merge, split and remove, run as a user would, on a store of the invented identity articles. */
class IdentityCommandsTest {
    private static final String FIXTURES = "src/test/resources/identity";

    @TempDir
    Path tmp;

    private String store() { return tmp.resolve("kg").toString(); }

    @Test
    void givenABuild_whenListingEntities_thenNamesArticlesAndEvidenceShow() {
        CliRun build = CliRun.of("build", FIXTURES, "--store", store(), "-q");
        assertEquals(0, build.code(), build.err());
        assertTrue(build.out().contains("Identity: 9 person IRI(s) -> 6 people"), build.out());
        CliRun r = CliRun.of("entities", "--type", "person", "--name", "voskan", "--store", store(), "-q");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("person  person/tigran-voskanian  Tigran Voskanian  (3 articles)"), r.out());
        assertTrue(r.out().contains("by surname-agrees"), r.out());
        assertTrue(r.out().contains("post: Foreign Minister of Armenia (post/country-AM/foreign-minister) seen --05-02, --06-14, --07-03"), r.out());
    }

    @Test
    void givenUserCorrections_whenRebuilt_thenTheyAreKept() {
        assertEquals(0, CliRun.of("build", FIXTURES, "--store", store(), "-q").code());
        CliRun split = CliRun.of("split", "person/voskanyan", "--store", store());
        assertEquals(0, split.code(), split.err());
        assertTrue(split.out().contains("-> 7 people"), split.out());
        CliRun merge = CliRun.of("merge", "person/belmonte", "person/nora-belmonte", "--store", store());
        assertEquals(0, merge.code(), merge.err());
        assertTrue(merge.out().contains("-> 6 people"), merge.out());
        CliRun rebuild = CliRun.of("build", FIXTURES, "--store", store(), "-q");
        assertTrue(rebuild.out().contains("-> 6 people"), rebuild.out());
        String nora = CliRun.of("entities", "--name", "nora", "--store", store(), "-q").out();
        assertTrue(nora.contains("by user-merge"), nora);
        String people = CliRun.of("query", "people", "--store", store(), "--format", "csv").out();
        assertTrue(people.contains("person/voskanyan,Voskanyan"), people);
    }

    @Test
    void givenRemove_thenTheArticlesOnlyEntitiesLeaveThePeopleQuery() {
        assertEquals(0, CliRun.of("build", FIXTURES, "--store", store(), "-q").code());
        CliRun r = CliRun.of("remove", "i4.txt", "--store", store());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Removed article t"), r.out());
        String people = CliRun.of("query", "people", "--store", store(), "--format", "csv").out();
        assertFalse(people.contains("person/cakiroglu,"), people);
        CliRun missing = CliRun.of("remove", "nope", "--store", store());
        assertEquals(1, missing.code());
        assertEquals(2, CliRun.of("merge", "person/belmonte", "person/nobody", "--store", store()).code());
    }
}
