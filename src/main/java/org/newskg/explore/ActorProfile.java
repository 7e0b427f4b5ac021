package org.newskg.explore;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the graph says about one actor: posts held, countries, statements, and interactions grouped by relation;
 * at depth 2 also the interactions of its interaction partners ({@code neighbourEdges}).
 */
public record ActorProfile(Actor actor, List<PostHeld> posts, List<String> countries, List<StatementMade> statements,
                           Map<String, List<Link>> interactions, List<Link> neighbourEdges) {
    public ActorProfile {
        posts = List.copyOf(posts);
        countries = List.copyOf(countries);
        statements = List.copyOf(statements);
        TreeMap<String, List<Link>> byRelation = new TreeMap<>();
        interactions.forEach((k, v) -> byRelation.put(k, List.copyOf(v)));
        interactions = java.util.Collections.unmodifiableMap(byRelation);
        neighbourEdges = List.copyOf(neighbourEdges);
    }

    /** A post: the title as written, the post's label and where it is ("Turkey"), with evidence. */
    public record PostHeld(String title, String post, String in, Evidence evidence) {}

    /** A statement: its kind ("support"), its text, the actors it is about, with evidence. */
    public record StatementMade(String kind, String text, List<String> about, Evidence evidence) {
        public StatementMade {
            about = List.copyOf(about);
        }
    }
}
