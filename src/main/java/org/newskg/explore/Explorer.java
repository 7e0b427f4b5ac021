package org.newskg.explore;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newskg.store.KgStore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.newskg.explore.StoreSparql.EVIDENCE;
import static org.newskg.explore.StoreSparql.evidence;
import static org.newskg.explore.StoreSparql.text;

/** The explore stage's facade: actors, profiles, paths and the actor graph of one store, read through SPARQL. */
public final class Explorer {
    /** Most paths {@link #paths} returns. */
    public static final int MAX_PATHS = 10;
    /** Longest path {@link #paths} looks for, in hops. */
    public static final int MAX_HOPS = 6;

    private static final String POSTS = """
            SELECT ?x ?title ?post ?in ?g ?sentence ?begin ?sourceName ?headline WHERE {
              GRAPH ?g {
                ?g a nkg:Article .
                ?x a nkg:Tenure ; nkg:holder ?actor ; nkg:post ?p .
                OPTIONAL { ?x nkg:title ?title }
                OPTIONAL { ?p rdfs:label ?post }
                OPTIONAL { ?p org:postIn/skos:prefLabel ?in }
            """ + EVIDENCE + """
              }
            } ORDER BY ?post ?g ?begin
            """;
    private static final String COUNTRIES = """
            SELECT DISTINCT ?country WHERE { GRAPH ?g { ?actor nkg:country ?c . ?c skos:prefLabel ?country } } ORDER BY ?country
            """;
    private static final String STATEMENTS = """
            SELECT ?x ?kind ?text ?aboutLabel ?g ?sentence ?begin ?sourceName ?headline WHERE {
              GRAPH ?g {
                ?g a nkg:Article .
                ?x a nkg:Statement ; prov:wasAttributedTo ?actor .
                OPTIONAL { ?x nkg:statementKind/skos:prefLabel ?kind }
                OPTIONAL { ?x nkg:quote ?text }
                OPTIONAL { ?x nkg:about/skos:prefLabel ?aboutLabel }
            """ + EVIDENCE + """
              }
            } ORDER BY ?g ?begin ?x ?aboutLabel
            """;
    private static final String INTERACTIONS = """
            SELECT ?x ?s ?o ?relation ?g ?sentence ?begin ?sourceName ?headline WHERE {
              GRAPH ?g {
                ?g a nkg:Article .
                { ?x a nkg:Interaction ; nkg:source ?actor ; nkg:target ?o . BIND(?actor AS ?s) }
                UNION
                { ?x a nkg:Interaction ; nkg:target ?actor ; nkg:source ?s . BIND(?actor AS ?o) }
                ?x nkg:relation ?r .
                OPTIONAL { ?r skos:prefLabel ?rl }
            """ + EVIDENCE + """
              }
              BIND(COALESCE(?rl, "related") AS ?relation)
            } ORDER BY ?relation ?s ?o ?g ?begin
            """;
    private static final String STATEMENT_COUNTS = """
            SELECT ?a (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a nkg:Statement ; prov:wasAttributedTo ?a } } GROUP BY ?a
            """;
    private static final String EVENT_COUNTS = """
            SELECT ?a (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a nkg:Event ; sem:hasActor ?a } } GROUP BY ?a
            """;
    private static final String PARTNERS = """
            SELECT DISTINCT ?a ?b WHERE {
              GRAPH ?g { ?x a nkg:Interaction . { ?x nkg:source ?a ; nkg:target ?b } UNION { ?x nkg:target ?a ; nkg:source ?b } }
              FILTER(?a != ?b)
            }
            """;

    private final StoreSparql sparql;
    private Map<String, Actor> actors;
    private ActorGraph graph;

    public Explorer(KgStore store) { this.sparql = new StoreSparql(store); }

    /** Every person, country and organization, by IRI. */
    public Map<String, Actor> actors() {
        if (actors == null) actors = new ActorGraphReader(sparql).actors();
        return actors;
    }

