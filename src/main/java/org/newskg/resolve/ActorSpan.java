package org.newskg.resolve;

import java.util.Objects;

/**
 * Where a sentence refers to an actor (or a place): tokens {@code [first, end)}, the entity, how it refers,
 * and the title phrase that goes with a person, if any.
 */
public record ActorSpan(int sentence, int first, int end, Entity entity, How how, TitlePhrase title) {
    /** How a span refers to its entity. */
    public enum How { NAME, PRONOUN, TITLE_ONLY, COUNTRY, DEMONYM, CAPITAL, ORGANIZATION, PLACE }

    public ActorSpan {
        Objects.requireNonNull(entity);
        Objects.requireNonNull(how);
        if (end <= first) throw new IllegalArgumentException("empty actor span");
    }

    public boolean isPerson() { return entity.type() == Entity.Type.PERSON; }
}
