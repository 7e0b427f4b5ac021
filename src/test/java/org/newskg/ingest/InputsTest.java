package org.newskg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class InputsTest {
    @TempDir Path dir;

    @Test
    void givenDirectoryTree_whenExpanded_thenReadableFormatsAreListedSortedAndHiddenSkipped() throws IOException {
        Files.createDirectories(dir.resolve("b/c"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b/c/z.txt"), "z");
        Files.writeString(dir.resolve("a.json"), "{}");
        Files.writeString(dir.resolve("notes.md"), "skip");
        Files.writeString(dir.resolve(".hidden.txt"), "skip");
        Files.writeString(dir.resolve(".git/x.txt"), "skip");
        List<IngestException> problems = new ArrayList<>();
        List<Path> files = Inputs.expand(List.of(dir), problems::add);
        assertEquals(List.of(dir.resolve("a.json"), dir.resolve("b/c/z.txt")), files);
        assertTrue(problems.isEmpty());
    }

    @Test
    void givenSymlinkLoop_whenExpanded_thenLoopIsReportedAndOtherFilesKept() throws IOException {
        Files.createDirectories(dir.resolve("d"));
        Files.writeString(dir.resolve("d/a.txt"), "a");
        Files.createSymbolicLink(dir.resolve("d/loop"), dir.resolve("d"));
        List<IngestException> problems = new ArrayList<>();
        List<Path> files = Inputs.expand(List.of(dir), problems::add);
        assertEquals(List.of(dir.resolve("d/a.txt")), files);
        assertTrue(problems.stream().anyMatch(p -> p.getMessage().contains("loop")), problems.toString());
    }

    @Test
    void givenMissingPath_whenExpanded_thenReported() {
        List<IngestException> problems = new ArrayList<>();
        assertTrue(Inputs.expand(List.of(dir.resolve("gone")), problems::add).isEmpty());
        assertEquals(1, problems.size());
    }
}
