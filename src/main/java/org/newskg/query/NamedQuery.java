package org.newskg.query;

import java.util.Objects;

/**
 * A SPARQL query with a name.
 *
 * @param name        query name ({@code people}) or the file it came from
 * @param description first {@code #} comment line of the file, or ""
 * @param text        the SPARQL text
 */
public record NamedQuery(String name, String description, String text) {
    public NamedQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(text, "text");
    }

    /** A query from its text: the description is its first comment line. */
    public static NamedQuery of(String name, String text) {
        String description = "";
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (s.isEmpty()) continue;
            if (s.startsWith("#")) description = s.replaceFirst("^#+\\s*", "");
            break;
        }
        return new NamedQuery(name, description, text);
    }
}
