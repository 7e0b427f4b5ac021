package org.newskg.relate;

import org.newskg.resolve.Entity;

import java.util.Objects;

/** A person serves or belongs to a country (stated, or implied by a post). */
public record Serves(Entity person, Entity country, Evidence evidence) implements Fact {
    public Serves {
        Objects.requireNonNull(person);
        Objects.requireNonNull(country);
        Objects.requireNonNull(evidence);
        if (country.type() != Entity.Type.COUNTRY) throw new IllegalArgumentException("not a country: " + country);
    }
}
