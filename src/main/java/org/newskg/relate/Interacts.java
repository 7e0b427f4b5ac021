package org.newskg.relate;

import org.newskg.resolve.Entity;

import java.util.Objects;

/** An actor-to-actor edge: source, relation ("support", "accuse", ...), PLOVER code, target, date. */
public record Interacts(Entity source, String relation, String plover, Entity target, String date,
                        Evidence evidence) implements Fact {
    public Interacts {
        Objects.requireNonNull(source);
        Objects.requireNonNull(relation);
        Objects.requireNonNull(target);
        Objects.requireNonNull(evidence);
        plover = plover == null ? "" : plover;
        date = date == null ? "" : date;
        if (source.equals(target)) throw new IllegalArgumentException("an actor does not interact with itself: " + source);
    }
}
