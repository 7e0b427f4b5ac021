package org.newskg.explore;

import java.util.Locale;

/** Export formats: GraphML (Gephi, yEd), DOT (Graphviz), JSON (Cytoscape.js / Cytoscape elements). */
public enum GraphFormat {
    GRAPHML, DOT, JSON;

    public static GraphFormat parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown --format '" + text + "'; use graphml, dot or json");
        }
    }
}
