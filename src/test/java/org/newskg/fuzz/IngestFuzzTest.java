package org.newskg.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.ingest.ArticleSink;
import org.newskg.ingest.IngestException;
import org.newskg.ingest.IngestSettings;
import org.newskg.pipeline.Pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzz targets: the readers take any bytes and the extractor any text without an exception other than the
 * documented ones ({@link IngestException} reported to the sink; IllegalArgumentException for blank text) and
 * without hanging. In a plain test run each target runs over its seed corpus in {@code FuzzTestInputs};
 * with {@code JAZZER_FUZZ=1} Jazzer fuzzes it.
 */
class IngestFuzzTest {
    private static final ArticleReader READER = new ArticleReader(new IngestSettings(1 << 20, null));
    private static final ArticleSink SINK = new ArticleSink() {
        @Override public void article(Article a) { }
        @Override public void problem(IngestException p) { }
    };
    private static final Path DIR;

    static {
        try {
            DIR = Files.createTempDirectory("newskg-fuzz");
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void read(byte[] bytes, String name) throws IOException {
        Path p = DIR.resolve(name);
        Files.write(p, bytes);
        READER.read(p, SINK);
    }

    @FuzzTest(maxDuration = "60s")
    void txt(byte[] bytes) throws IOException { read(bytes, "a.txt"); }

    @FuzzTest(maxDuration = "60s")
    void json(byte[] bytes) throws IOException { read(bytes, "a.json"); }

    @FuzzTest(maxDuration = "60s")
    void jsonl(byte[] bytes) throws IOException { read(bytes, "a.jsonl"); }

    @FuzzTest(maxDuration = "60s")
    void html(byte[] bytes) throws IOException { read(bytes, "a.html"); }

    @FuzzTest(maxDuration = "60s")
    void extract(String text) {
        if (text == null || text.isBlank() || text.length() > 20_000) return; // blank text is refused by Article (documented)
        Pipeline.standard().extract(new Article("fuzz", "fuzz.txt", null, null, null, null, null, text));
    }
}
