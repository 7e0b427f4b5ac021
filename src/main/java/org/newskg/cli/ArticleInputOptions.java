package org.newskg.cli;

import org.newskg.ingest.IngestSettings;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The article inputs shared by {@code build} and {@code extract}. */
final class ArticleInputOptions {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files (.txt, .json, .jsonl, .html, optionally .gz) or directories (read recursively).")
    List<Path> inputs;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (YYYY-MM-DD) for articles whose source gives none.")
    LocalDate published;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest input file or JSON Lines record accepted (default: ${DEFAULT-VALUE}).")
    long maxBytes = IngestSettings.DEFAULT_MAX_BYTES;

    @Option(names = "--charset", paramLabel = "CHARSET", description = "Charset to read files with that are not valid UTF-8 (e.g. windows-1252); without it they are refused.")
    String charset;

    IngestSettings settings() {
        Charset fallback = null;
        if (charset != null) {
            try {
                fallback = Charset.forName(charset);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--charset: unknown charset '" + charset + "'");
            }
        }
        if (maxBytes <= 0) throw new IllegalArgumentException("--max-bytes must be positive, not " + maxBytes);
        return new IngestSettings(maxBytes, fallback);
    }
}
