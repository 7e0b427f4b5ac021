package org.newskg.relate;

import org.newskg.resolve.Entity;

import java.util.List;
import java.util.Objects;

/**
 * An event: its type ("armed-clash", "visit", ...), PLOVER code ("" where none fits), a label (the trigger as
 * written), participants, places, date ("" when unknown), and casualty counts (-1 when not stated).
 */
public record Took(String type, String plover, String label, List<Entity> participants, List<Entity> places,
                   String date, int killed, int wounded, Evidence evidence) implements Fact {
    public Took {
        Objects.requireNonNull(type);
        Objects.requireNonNull(evidence);
        plover = plover == null ? "" : plover;
        label = label == null ? "" : label;
        date = date == null ? "" : date;
        participants = List.copyOf(participants);
        places = List.copyOf(places);
    }
}
