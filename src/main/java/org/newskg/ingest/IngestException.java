package org.newskg.ingest;

/**
 * A problem with one input: it names the source and, where known, the line and column,
 * in the form {@code data/article.json:12:34: message}.
 */
public final class IngestException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final long line;
    private final long column;

    public IngestException(String source, long line, long column, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    public IngestException(String source, String message) {
        this(source, -1, -1, message, null);
    }

    public String source() { return source; }
    public long line() { return line; }
    public long column() { return column; }

    /** {@code source:line:column: message}, leaving out what is unknown. */
    public String describe() {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) {
            b.append(':').append(line);
            if (column > 0) b.append(':').append(column);
        }
        return b.append(": ").append(getMessage()).toString();
    }

    @Override
    public String toString() { return describe(); }
}
