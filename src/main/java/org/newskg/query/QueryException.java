package org.newskg.query;

/** A problem running a query: names the query (or file) or the endpoint concerned. */
public final class QueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;

    public QueryException(String source, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
    }

    public QueryException(String source, String message) {
        this(source, message, null);
    }

    public String source() { return source; }

    /** {@code source: message}. */
    public String describe() { return source + ": " + getMessage(); }

    @Override
    public String toString() { return describe(); }
}
