package org.newskg.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;

class ArticleReaderTest {
    @TempDir Path dir;

    private final List<Article> articles = new ArrayList<>();
    private final List<IngestException> problems = new ArrayList<>();
    private final ArticleSink sink = new ArticleSink() {
        @Override public void article(Article a) { articles.add(a); }
        @Override public void problem(IngestException p) { problems.add(p); }
    };

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void givenPlainText_whenRead_thenLineBreaksAreNormalizedAndIdIsTheContentHash() throws IOException {
        new ArticleReader(IngestSettings.DEFAULTS).read(write("a.txt", "\uFEFFFirst line.\r\nSecond line.\r\n"), sink);
        assertEquals(List.of(), problems);
        assertEquals("First line.\nSecond line.\n", articles.get(0).text());
        assertTrue(articles.get(0).id().matches("t[0-9a-f]{16}"));
    }

    @Test
    void givenSameText_whenReadTwice_thenIdIsStable() throws IOException {
        ArticleReader r = new ArticleReader(IngestSettings.DEFAULTS);
        r.read(write("a.txt", "Same words."), sink);
        r.read(write("b.txt", "Same words."), sink);
        assertEquals(articles.get(0).id(), articles.get(1).id());
    }

    @Test
    void givenEmptyFile_whenRead_thenProblemNamesTheFile() throws IOException {
        new ArticleReader(IngestSettings.DEFAULTS).read(write("empty.txt", "  \n\n "), sink);
        assertTrue(articles.isEmpty());
        assertTrue(problems.get(0).describe().startsWith(dir.resolve("empty.txt") + ": empty"), problems.get(0).describe());
    }

