package org.newskg.explore;

import java.util.List;
import java.util.Objects;

/** A person, country or organization of the graph: its IRI, display label and other names. */
public record Actor(String iri, String label, ActorType type, List<String> otherNames) implements Comparable<Actor> {
    public Actor {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        otherNames = List.copyOf(otherNames);
    }

    /** Sorted by label, then IRI, so listings are stable. */
    @Override
    public int compareTo(Actor o) {
        int c = label.compareTo(o.label);
        return c != 0 ? c : iri.compareTo(o.iri);
    }
}