    /** The actor {@code name} means (see {@link NameLookup}). */
    public Actor find(String name) { return new NameLookup(sparql, actors()).find(name); }

    /** The whole actor graph. */
    public ActorGraph graph() {
        if (graph == null) {
            graph = new ActorGraphReader(sparql).graph();
            actors = graph.actors();
        }
        return graph;
    }

    /** Actors (of {@code type}, or all when null) by connections, most first; then by label. At most {@code top}. */
    public List<ActorRank> rank(ActorType type, int top) {
        if (top <= 0) throw new IllegalArgumentException("--top must be positive");
        Map<String, Integer> statements = counts(STATEMENT_COUNTS);
        Map<String, Integer> events = counts(EVENT_COUNTS);
        Map<String, Set<String>> partners = new HashMap<>();
        for (Binding b : sparql.select(PARTNERS)) {
            partners.computeIfAbsent(text(b, "a"), k -> new TreeSet<>()).add(text(b, "b"));
        }
        List<ActorRank> out = new ArrayList<>();
        for (Actor a : actors().values()) {
            if (type != null && a.type() != type) continue;
            out.add(new ActorRank(a, partners.getOrDefault(a.iri(), Set.of()).size(),
                    statements.getOrDefault(a.iri(), 0), events.getOrDefault(a.iri(), 0)));
        }
        out.sort(Comparator.comparingInt(ActorRank::connections).reversed().thenComparing(ActorRank::actor));
        return List.copyOf(out.subList(0, Math.min(top, out.size())));
    }

    private Map<String, Integer> counts(String query) {
        Map<String, Integer> out = new HashMap<>();
        for (Binding b : sparql.select(query)) out.put(text(b, "a"), (int) StoreSparql.number(b, "n"));
        return out;
    }

    /** The actor's profile; {@code depth} 2 adds its interaction partners' own interactions. */
    public ActorProfile profile(Actor actor, int depth) {
        if (depth != 1 && depth != 2) throw new IllegalArgumentException("--depth must be 1 or 2");
        Map<String, Node> bind = Map.of("actor", NodeFactory.createURI(actor.iri()));
        List<ActorProfile.PostHeld> posts = new ArrayList<>();
        for (Binding b : sparql.select(POSTS, bind)) {
            posts.add(new ActorProfile.PostHeld(text(b, "title"), text(b, "post"), text(b, "in"), evidence(b)));
        }
        List<String> countries = new ArrayList<>();
        for (Binding b : sparql.select(COUNTRIES, bind)) countries.add(text(b, "country"));
        Map<String, List<Binding>> byStatement = new LinkedHashMap<>();
        for (Binding b : sparql.select(STATEMENTS, bind)) byStatement.computeIfAbsent(text(b, "x"), k -> new ArrayList<>()).add(b);
        List<ActorProfile.StatementMade> statements = new ArrayList<>();
        for (List<Binding> rows : byStatement.values()) {
            Binding b = rows.get(0);
            List<String> about = rows.stream().map(r -> text(r, "aboutLabel")).filter(s -> !s.isEmpty()).distinct().sorted().toList();
            statements.add(new ActorProfile.StatementMade(text(b, "kind"), text(b, "text"), about, evidence(b)));
        }
        List<Link> own = interactions(actor.iri());
        Map<String, List<Link>> byRelation = new TreeMap<>();
        for (Link l : own) byRelation.computeIfAbsent(l.relation(), k -> new ArrayList<>()).add(l);
        List<Link> neighbourEdges = new ArrayList<>();
        if (depth == 2) {
            Set<String> seen = new TreeSet<>();
            for (Link l : own) seen.add(l.fact());
            for (String n : new TreeSet<>(own.stream().map(l -> l.other(actor.iri())).toList())) {
                for (Link l : interactions(n)) if (seen.add(l.fact())) neighbourEdges.add(l);
            }
            neighbourEdges.sort(ActorGraph.ORDER);
        }
        return new ActorProfile(actor, posts, countries, statements, byRelation, neighbourEdges);
    }

