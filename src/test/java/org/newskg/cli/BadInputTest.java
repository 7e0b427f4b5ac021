package org.newskg.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Black-box: one build over a directory of good and bad inputs. Every bad input gets exactly one line on stderr
 * naming the file (and the position where there is one), the good ones are stored, the exit code is 1 and the
 * summary counts the failures; no stack trace without -v.
 */
class BadInputTest {
    static final Path SEED = Path.of("data/azernews-border-clashes.txt");
    static final String GOOD = "Diplomats from France and Germany met in Brussels on Monday to discuss the border.";

    @TempDir
    static Path dir;
    static Path in;
    static CliRun run;

    @BeforeAll
    static void buildMixedDirectory() throws IOException {
        in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(SEED, in.resolve("good.txt"));
        Files.writeString(in.resolve("good-crlf.txt"), GOOD.replace(" on ", "\r\non ") + "\r\n");
        Files.write(in.resolve("good-bom.txt"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ("Ankara. " + GOOD).getBytes(StandardCharsets.UTF_8)));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("blank.txt"), "  \n\t\r\n  ");
        Files.write(in.resolve("report.pdf.txt"), pdfLike());
        Files.write(in.resolve("cp1251.txt"), ("Good line.\nМосква и Киев").getBytes(Charset.forName("windows-1251")));
        Files.writeString(in.resolve("malformed.json"), "{\"title\": \"x\",\n  \"text\": ");
        Files.writeString(in.resolve("lines.jsonl"), "{\"text\": \"" + GOOD + "\"}\n{\"text\": \"broken\n{\"text\": \"Rome. " + GOOD + "\"}\n");
        Files.writeString(in.resolve("nulls.json"), "{\"text\": null, \"title\": null}");
        Files.writeString(in.resolve("types.json"), "{\"text\": 42, \"published\": [\"not a date\"]}");
        Files.writeString(in.resolve("array.json"), "[1, \"x\", {\"text\": \"Oslo. " + GOOD + "\"}]");
        Files.writeString(in.resolve("page.html"), "<html><head><script>var President = 'said';</script><style>p{color:red}</style></head>"
                + "<body><article><p>" + GOOD + "</p><script>alert('Paris')</script></article></body></html>");
        Files.createDirectories(in.resolve("folder.txt"));
        Files.createSymbolicLink(in.resolve("loop-a.txt"), in.resolve("loop-b.txt"));
        Files.createSymbolicLink(in.resolve("loop-b.txt"), in.resolve("loop-a.txt"));
        Files.createDirectories(in.resolve("sub"));
        Files.createSymbolicLink(in.resolve("sub/up"), in);
        run = CliRun.of("build", in.toString(), in.resolve("missing.txt").toString(), "--store", dir.resolve("kg").toString(), "-q");
    }

    static byte[] pdfLike() {
        byte[] head = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nstream\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = new byte[512];
        for (int i = 0; i < body.length; i++) body[i] = (byte) (i * 31);
        return concat(head, body);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static List<String> linesAbout(String file) {
        String prefix = in.resolve(file).toString();
        return run.err().lines().filter(l -> l.startsWith(prefix + ":") || l.startsWith(prefix + "[")).toList();
    }

    private static String oneLineAbout(String file, String positionAndMessage) {
        List<String> lines = linesAbout(file);
        assertEquals(1, lines.size(), "one line for " + file + " in:\n" + run.err());
        String rest = lines.get(0).substring(in.resolve(file).toString().length());
        assertTrue(Pattern.compile(positionAndMessage).matcher(rest).find(), lines.get(0));
        return lines.get(0);
    }

    @Test
    void givenMixedInputs_whenBuilt_thenExit1AndTheSummaryCountsEveryFailure() {
        assertEquals(1, run.code(), run.err());
        // good.txt, good-crlf.txt, good-bom.txt, lines.jsonl x2, array.json x1, page.html
        assertTrue(run.out().contains("Stored 7 article(s)"), run.out());
        long problems = run.err().lines().count();
        assertTrue(run.out().contains("failures    " + problems), run.out() + run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void givenEmptyAndBlankFiles_thenEachIsNamedAsEmpty() {
        oneLineAbout("empty.txt", "^: empty");
        oneLineAbout("blank.txt", "^: empty");
    }

    @Test
    void givenPdfRenamedTxt_thenRefusedAsBinaryWithPosition() {
        oneLineAbout("report.pdf.txt", "^(:\\d+:\\d+)?: binary data");
    }

    @Test
    void givenWindows1251_thenRefusedWithLineAndColumnAndTheOverride() {
        String line = oneLineAbout("cp1251.txt", "^:2:1: not valid UTF-8");
        assertTrue(line.contains("--charset"), line);
    }

    @Test
    void givenMalformedJson_thenLineAndColumn() {
        oneLineAbout("malformed.json", "^:2:\\d+: malformed JSON");
    }

    @Test
    void givenJsonLinesWithOneBadLine_thenThatLineIsNamed() {
        oneLineAbout("lines.jsonl", "^:2:\\d+: malformed JSON");
    }

    @Test
    void givenNullsAndWrongTypes_thenOneClearLineEach() {
        oneLineAbout("nulls.json", "^: no text");
        oneLineAbout("types.json", "^: field \"published\"");
        List<String> array = linesAbout("array.json");
        assertEquals(2, array.size(), run.err());
        assertTrue(array.get(0).contains("array.json[0]: expected a JSON object"), array.get(0));
        assertTrue(array.get(1).contains("array.json[1]: expected a JSON object"), array.get(1));
    }

    @Test
    void givenDirectoryNamedTxtAndMissingFile_thenNamed() {
        assertTrue(linesAbout("folder.txt").isEmpty(), "an empty directory is no error: " + run.err());
        oneLineAbout("missing.txt", "^: no such file");
    }

    @Test
    void givenSymlinkLoops_thenEachIsReportedOnce() {
        oneLineAbout("loop-a.txt", "^: symbolic link to nothing");
        oneLineAbout("loop-b.txt", "^: symbolic link to nothing");
        oneLineAbout("sub/up", "^: symbolic link loop");
    }

    @Test
    void givenWindows1252WithCharset_whenBuilt_thenDecodedAndStored() throws IOException {
        Path f = dir.resolve("cp1252.txt");
        Files.write(f, ("Caf\u00e9 talks: " + GOOD).getBytes(Charset.forName("windows-1252")));
        CliRun refused = CliRun.of("extract", f.toString(), "--format", "nq");
        assertEquals(1, refused.code());
        assertTrue(refused.err().startsWith(f + ":1:4: not valid UTF-8"), refused.err());
        CliRun read = CliRun.of("extract", f.toString(), "--format", "nq", "--charset", "windows-1252");
        assertEquals(0, read.code(), read.err());
        assertTrue(read.out().contains("Caf\u00e9 talks"), read.out());
        CliRun unknown = CliRun.of("extract", f.toString(), "--charset", "klingon-8");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--charset: unknown charset 'klingon-8'"), unknown.err());
    }

    @Test
    void givenHundredMegabyteArticle_whenBuilt_thenRefusedByTheLimitAndWithTheOverrideByTheCeiling() throws IOException {
        Path big = dir.resolve("huge.txt");
        byte[] sentence = (GOOD + "\n").getBytes(StandardCharsets.UTF_8);
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(big), 1 << 20)) {
            for (long written = 0; written < 100L * 1024 * 1024; written += sentence.length) out.write(sentence);
        }
        long t0 = System.nanoTime();
        CliRun limited = CliRun.of("build", big.toString(), "--store", dir.resolve("kg-big").toString(), "-q");
        assertEquals(1, limited.code());
        assertEquals(big + ": larger than the limit of 20971520 bytes; raise it with --max-bytes", limited.err().strip());
        CliRun raised = CliRun.of("build", big.toString(), "--store", dir.resolve("kg-big").toString(), "-q", "--max-bytes", "200000000");
        assertEquals(1, raised.code());
        assertTrue(raised.err().startsWith(big + ": article text has "), raised.err());
        assertTrue(raised.err().contains("more than the 1000000 one article may have"), raised.err());
        assertTrue(raised.out().contains("Stored 0 article(s)"), raised.out());
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertTrue(seconds < 30, "took " + seconds + " s");
        Files.delete(big);
    }

    @Test
    void givenUnreadableDirectory_whenBuilt_thenNamedAndOthersStored() throws IOException {
        Path root = dir.resolve("perm");
        Files.createDirectories(root.resolve("locked"));
        Files.writeString(root.resolve("locked/a.txt"), GOOD);
        Files.writeString(root.resolve("ok.txt"), GOOD);
        Files.setPosixFilePermissions(root.resolve("locked"), PosixFilePermissions.fromString("---------"));
        try {
            CliRun r = CliRun.of("build", root.toString(), "--store", dir.resolve("kg-perm").toString(), "-q");
            if (isRoot()) {
                // root reads through chmod 000, so the directory is read like any other: nothing to refuse here.
                // What root can still not read (a directory given as a file, links that go nowhere) is tested above.
                assertEquals(0, r.code(), r.err());
                assertTrue(r.out().contains("Stored 2 article(s)"), r.out());
            } else {
                assertEquals(1, r.code(), r.err());
                assertTrue(r.err().contains(root.resolve("locked") + ": directory not readable"), r.err());
                assertTrue(r.out().contains("Stored 1 article(s)"), r.out());
            }
        } finally {
            Files.setPosixFilePermissions(root.resolve("locked"), PosixFilePermissions.fromString("rwx------"));
        }
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
