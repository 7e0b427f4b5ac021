package org.newskg.explore;

import java.util.Objects;

/**
 * One fact connecting two actors: an interaction (directed, {@code relation} is its prefLabel), co-participation in
 * an event, a post held in an organization or country, a person's country, or a statement about an actor.
 *
 * @param fact the IRI of the fact (interaction, event, tenure, statement), or source+country for {@link Kind#COUNTRY}
 */
public record Link(String fact, String source, String target, Kind kind, String relation, Evidence evidence) {
    /** What kind of fact connects the two actors. */
    public enum Kind { INTERACTION, EVENT, POST, COUNTRY, STATEMENT }

    public Link {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(evidence, "evidence");
        if (source.equals(target)) throw new IllegalArgumentException("a link needs two actors: " + fact);
    }

    /** The actor at the other end from {@code iri}. */
    public String other(String iri) { return source.equals(iri) ? target : source; }

    boolean touches(String iri) { return source.equals(iri) || target.equals(iri); }
}
