package org.newskg.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** All actors (by IRI) and the links between them, in a stable order. */
public record ActorGraph(Map<String, Actor> actors, List<Link> links) {
    static final Comparator<Link> ORDER = Comparator.comparing(Link::source).thenComparing(Link::target)
            .thenComparing(Link::kind).thenComparing(Link::relation).thenComparing(Link::fact).thenComparing(Link::evidence);

    public ActorGraph {
        actors = java.util.Collections.unmodifiableMap(new TreeMap<>(actors));
        List<Link> kept = new ArrayList<>();
        for (Link l : links) {
            Objects.requireNonNull(l, "link");
            if (actors.containsKey(l.source()) && actors.containsKey(l.target())) kept.add(l);
        }
        kept.sort(ORDER);
        links = List.copyOf(kept);
    }

    public Actor actor(String iri) {
        Actor a = actors.get(iri);
        if (a == null) throw new IllegalArgumentException("no actor " + iri);
        return a;
    }

    /** Links of each actor, either direction. */
    Map<String, List<Link>> adjacency() {
        Map<String, List<Link>> adj = new TreeMap<>();
        for (Link l : links) {
            adj.computeIfAbsent(l.source(), k -> new ArrayList<>()).add(l);
            adj.computeIfAbsent(l.target(), k -> new ArrayList<>()).add(l);
        }
        return adj;
    }

    /** Links aggregated into edges: one per source, target, kind and relation, with its facts and evidence. */
    public List<Edge> edges() {
        Map<String, List<Link>> groups = new TreeMap<>();
        for (Link l : links) {
            groups.computeIfAbsent(l.source() + "\u0000" + l.target() + "\u0000" + l.kind() + "\u0000" + l.relation(),
                    k -> new ArrayList<>()).add(l);
        }
        List<Edge> out = new ArrayList<>();
        for (List<Link> g : groups.values()) {
            Link first = g.get(0);
            out.add(new Edge(first.source(), first.target(), first.kind(), first.relation(),
                    (int) g.stream().map(Link::fact).distinct().count(),
                    g.stream().map(Link::evidence).filter(e -> !e.sentence().isEmpty()).distinct().sorted().toList()));
        }
        return List.copyOf(out);
    }

    /** An aggregated edge: {@code weight} distinct facts, read from {@code evidence} (distinct sentences). */
    public record Edge(String source, String target, Link.Kind kind, String relation, int weight, List<Evidence> evidence) {
        public Edge {
            evidence = List.copyOf(evidence);
        }
    }
}
