package org.newskg.cli;

import org.newskg.rdf.NKG;

/** Entity IRIs as users type them: a full IRI, or its part after the id space ({@code person/mira-castellan}). */
final class EntityIris {
    private EntityIris() {}

    static String expand(String typed) {
        String s = typed.strip();
        if (s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1);
        if (s.startsWith("http://") || s.startsWith("https://")) return s;
        if (!s.matches("(person|org|country)/[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("not an entity IRI (https://w3id.org/newskg/id/person/..., or person/..., org/..., country/...): " + typed);
        }
        return NKG.ID + s;
    }

    static String shorten(String iri) {
        return iri.startsWith(NKG.ID) ? iri.substring(NKG.ID.length()) : iri;
    }
}
