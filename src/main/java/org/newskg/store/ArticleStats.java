package org.newskg.store;

import java.util.Map;

/** Triples in one article graph and instances per class in it (class IRI to count, sorted by IRI). */
public record ArticleStats(String graph, String sourceName, long triples, Map<String, Long> perClass) {
    public ArticleStats {
        perClass = Map.copyOf(perClass);
    }
}
