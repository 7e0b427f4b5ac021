package org.newskg.explore;

import org.apache.jena.sparql.engine.binding.Binding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.newskg.explore.StoreSparql.EVIDENCE;
import static org.newskg.explore.StoreSparql.evidence;
import static org.newskg.explore.StoreSparql.text;

/** Reads the whole {@link ActorGraph} from the store with a few fixed SPARQL queries (no user input in them). */
final class ActorGraphReader {
    private static final String ACTORS = """
            SELECT DISTINCT ?a ?type ?label WHERE {
              VALUES ?type { nkg:Person nkg:Country nkg:Organization }
              GRAPH ?g { ?a a ?type . { ?a skos:prefLabel ?label } UNION { ?a skos:altLabel ?label } }
            }
            """;
    private static final String PREF_LABELS = """
            SELECT DISTINCT ?a ?label WHERE { GRAPH ?g { ?a skos:prefLabel ?label } }
            """;
    private static final String INTERACTIONS = """
            SELECT ?x ?s ?o ?relation ?g ?sentence ?begin ?sourceName ?headline WHERE {
              GRAPH ?g {
                ?g a nkg:Article .
                ?x a nkg:Interaction ; nkg:source ?s ; nkg:target ?o ; nkg:relation ?r .
                OPTIONAL { ?r skos:prefLabel ?rl }
            """ + EVIDENCE + """
              }
              BIND(COALESCE(?rl, "related") AS ?relation)
            }
            """;
    private static final String EVENTS = """
            SELECT ?x ?s ?o ?what ?g ?sentence ?begin ?sourceName ?headline WHERE {
              GRAPH ?g {
                ?g a nkg:Article .
                ?x a nkg:Event ; sem:hasActor ?s , ?o .
                FILTER(STR(?s) < STR(?o))
                OPTIONAL { ?x rdfs:label ?trigger }
                OPTIONAL { ?x nkg:eventType/skos:prefLabel ?type }
            """ + EVIDENCE + """
              }
              BIND(COALESCE(?type, ?trigger, "event") AS ?what)
            }
            """;
    private static final String POSTS = """
            SELECT ?x ?s ?o ?title ?g ?sentence ?begin ?sourceName ?headline WHERE {
              GRAPH ?g {
                ?g a nkg:Article .
                ?x a nkg:Tenure ; nkg:holder ?s ; nkg:post ?p .
                ?p org:postIn ?o .
                OPTIONAL { ?x nkg:title ?t }
                OPTIONAL { ?p rdfs:label ?pl }
            """ + EVIDENCE + """
              }
              BIND(COALESCE(?t, ?pl, "post") AS ?title)
            }
            """;
    private static final String COUNTRIES = """
            SELECT DISTINCT ?s ?o ?g ?sourceName ?headline WHERE {
              GRAPH ?g { ?g a nkg:Article . ?s nkg:country ?o . OPTIONAL { ?g nkg:sourceName ?sourceName } OPTIONAL { ?g schema:headline ?headline } }
            }
            """;
    private static final String STATEMENTS = """
            SELECT ?x ?s ?o ?kind ?g ?sentence ?begin ?sourceName ?headline WHERE {
              GRAPH ?g {
                ?g a nkg:Article .
                ?x a nkg:Statement ; prov:wasAttributedTo ?s ; nkg:about ?o .
                OPTIONAL { ?x nkg:statementKind/skos:prefLabel ?k }
            """ + EVIDENCE + """
              }
              BIND(COALESCE(?k, "statement") AS ?kind)
            }
            """;

    private final StoreSparql sparql;

    ActorGraphReader(StoreSparql sparql) { this.sparql = sparql; }

    /** Every person, country and organization, labelled with its longest prefLabel; its other names (altLabels: a person's name forms, an organization's full name beside its acronym) sorted. */
    Map<String, Actor> actors() {
        Map<String, ActorType> types = new TreeMap<>();
        Map<String, TreeSet<String>> names = new TreeMap<>();
        for (Binding b : sparql.select(ACTORS)) {
            String a = text(b, "a");
            types.putIfAbsent(a, ActorType.ofClass(b.get("type")));
            names.computeIfAbsent(a, k -> new TreeSet<>()).add(text(b, "label"));
        }
        Map<String, String> pref = new TreeMap<>();
        for (Binding b : sparql.select(PREF_LABELS)) {
            String a = text(b, "a");
            if (!types.containsKey(a)) continue;
            pref.merge(a, text(b, "label"), ActorGraphReader::longer);
        }
        Map<String, Actor> out = new TreeMap<>();
        for (Map.Entry<String, ActorType> e : types.entrySet()) {
            String a = e.getKey();
            TreeSet<String> all = names.get(a);
            String label = pref.getOrDefault(a, all.first());
            for (String n : all) if (e.getValue() == ActorType.PERSON) label = longer(label, n);
            List<String> others = new ArrayList<>(all);
            others.remove(label);
            out.put(a, new Actor(a, label, e.getValue(), others));
        }
        return out;
    }

    private static String longer(String a, String b) {
        return b.length() > a.length() || (b.length() == a.length() && b.compareTo(a) < 0) ? b : a;
    }

    ActorGraph graph() {
        Map<String, Actor> actors = actors();
        List<Link> links = new ArrayList<>();
        read(INTERACTIONS, "relation", Link.Kind.INTERACTION, links);
        read(EVENTS, "what", Link.Kind.EVENT, links);
        read(POSTS, "title", Link.Kind.POST, links);
        read(STATEMENTS, "kind", Link.Kind.STATEMENT, links);
        for (Binding b : sparql.select(COUNTRIES)) {
            String s = text(b, "s"), o = text(b, "o");
            if (s.equals(o)) continue;
            links.add(new Link(s + " " + o, s, o, Link.Kind.COUNTRY, "country",
                    new Evidence("", -1, text(b, "g"), text(b, "sourceName"), text(b, "headline"))));
        }
        return new ActorGraph(actors, links);
    }

    private void read(String query, String relationVar, Link.Kind kind, List<Link> into) {
        for (Binding b : sparql.select(query)) {
            String s = text(b, "s"), o = text(b, "o");
            if (s.equals(o)) continue;
            into.add(new Link(text(b, "x"), s, o, kind, text(b, relationVar), evidence(b)));
        }
    }
}
