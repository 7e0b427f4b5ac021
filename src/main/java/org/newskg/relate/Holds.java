package org.newskg.relate;

import org.newskg.resolve.Entity;

import java.util.Objects;

/**
 * A person holds a post: the title as written ("Foreign Minister"), its normalized head ("foreign minister"),
 * what the post belongs to (a country or organization, or null), the host country of an envoy (or null),
 * whether the text marks it former, and the date it was seen ("" when unknown).
 */
public record Holds(Entity person, String title, String head, Entity of, Entity hostCountry, boolean former,
                    String date, Evidence evidence) implements Fact {
    public Holds {
        Objects.requireNonNull(person);
        Objects.requireNonNull(title);
        Objects.requireNonNull(head);
        Objects.requireNonNull(evidence);
        date = date == null ? "" : date;
        if (person.type() != Entity.Type.PERSON) throw new IllegalArgumentException("only people hold posts: " + person);
    }
}
