package org.newskg.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPInputStream;

/**
 * Reads one input file in the format its name says: {@code .txt}, {@code .json}, {@code .jsonl}/{@code .ndjson},
 * {@code .html}/{@code .htm}, each optionally {@code .gz}. Streams JSON Lines record by record, so memory does
 * not grow with the file; a bad record is reported with its line number and the others go on.
 */
public final class ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Input formats, chosen by file name. */
    public enum Format { TEXT, JSON, JSONL, HTML }

    private final IngestSettings settings;
    private final LongAdder bytesRead;

    public ArticleReader(IngestSettings settings) {
        this(settings, null);
    }

    /** A reader that adds the raw bytes it reads from files (compressed bytes for {@code .gz}) to {@code bytesRead}. */
    public ArticleReader(IngestSettings settings, LongAdder bytesRead) {
        this.settings = settings;
        this.bytesRead = bytesRead;
    }

    /** The format for a file name, or null when the name says none we read. */
    public static Format formatOf(Path path) {
        String n = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".txt") || n.endsWith(".text")) return Format.TEXT;
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Format.JSONL;
        if (n.endsWith(".json")) return Format.JSON;
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return Format.HTML;
        return null;
    }

    /** Reads {@code path}; every article and every problem goes to {@code sink}. */
    public void read(Path path, ArticleSink sink) {
        String name = path.toString();
        Format format = formatOf(path);
        if (format == null) format = Format.TEXT;
        try {
            if (!Files.exists(path)) throw new IngestException(name, "no such file");
            if (!Files.isRegularFile(path)) throw new IngestException(name, "not a regular file");
            if (!Files.isReadable(path)) throw new IngestException(name, "not readable (permission denied)");
            boolean gz = name.toLowerCase(Locale.ROOT).endsWith(".gz");
            if (format == Format.JSONL) {
                readLines(path, gz, sink);
                return;
            }
            byte[] bytes = readBounded(path, gz);
            switch (format) {
                case TEXT -> sink.article(withinCeiling(text(bytes, name)));
                case JSON -> json(bytes, name, sink);
                case HTML -> sink.article(withinCeiling(html(bytes, name)));
                default -> throw new IllegalStateException("unhandled format " + format);
            }
        } catch (IngestException e) {
            sink.problem(e);
        } catch (IOException e) {
            sink.problem(new IngestException(name, -1, -1, "cannot read: " + e.getMessage(), e));
        }
    }

    private InputStream open(Path path, boolean gz) throws IOException {
        InputStream in = Files.newInputStream(path);
        if (bytesRead != null) in = new CountingStream(in, bytesRead);
        return gz ? new GZIPInputStream(in, 1 << 16) : in;
    }

    private byte[] readBounded(Path path, boolean gz) throws IOException, IngestException {
        try (InputStream in = open(path, gz)) {
            // a Java array holds at most about 2^31 bytes, whatever the limit says (and maxBytes + 1 may overflow)
            long cap = Math.min(settings.maxBytes(), Integer.MAX_VALUE - 9L);
            byte[] bytes = in.readNBytes((int) cap + 1);
            if (bytes.length > cap) {
                throw new IngestException(path.toString(), "larger than the limit of " + cap + " bytes"
                        + (cap == settings.maxBytes() ? "; raise it with --max-bytes" : " (the most one file can be)"));
            }
            return bytes;
        }
    }

    Article text(byte[] bytes, String name) throws IngestException {
        String text = TextDecoding.decode(bytes, name, settings.fallback());
        if (text.isBlank()) throw new IngestException(name, "empty: no text to extract from");
        return new Article(ArticleIds.of(null, null, text), name, null, null, null, null, null, text);
    }

    private void json(byte[] bytes, String name, ArticleSink sink) throws IngestException {
        String s = TextDecoding.decode(bytes, name, settings.fallback());
        if (s.isBlank()) throw new IngestException(name, "empty: no JSON");
        JsonNode root;
        try {
            root = JSON.readTree(s);
        } catch (JsonProcessingException e) {
            throw jsonProblem(name, 0, e);
        }
        if (root.isArray()) {
            int i = 0;
            for (JsonNode n : root) {
                try {
                    sink.article(withinCeiling(Fields.fromJson(n, name + "[" + i + "]")));
                } catch (IngestException e) {
                    sink.problem(e);
                } catch (IllegalArgumentException e) {
                    sink.problem(new IngestException(name + "[" + i + "]", e.getMessage()));
                }
                i++;
            }
        } else {
            sink.article(withinCeiling(Fields.fromJson(root, name)));
        }
    }

    /**
     * Refuses an article whose text is longer than {@link IngestSettings#MAX_ARTICLE_CHARS}: extraction time grows
     * with the text, and no news article is that long, so such an input is an error however large {@code --max-bytes}.
     */
    private static Article withinCeiling(Article a) throws IngestException {
        if (a.text().length() > IngestSettings.MAX_ARTICLE_CHARS) {
            throw new IngestException(a.sourceName(), "article text has " + a.text().length() + " characters, more than the "
                    + IngestSettings.MAX_ARTICLE_CHARS + " one article may have (a fixed ceiling, not raised by --max-bytes); split it");
        }
        return a;
    }

    /**
     * JSON Lines, record by record: a line is read as bytes up to the limit (the rest of a longer line is skipped,
     * never held) and handed to the sink as a {@link JsonLine}, which decodes it like a text file (so bad UTF-8,
     * binary data and a BOM are handled per line) and parses it where the sink chooses.
     */
    private void readLines(Path path, boolean gz, ArticleSink sink) throws IOException {
        String name = path.toString();
        long max = settings.maxBytes();
        try (InputStream in = new BufferedInputStream(open(path, gz), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long n = 0;
            boolean more = true;
            while (more) {
                line.reset();
                long length = 0;
                int b;
                while ((b = in.read()) != -1 && b != '\n') {
                    if (length++ < max) line.write(b);
                }
                more = b != -1;
                if (!more && length == 0) break;
                n++;
                sink.line(new JsonLine(this, name, n, line.toByteArray(), length));
            }
        }
    }

    /** Decodes and parses one JSON Lines record (line {@code n} of {@code name}); null for a blank line. */
    Article record(byte[] bytes, long length, String name, long n) throws IngestException {
        if (length > settings.maxBytes()) {
            throw new IngestException(name, n, 1, "record larger than the limit of " + settings.maxBytes()
                    + " bytes; raise it with --max-bytes", null);
        }
        String line;
        try {
            line = TextDecoding.decode(bytes, name, settings.fallback());
        } catch (IngestException e) {
            throw new IngestException(name, n, e.column(), e.getMessage(), e);
        }
        if (line.isBlank()) return null;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw jsonProblem(name, n - 1, e);
        }
        try {
            return withinCeiling(Fields.fromJson(node, name + ":" + n));
        } catch (IngestException e) {
            throw e.line() > 0 ? e : new IngestException(name, n, -1, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IngestException(name, n, -1, e.getMessage(), e);
        }
    }

    private static IngestException jsonProblem(String name, long lineOffset, JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        long line = loc == null ? -1 : loc.getLineNr() + lineOffset;
        long col = loc == null ? -1 : loc.getColumnNr();
        return new IngestException(name, line, col, "malformed JSON: " + e.getOriginalMessage(), e);
    }

    private Article html(byte[] bytes, String name) throws IngestException {
        String html = TextDecoding.decode(bytes, name, settings.fallback());
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, figure figcaption").remove();
        String title = meta(doc, "og:title");
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 != null ? h1.text() : (doc.title().isBlank() ? null : doc.title());
        }
        String url = meta(doc, "og:url");
        if (url == null) {
            Element canonical = doc.selectFirst("link[rel=canonical]");
            if (canonical != null && !canonical.attr("href").isBlank()) url = canonical.attr("href");
        }
        String published = meta(doc, "article:published_time");
        if (published == null) {
            Element time = doc.selectFirst("time[datetime]");
            if (time != null) published = time.attr("datetime");
        }
        LocalDate date = null;
        try {
            date = PublishedDates.parse(published);
        } catch (IllegalArgumentException ignored) {
            // a page's own date metadata is often junk; the article stays usable without it
        }
        Element body = doc.selectFirst("article");
        if (body == null) body = doc.body();
        StringBuilder text = new StringBuilder();
        for (Element block : body.select("p, h2, h3, li, blockquote")) {
            // a block nested in another selected block (a <p> inside a <blockquote> or <li>) is read once, by its parent
            if (block.parents().stream().anyMatch(p -> p.is("p, li, blockquote, h2, h3"))) continue;
            String t = block.text().strip();
            if (!t.isEmpty()) text.append(t).append("\n\n");
        }
        if (text.length() == 0 && body != null) text.append(body.text());
        String s = TextDecoding.normalize(text.toString()).strip();
        if (s.isEmpty()) throw new IngestException(name, "no article text found in the HTML");
        return new Article(ArticleIds.of(null, url, s), name, url, title, meta(doc, "og:site_name"),
                metaName(doc, "author"), date, s);
    }

    private static String meta(Document doc, String property) {
        Element e = doc.selectFirst("meta[property=" + property + "]");
        String v = e == null ? null : e.attr("content").strip();
        return v == null || v.isEmpty() ? null : v;
    }

    private static String metaName(Document doc, String name) {
        Element e = doc.selectFirst("meta[name=" + name + "]");
        String v = e == null ? null : e.attr("content").strip();
        return v == null || v.isEmpty() ? null : v;
    }

    /** Counts the bytes read through it, for progress reports. */
    private static final class CountingStream extends FilterInputStream {
        private final LongAdder counter;

        CountingStream(InputStream in, LongAdder counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) counter.increment();
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) counter.add(n);
            return n;
        }
    }
}
