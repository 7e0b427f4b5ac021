package org.newskg.recognize;

import java.util.Objects;

/**
 * A recognized span in one sentence: tokens {@code [first, end)} and characters {@code [begin, endOffset)}.
 * {@code key} identifies what it refers to: an ISO 3166 alpha-2 code for a country, an organization or place
 * key, a title's normalized head, a date's lexical value (ISO 8601 with the precision known), or the name text.
 */
public record Mention(Kind kind, Form form, int sentence, int first, int end, int begin, int endOffset,
                      String text, String key) {

    public enum Kind { COUNTRY, ORGANIZATION, PLACE, TITLE, DATE, NAME }

    /** How the mention refers: by its name, an alias, an adjective or demonym, a capital city, or a rule. */
    public enum Form { NAME, ALIAS, DEMONYM, CAPITAL, PATTERN }

    public Mention {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(form);
        Objects.requireNonNull(text);
        Objects.requireNonNull(key);
        if (end <= first) throw new IllegalArgumentException("empty mention " + text);
    }

    public boolean covers(int token) { return token >= first && token < end; }
}
