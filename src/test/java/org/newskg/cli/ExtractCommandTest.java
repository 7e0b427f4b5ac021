package org.newskg.cli;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractCommandTest {
    @TempDir
    Path dir;

    @Test
    void givenSeed_whenExtractedTwice_thenOutputsAreByteIdentical() throws Exception {
        for (String format : new String[] {"trig", "nq", "ttl", "jsonld"}) {
            Path a = dir.resolve("a." + format);
            Path b = dir.resolve("b." + format);
            assertEquals(0, CliRun.of("extract", BuildCommandTest.SEED.toString(), "-o", a.toString(), "--format", format, "-q").code());
            assertEquals(0, CliRun.of("extract", BuildCommandTest.SEED.toString(), "-o", b.toString(), "--format", format, "-q").code());
            assertEquals(Files.readString(a), Files.readString(b), format);
        }
    }

    @Test
    void givenExtractedTrig_whenLoadedIntoAStoreTwice_thenSameAsBuildingIt() throws Exception {
        CliRun r = CliRun.of("extract", BuildCommandTest.SEED.toString());
        assertEquals(0, r.code(), r.err());
        Path trig = dir.resolve("seed.trig");
        Files.writeString(trig, r.out());
        DatasetGraph parsed = RDFDataMgr.loadDatasetGraph(trig.toString());
        assertTrue(parsed.listGraphNodes().hasNext());

        Path loaded = dir.resolve("loaded");
        assertEquals(0, CliRun.of("load", trig.toString(), "--store", loaded.toString()).code());
        assertEquals(0, CliRun.of("load", trig.toString(), "--store", loaded.toString()).code());
        Path built = dir.resolve("built");
        assertEquals(0, CliRun.of("build", BuildCommandTest.SEED.toString(), "--store", built.toString(), "-q").code());
        var l = BuildCommandTest.snapshot(loaded);
        var b = BuildCommandTest.snapshot(built);
        assertEquals(b.keySet(), l.keySet());
        for (var g : b.keySet()) assertTrue(b.get(g).isIsomorphicWith(l.get(g)));
        try (KgStore kg = KgStore.openExisting(loaded)) {
            assertEquals(1, kg.counts().articles());
        }
    }

    @Test
    void givenUnknownFormat_whenExtracting_thenExit2() {
        assertEquals(2, CliRun.of("extract", BuildCommandTest.SEED.toString(), "--format", "rdfxml").code());
    }

    @Test
    void givenBrokenRdfFile_whenLoaded_thenExit1WithFileLineAndColumn() throws Exception {
        Path bad = dir.resolve("bad.trig");
        Files.writeString(bad, "<a> <b> .\n");
        CliRun r = CliRun.of("load", bad.toString(), "--store", dir.resolve("kg").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(bad + ":1:9: "), r.err());
    }
}
