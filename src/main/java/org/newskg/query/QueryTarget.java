package org.newskg.query;

import org.newskg.store.FusekiCredentials;
import org.newskg.store.KgStore;

import java.util.Optional;

/** Where a query runs: the local TDB2 store, or a remote SPARQL endpoint. */
public sealed interface QueryTarget permits QueryTarget.Local, QueryTarget.Remote {
    /** A store opened by the caller, who closes it. */
    record Local(KgStore store) implements QueryTarget {}

    /** A SPARQL query endpoint such as {@code http://127.0.0.1:3030/newskg/sparql}. */
    record Remote(String endpoint, Optional<FusekiCredentials> credentials) implements QueryTarget {
        public Remote {
            if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
                throw new IllegalArgumentException("not an http(s) endpoint URL: " + endpoint);
            }
        }
    }
}
