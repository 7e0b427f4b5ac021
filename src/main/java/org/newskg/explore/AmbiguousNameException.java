package org.newskg.explore;

import java.util.List;
import java.util.stream.Collectors;

/** A name that fits more than one actor; the message lists them so the user can pick one. A caller mistake. */
public final class AmbiguousNameException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<Actor> candidates;

    AmbiguousNameException(String name, List<Actor> candidates) {
        super("'" + name + "' is ambiguous; it fits " + candidates.size() + " actors:\n" + candidates.stream()
                .map(a -> "  " + a.label() + " (" + a.type().label() + ", " + a.iri() + ")")
                .collect(Collectors.joining("\n")) + "\ngive more of the name, or the IRI");
        this.candidates = List.copyOf(candidates);
    }

    public List<Actor> candidates() { return candidates; }
}
