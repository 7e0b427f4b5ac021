package org.newskg.relate;

import org.newskg.resolve.Entity;

import java.util.List;
import java.util.Objects;

/**
 * An attributed statement: who (a person, organization or country), its kind ("concern", "support",
 * "condemn/accuse", "call/appeal", "condolence", "congratulation", "claim/inform", "other"), the medium
 * ("" when unknown), the date ("" when unknown), the quoted or reported text, the reporting verb, and the actors
 * it is about.
 */
public record Said(Entity speaker, String kind, String medium, String date, String text, String verb,
                   List<Entity> about, Evidence evidence) implements Fact {
    public Said {
        Objects.requireNonNull(speaker);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(evidence);
        medium = medium == null ? "" : medium;
        date = date == null ? "" : date;
        text = text == null ? "" : text;
        verb = verb == null ? "" : verb;
        about = List.copyOf(about);
    }
}
