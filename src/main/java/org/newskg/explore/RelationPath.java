package org.newskg.explore;

import java.util.List;

/** A shortest chain of links from one actor to another; each hop says which way it was walked. */
public record RelationPath(List<Hop> hops) {
    public RelationPath {
        hops = List.copyOf(hops);
        if (hops.isEmpty()) throw new IllegalArgumentException("a path has at least one hop");
    }

    /** Walked from {@code from} to {@code to} over {@code link} (whose own direction may be the other way). */
    public record Hop(Actor from, Actor to, Link link) {
        public boolean forward() { return link.source().equals(from.iri()); }
    }
}
