package org.newskg.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {
    @Test
    void givenSameNAndSeed_whenGeneratedTwice_thenBytesAreIdentical(@TempDir Path dir) throws Exception {
        Path a = new CorpusGenerator(7, 40).write(40, dir.resolve("a"), CorpusGenerator.Format.JSONL_GZ);
        Path b = new CorpusGenerator(7, 40).write(40, dir.resolve("b"), CorpusGenerator.Format.JSONL_GZ);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void givenAnotherSeed_whenGenerated_thenTheCorpusDiffers(@TempDir Path dir) throws Exception {
        Path a = new CorpusGenerator(7, 20).write(20, dir.resolve("a"), CorpusGenerator.Format.JSONL);
        Path b = new CorpusGenerator(8, 20).write(20, dir.resolve("b"), CorpusGenerator.Format.JSONL);
        assertFalse(Files.readString(a).equals(Files.readString(b)));
        assertEquals(20, Files.readAllLines(a).size());
    }

    @Test
    void givenAnArticle_whenGenerated_thenItIsAFewKilobytesOfVariedText() {
        CorpusGenerator g = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED, 100);
        CorpusGenerator.Generated x = g.article(3), y = g.article(4);
        assertTrue(x.text().length() > 1500, "length " + x.text().length());
        assertFalse(x.text().equals(y.text()));
        assertEquals("syn-0000003", x.id());
    }
}
