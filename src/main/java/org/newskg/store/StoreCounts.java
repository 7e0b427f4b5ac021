package org.newskg.store;

/** What a store holds: articles (named graphs), distinct entities and facts, and quads over all graphs. */
public record StoreCounts(long articles, long people, long countries, long statements, long events, long triples) {
    public StoreCounts {
        if (articles < 0 || people < 0 || countries < 0 || statements < 0 || events < 0 || triples < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }
}
