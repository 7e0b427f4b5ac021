package org.newskg.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@link Server} serves a store.
 *
 * @param store        TDB2 directory
 * @param host         {@code 127.0.0.1}/{@code localhost} (loopback only) or {@code 0.0.0.0} (all interfaces)
 * @param port         HTTP port, 0 for any free port
 * @param update       also offer SPARQL Update and Graph Store writes
 * @param ui           serve the Fuseki web UI at {@code /}
 * @param cors         answer cross-origin requests
 * @param queryTimeout longest a query may run
 */
public record ServerSettings(Path store, String host, int port, boolean update, boolean ui, boolean cors, Duration queryTimeout) {
    public static final String DATASET = "/newskg";

    public ServerSettings {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (!loopbackHost(host) && !"0.0.0.0".equals(host)) {
            throw new IllegalArgumentException("--host must be 127.0.0.1, localhost or 0.0.0.0, not " + host);
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) throw new IllegalArgumentException("query timeout must be positive");
    }

    public boolean loopbackOnly() { return loopbackHost(host); }

    private static boolean loopbackHost(String host) {
        return "127.0.0.1".equals(host) || "localhost".equals(host);
    }
}
