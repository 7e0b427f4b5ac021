package org.newskg.store;

/**
 * Told how a build goes, from the reader and loader threads: the input bytes read so far with each article stored
 * or skipped. Implementations must be thread-safe and cheap.
 */
public interface BuildProgress {
    BuildProgress NONE = new BuildProgress() {};

    /** The build starts; {@code totalBytes} is the size of all input files (compressed size for {@code .gz}). */
    default void start(long totalBytes) {}

    /** One article was stored (or failed); {@code bytesRead} input bytes have been read so far. */
    default void stored(long bytesRead) {}

    /** One article was skipped, already stored unchanged. */
    default void skipped(long bytesRead) {}

    default void finish() {}
}
