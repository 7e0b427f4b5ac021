package org.newskg.ingest;

/**
 * One JSON Lines record as its reader found it, not yet decoded or parsed. A reader thread only splits the file into
 * lines; whoever takes the record (a build's extraction workers) calls {@link #parse()}, so that JSON parsing runs in
 * parallel, and a bad record is still reported with its file name and line number.
 */
public final class JsonLine {
    private final ArticleReader reader;
    private final String source;
    private final long line;
    private final byte[] bytes;
    private final long length;

    JsonLine(ArticleReader reader, String source, long line, byte[] bytes, long length) {
        this.reader = reader;
        this.source = source;
        this.line = line;
        this.bytes = bytes;
        this.length = length;
    }

    /** The file the record comes from. */
    public String source() { return source; }

    /** Its line number in that file, from 1. */
    public long line() { return line; }

    /** The article of this record, or null when the line is blank. */
    public Article parse() throws IngestException {
        return reader.record(bytes, length, source, line);
    }
}
