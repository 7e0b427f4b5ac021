package org.newskg.ingest;

import java.nio.charset.Charset;

/**
 * How inputs are read.
 *
 * @param maxBytes largest input file (or JSON Lines record) accepted; larger ones are refused with a clear error
 * @param fallback charset used when a file is not valid UTF-8, or null to refuse such files
 */
public record IngestSettings(long maxBytes, Charset fallback) {
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    /**
     * The longest article text extracted, in characters, whatever {@link #maxBytes}: extraction takes time roughly
     * in proportion to the text (about 50,000 characters a second on a small machine), so this bounds one article's
     * time to well under a minute. Real news articles are a few thousand characters.
     */
    public static final int MAX_ARTICLE_CHARS = 1_000_000;
    public static final IngestSettings DEFAULTS = new IngestSettings(DEFAULT_MAX_BYTES, null);

    public IngestSettings {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
}
