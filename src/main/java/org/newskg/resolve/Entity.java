package org.newskg.resolve;

import java.util.List;
import java.util.Objects;

/**
 * An actor or place. {@code key} is stable and type-scoped: an ISO 3166 alpha-2 code for a country, the
 * gazetteer key (or a rule-made key) for an organization or place, and a slug of the fullest name for a person.
 * {@code country} is an ISO code the entity belongs to ("" when unknown).
 */
public record Entity(Type type, String key, String label, List<String> altLabels, String country) {
    public enum Type { PERSON, ORGANIZATION, COUNTRY, PLACE }

    public Entity {
        Objects.requireNonNull(type);
        Objects.requireNonNull(key);
        Objects.requireNonNull(label);
        altLabels = List.copyOf(altLabels);
        country = country == null ? "" : country;
        if (key.isBlank()) throw new IllegalArgumentException("entity without key: " + label);
    }

    public boolean isActor() { return type != Type.PLACE; }
}