    @Test
    void givenBinaryFile_whenRead_thenRefusedWithOffset() throws IOException {
        Path p = dir.resolve("fake.txt");
        Files.write(p, new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3});
        new ArticleReader(IngestSettings.DEFAULTS).read(p, sink);
        assertTrue(problems.get(0).getMessage().contains("binary data"), problems.get(0).describe());
    }

    @Test
    void givenWindows1251Text_whenReadWithoutFallback_thenRefusedWithLineAndColumn() throws IOException {
        Path p = dir.resolve("cyr.txt");
        Files.write(p, "Line one\nМосква".getBytes(Charset.forName("windows-1251")));
        new ArticleReader(IngestSettings.DEFAULTS).read(p, sink);
        IngestException e = problems.get(0);
        assertEquals(2, e.line());
        assertEquals(1, e.column());
        assertTrue(e.describe().contains("not valid UTF-8"));
    }

    @Test
    void givenWindows1251Text_whenReadWithFallback_thenDecoded() throws IOException {
        Path p = dir.resolve("cyr.txt");
        Files.write(p, "Москва".getBytes(Charset.forName("windows-1251")));
        new ArticleReader(new IngestSettings(1000, Charset.forName("windows-1251"))).read(p, sink);
        assertEquals("Москва", articles.get(0).text());
    }

    @Test
    void givenJsonArticle_whenRead_thenMetadataIsKept() throws IOException {
        new ArticleReader(IngestSettings.DEFAULTS).read(write("a.json", """
                {"id": "Story 7", "url": "https://example.org/s7", "title": "Talks resume", "published": "2024-03-05T10:00:00Z",
                 "source": "Example Wire", "author": "A. Writer", "text": "Talks resumed on Tuesday."}"""), sink);
        Article a = articles.get(0);
        assertEquals("story-7", a.id());
        assertEquals("Talks resume", a.title());
        assertEquals(LocalDate.of(2024, 3, 5), a.published());
        assertEquals("Example Wire", a.outlet());
    }

    @Test
    void givenASinkTakingLines_whenJsonLinesRead_thenNothingIsParsedUntilItAsksAndABadLineIsNamedThen() throws Exception {
        List<JsonLine> lines = new ArrayList<>();
        ArticleSink deferring = new ArticleSink() {
            @Override public void article(Article a) { articles.add(a); }
            @Override public void problem(IngestException p) { problems.add(p); }
            @Override public void line(JsonLine l) { lines.add(l); }
        };
        new ArticleReader(IngestSettings.DEFAULTS).read(write("later.jsonl", "{\"text\": \"Rain fell.\"}\n{\"text\": oops}\n\n"
                + "{\"text\": \"The port reopened.\"}\n"), deferring);
        assertEquals(List.of(), articles);
        assertEquals(List.of(), problems);
        assertEquals(List.of(1L, 2L, 3L, 4L), lines.stream().map(JsonLine::line).toList());
        assertTrue(lines.get(0).source().endsWith("later.jsonl"));
        assertEquals("Rain fell.", lines.get(0).parse().text());
        IngestException bad = assertThrows(IngestException.class, () -> lines.get(1).parse());
        assertEquals(2, bad.line());
        assertTrue(bad.describe().contains("later.jsonl:2:"), bad.describe());
        assertNull(lines.get(2).parse(), "a blank line has no article");
        assertEquals("The port reopened.", lines.get(3).parse().text());
        assertEquals(lines.get(3).parse().id(), lines.get(3).parse().id(), "parsing twice gives the same article");
    }

    @Test
    void givenJsonLinesWithOneBadLine_whenRead_thenGoodLinesAreReadAndBadLineIsNamed() throws IOException {
        new ArticleReader(IngestSettings.DEFAULTS).read(write("b.jsonl", """
                {"text": "One."}
                {"text": "Two.",
                {"text": "Three."}
                """), sink);
        assertEquals(List.of("One.", "Three."), articles.stream().map(Article::text).toList());
        assertEquals(1, problems.size());
        assertEquals(2, problems.get(0).line());
        assertTrue(problems.get(0).describe().contains("b.jsonl:2"), problems.get(0).describe());
    }

    @Test
    void givenJsonRecordWithoutText_whenRead_thenProblemSaysSo() throws IOException {
        new ArticleReader(IngestSettings.DEFAULTS).read(write("c.jsonl", "{\"title\": \"x\", \"text\": null}\n"), sink);
        assertTrue(problems.get(0).getMessage().contains("no text"));
    }

    @Test
    void givenGzippedJsonLines_whenRead_thenDecompressed() throws IOException {
        Path p = dir.resolve("d.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write("{\"text\": \"Packed.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        new ArticleReader(IngestSettings.DEFAULTS).read(p, sink);
        assertEquals("Packed.", articles.get(0).text());
    }

    @Test
    void givenHtmlWithScripts_whenRead_thenOnlyArticleTextRemains() throws IOException {
        new ArticleReader(IngestSettings.DEFAULTS).read(write("p.html", """
                <html><head><title>T</title><meta property="og:site_name" content="Example Post">
                <script>var x = "President said";</script><style>p{}</style></head>
                <body><nav>Home | World</nav><article><h1>Summit ends</h1><p>Leaders met in Rome.</p>
                <p>They agreed <b>nothing</b>.</p></article><footer>(c) 2024</footer></body></html>"""), sink);
        Article a = articles.get(0);
        assertEquals("Summit ends", a.title());
        assertEquals("Example Post", a.outlet());
        assertTrue(a.text().contains("Leaders met in Rome.\n\nThey agreed nothing."), a.text());
        assertFalse(a.text().contains("var x"));
        assertFalse(a.text().contains("Home | World"));
    }

    @Test
    void givenFileOverTheLimit_whenRead_thenRefusedWithTheLimit() throws IOException {
        new ArticleReader(new IngestSettings(10, null)).read(write("big.txt", "x".repeat(11)), sink);
        assertTrue(problems.get(0).getMessage().contains("limit of 10 bytes"));
    }

    @Test
    void givenMissingFile_whenRead_thenProblemNamesIt() {
        new ArticleReader(IngestSettings.DEFAULTS).read(dir.resolve("nope.txt"), sink);
        assertTrue(problems.get(0).describe().endsWith("nope.txt: no such file"));
    }

    @Test
    void givenJsonLinesWithAnOverlongLine_whenRead_thenThatLineIsRefusedAndTheNextIsRead() throws IOException {
        new ArticleReader(new IngestSettings(40, null)).read(write("long.jsonl",
                "{\"text\": \"" + "x".repeat(100) + "\"}\n{\"text\": \"Short.\"}\n"), sink);
        assertEquals(List.of("Short."), articles.stream().map(Article::text).toList());
        assertEquals("long.jsonl:1:1: record larger than the limit of 40 bytes; raise it with --max-bytes",
                dir.relativize(Path.of(problems.get(0).describe())).toString());
    }

    @Test
    void givenJsonLinesWithBomCrlfAndACp1252Line_whenRead_thenBomAndCrAreDroppedAndTheBadLineIsNamed() throws IOException {
        Path p = dir.resolve("mixed.jsonl");
        Files.write(p, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "{\"text\": \"One.\"}\r\n{\"text\": \"Caf\u00e9.\"}\r\n".getBytes(Charset.forName("windows-1252"))));
        new ArticleReader(IngestSettings.DEFAULTS).read(p, sink);
        assertEquals(List.of("One."), articles.stream().map(Article::text).toList());
        assertEquals(2, problems.get(0).line());
        assertEquals(14, problems.get(0).column()); // the \u00e9 of Caf\u00e9
        articles.clear();
        new ArticleReader(new IngestSettings(1000, Charset.forName("windows-1252"))).read(p, sink);
        assertEquals(List.of("One.", "Caf\u00e9."), articles.stream().map(Article::text).toList());
    }

    @Test
    void givenArticleLongerThanTheCeiling_whenRead_thenRefusedWhateverMaxBytes() throws IOException {
        new ArticleReader(new IngestSettings(Long.MAX_VALUE, null))
                .read(write("long.txt", "word ".repeat(IngestSettings.MAX_ARTICLE_CHARS / 5 + 1)), sink);
        assertTrue(articles.isEmpty());
        assertTrue(problems.get(0).getMessage().contains("more than the 1000000 one article may have"), problems.get(0).describe());
    }

    @Test
    void givenHtmlWithOnlyScriptsAndStyles_whenRead_thenNoTextIsFound() throws IOException {
        new ArticleReader(IngestSettings.DEFAULTS).read(write("s.html",
                "<html><head><style>body{}</style></head><body><script>document.write('President')</script></body></html>"), sink);
        assertTrue(articles.isEmpty());
        assertTrue(problems.get(0).describe().endsWith("s.html: no article text found in the HTML"), problems.get(0).describe());
    }

    @Test
    void givenUtf16WithBom_whenRead_thenDecoded() throws IOException {
        Path p = dir.resolve("u16.txt");
        Files.write(p, "\uFEFFKyiv and Warsaw.".getBytes(StandardCharsets.UTF_16LE));
        new ArticleReader(IngestSettings.DEFAULTS).read(p, sink);
        assertEquals("Kyiv and Warsaw.", articles.get(0).text());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
