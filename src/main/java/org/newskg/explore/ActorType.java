package org.newskg.explore;

import org.apache.jena.graph.Node;
import org.newskg.rdf.NKG;

import java.util.Locale;

/** The kinds of actor that can be explored, with the ontology class each is typed with. */
public enum ActorType {
    PERSON(NKG.Person), COUNTRY(NKG.Country), ORGANIZATION(NKG.Organization);

    private final Node rdfClass;

    ActorType(Node rdfClass) { this.rdfClass = rdfClass; }

    public Node rdfClass() { return rdfClass; }

    /** Lower-case name as used on the command line and in exports. */
    public String label() { return name().toLowerCase(Locale.ROOT); }

    static ActorType ofClass(Node cls) {
        for (ActorType t : values()) if (t.rdfClass.equals(cls)) return t;
        throw new IllegalStateException("not an actor class: " + cls);
    }

    /** {@code person}, {@code country} or {@code organization} (any case); anything else is refused. */
    public static ActorType parse(String text) {
        for (ActorType t : values()) if (t.label().equalsIgnoreCase(text)) return t;
        throw new IllegalArgumentException("unknown actor type '" + text + "'; use person, country or organization");
    }
}