    private List<Link> interactions(String iri) {
        List<Link> out = new ArrayList<>();
        for (Binding b : sparql.select(INTERACTIONS, Map.of("actor", NodeFactory.createURI(iri)))) {
            String s = text(b, "s"), o = text(b, "o");
            if (!s.equals(o)) out.add(new Link(text(b, "x"), s, o, Link.Kind.INTERACTION, text(b, "relation"), evidence(b)));
        }
        return out;
    }

    /**
     * Shortest paths from {@code a} to {@code b} over interactions, shared events, posts, countries and statements
     * about; at most {@link #MAX_PATHS}, none longer than {@link #MAX_HOPS}. Hops between the same two actors are
     * walked over one link: the first of interaction, post, country, statement, event with the most evidence.
     */
    public List<RelationPath> paths(Actor a, Actor b) {
        if (a.iri().equals(b.iri())) throw new IllegalArgumentException("give two different actors");
        ActorGraph g = graph();
        Map<String, List<Link>> adj = g.adjacency();
        Map<String, Integer> dist = new HashMap<>();
        Map<String, List<String>> parents = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        dist.put(a.iri(), 0);
        queue.add(a.iri());
        while (!queue.isEmpty()) {
            String cur = queue.poll();
            int d = dist.get(cur);
            if (d >= MAX_HOPS || (dist.containsKey(b.iri()) && d >= dist.get(b.iri()))) continue;
            for (String next : new TreeSet<>(adj.getOrDefault(cur, List.of()).stream().map(l -> l.other(cur)).toList())) {
                Integer nd = dist.get(next);
                if (nd == null) {
                    dist.put(next, d + 1);
                    parents.computeIfAbsent(next, k -> new ArrayList<>()).add(cur);
                    queue.add(next);
                } else if (nd == d + 1) {
                    parents.computeIfAbsent(next, k -> new ArrayList<>()).add(cur);
                }
            }
        }
        if (!dist.containsKey(b.iri())) return List.of();
        List<List<String>> chains = new ArrayList<>();
        collect(b.iri(), a.iri(), parents, new ArrayDeque<>(), chains);
        List<RelationPath> out = new ArrayList<>();
        for (List<String> chain : chains) {
            List<RelationPath.Hop> hops = new ArrayList<>();
            for (int i = 0; i + 1 < chain.size(); i++) {
                String from = chain.get(i), to = chain.get(i + 1);
                Link best = adj.get(from).stream().filter(l -> l.other(from).equals(to)).min(HOP_PREFERENCE).orElseThrow();
                hops.add(new RelationPath.Hop(g.actor(from), g.actor(to), best));
            }
            out.add(new RelationPath(hops));
        }
        return out;
    }

    private static final Comparator<Link> HOP_PREFERENCE = Comparator
            .comparingInt((Link l) -> List.of(Link.Kind.INTERACTION, Link.Kind.POST, Link.Kind.COUNTRY, Link.Kind.STATEMENT, Link.Kind.EVENT).indexOf(l.kind()))
            .thenComparing(l -> l.evidence().sentence().isEmpty())
            .thenComparing(ActorGraph.ORDER);

    /** Chains from {@code start} to {@code node} (built backwards), sorted, at most {@link #MAX_PATHS}. */
    private static void collect(String node, String start, Map<String, List<String>> parents, Deque<String> suffix, List<List<String>> out) {
        if (out.size() >= MAX_PATHS) return;
        suffix.push(node);
        if (node.equals(start)) {
            out.add(new ArrayList<>(suffix));
        } else {
            for (String p : new TreeSet<>(parents.getOrDefault(node, List.of()))) collect(p, start, parents, suffix, out);
        }
        suffix.pop();
    }
}
