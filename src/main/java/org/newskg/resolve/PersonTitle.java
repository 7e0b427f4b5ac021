package org.newskg.resolve;

import java.util.Objects;

/** A title phrase attached to the person it names, with the rule that attached it. */
public record PersonTitle(Entity person, TitlePhrase title, String rule) {
    public PersonTitle {
        Objects.requireNonNull(person);
        Objects.requireNonNull(title);
        Objects.requireNonNull(rule);
    }
}
