package org.newskg.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.explore.SeedStore;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code actors}, {@code explore}, {@code path} and {@code graph} run black-box on the seed's store. */
class ExploreCommandsTest {
    @TempDir
    static Path dir;
    static String store;

    @BeforeAll
    static void build() {
        store = SeedStore.build(dir.resolve("kg")).toString();
    }

    @Test
    void givenSurname_whenExplored_thenPostCountryInteractionsAndEvidenceArePrinted() {
        CliRun r = CliRun.of("explore", "Cavusoglu", "--store", store);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Mevlut Cavusoglu (person)"), r.out());
        assertTrue(r.out().contains("Foreign Minister, Turkey"), r.out());
        assertTrue(r.out().contains("Countries\n  Turkey"), r.out());
        assertTrue(r.out().contains("Mevlut Cavusoglu --support--> Azerbaijan"), r.out());
        assertTrue(r.out().contains("Mevlut Cavusoglu --accuse--> Armenia"), r.out());
        assertTrue(r.out().contains("evidence: However, Armenia once again resorted to provocation yesterday.  [data/azernews-border-clashes.txt,"), r.out());
    }

    @Test
    void givenAmbiguousName_whenExplored_thenExit2ListsCandidates() {
        CliRun r = CliRun.of("explore", "European", "--store", store);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'European' is ambiguous") && r.err().contains("European Union") && r.err().contains("European Council"), r.err());
    }

    @Test
    void givenInjectionString_whenExplored_thenNoMatchExit2() {
        CliRun r = CliRun.of("explore", "x\") } DROP ALL #", "--store", store);
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no actor matches"), r.err());
        assertEquals(0, CliRun.of("explore", "Klaar", "--store", store).code());
    }

    @Test
    void givenTwoActors_whenPathIsAsked_thenHopsWithRelationAndEvidence() {
        CliRun r = CliRun.of("path", "borrell", "klaar", "--store", store);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Josep Borrell --request--> Klaar"), r.out());
        assertTrue(r.out().contains("evidence: High Representative"), r.out());
    }

    @Test
    void givenTypeAndTop_whenActorsListed_thenRankedRows() {
        CliRun r = CliRun.of("actors", "--type", "country", "--top", "2", "--store", store);
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        assertTrue(lines[1].contains("Azerbaijan") && lines[1].contains("country"), r.out());
        assertEquals(2, CliRun.of("actors", "--type", "planet", "--store", store).code());
    }

    @Test
    void givenFormat_whenGraphExportedTwice_thenSameFile() throws Exception {
        Path a = dir.resolve("a.dot"), b = dir.resolve("b.dot");
        assertEquals(0, CliRun.of("graph", "--format", "dot", "-o", a.toString(), "--store", store).code());
        assertEquals(0, CliRun.of("graph", "--format", "dot", "-o", b.toString(), "--store", store).code());
        assertEquals(Files.readString(a), Files.readString(b));
        assertTrue(Files.readString(a).contains("-> \"https://w3id.org/newskg/id/person/klaar\""));
        assertEquals(2, CliRun.of("graph", "--format", "png", "--store", store).code());
    }
}
