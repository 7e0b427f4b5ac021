package org.newskg.store;

/** A problem with a store or a remote endpoint; names the store path or URL it concerns. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String location;

    public StoreException(String location, String message, Throwable cause) {
        super(message, cause);
        this.location = location;
    }

    public StoreException(String location, String message) {
        this(location, message, null);
    }

    /** The store directory, file or URL concerned. */
    public String location() { return location; }

    /** {@code location: message}. */
    public String describe() { return location + ": " + getMessage(); }

    @Override
    public String toString() { return describe(); }
}
