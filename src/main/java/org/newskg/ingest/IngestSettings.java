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
    public static final IngestSettings DEFAULTS = new IngestSettings(DEFAULT_MAX_BYTES, null);

    public IngestSettings {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
}
