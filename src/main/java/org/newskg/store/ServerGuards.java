package org.newskg.store;

import java.nio.file.Path;

/**
 * What protects a served store beyond {@link ServerSettings}: who may use it and how large a request may be.
 *
 * @param passwordFile    Jetty realm file ({@code user: password} per line) to require HTTP Basic login for every
 *                        request, or null for none. Required to offer updates on a non-loopback host.
 * @param maxRequestBytes largest request body accepted; a larger one is answered 413 before it is read
 */
public record ServerGuards(Path passwordFile, long maxRequestBytes) {
    /** Default request body limit: far above a query or an article graph, far below what hurts the server. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 16L * 1024 * 1024;
    public static final ServerGuards DEFAULTS = new ServerGuards(null, DEFAULT_MAX_REQUEST_BYTES);

    public ServerGuards {
        if (maxRequestBytes <= 0) throw new IllegalArgumentException("request size limit must be positive: " + maxRequestBytes);
    }
}
