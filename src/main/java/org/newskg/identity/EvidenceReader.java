package org.newskg.identity;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.newskg.identity.ActorEvidence.Kind;
import org.newskg.rdf.NKG;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads the {@link ActorEvidence} of every person, organization and country in the article graphs, and the names of
 * every place, with a few fixed queries that each make one pass over the article graphs.
 */
final class EvidenceReader {
    private static final String PREFIXES = """
            PREFIX nkg:    <https://w3id.org/newskg/ontology#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX org:    <http://www.w3.org/ns/org#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <https://schema.org/>
            """;

    private static final String NAMES = PREFIXES + """
            SELECT ?g ?x ?t ?name ?pref ?iso WHERE {
              GRAPH ?g {
                ?g a nkg:Article .
                VALUES ?t { nkg:Person nkg:Organization nkg:Country }
                ?x a ?t .
                OPTIONAL { { ?x skos:prefLabel ?name BIND(true AS ?pref) } UNION { ?x skos:altLabel ?name } }
                OPTIONAL { ?x nkg:iso2 ?iso }
              }
            }""";

    /** Countries an article refers to: anything but the country of a place or of an organization. */
    private static final String REFERRED = PREFIXES + """
            SELECT DISTINCT ?x WHERE {
              GRAPH ?g {
                ?g a nkg:Article .
                ?x a nkg:Country .
                FILTER EXISTS {
                  ?y ?p ?x .
                  FILTER(?p != schema:containedInPlace)
                  FILTER(?p != nkg:country || NOT EXISTS { ?y a nkg:Organization })
                }
              }
            }""";

    private static final String COUNTRIES = PREFIXES + """
            SELECT DISTINCT ?x ?c ?stated WHERE {
              GRAPH ?g {
                ?g a nkg:Article .
                { ?x nkg:country ?c . ?x a nkg:Person . BIND(true AS ?stated) }
                UNION { ?x nkg:country ?c . FILTER NOT EXISTS { ?x a nkg:Person } }
                UNION { ?tn nkg:holder ?x ; nkg:post/org:postIn ?c . ?c a nkg:Country }
                UNION { ?tn nkg:holder ?x ; nkg:post/org:postIn/nkg:country ?c }
              }
            }""";

    private static final String POSTS = PREFIXES + """
            SELECT ?x ?post ?label ?title ?owner ?d ?pub WHERE {
              GRAPH ?g {
                ?g a nkg:Article .
                ?tn a nkg:Tenure ; nkg:holder ?x ; nkg:post ?post .
                OPTIONAL { ?post rdfs:label ?label }
                OPTIONAL { ?tn nkg:title ?title }
                OPTIONAL { ?post org:postIn ?owner }
                OPTIONAL { ?tn nkg:date ?d }
                OPTIONAL { ?g schema:datePublished ?pub }
              }
            }""";

    private static final String PLACES = PREFIXES + """
            SELECT DISTINCT ?x ?name WHERE {
              GRAPH ?g {
                ?g a nkg:Article .
                ?x a nkg:Place ; skos:prefLabel ?name .
                FILTER NOT EXISTS { ?x a nkg:Country }
              }
            }""";

    /** What the article graphs say: the evidence of each actor IRI, and each place's fullest name, both by IRI. */
    record Read(List<ActorEvidence> actors, SortedMap<String, String> places) {}

    private EvidenceReader() {}

    private static final class Acc {
        Kind kind;
        String iso2 = "";
        boolean referenced;
        final SortedSet<String> names = new TreeSet<>();
        final SortedSet<String> prefNames = new TreeSet<>();
        final SortedSet<String> articles = new TreeSet<>();
        final SortedSet<String> countries = new TreeSet<>();
        final SortedSet<String> stated = new TreeSet<>();
        final SortedMap<String, SortedSet<String>> posts = new TreeMap<>();
        final SortedMap<String, String> postLabels = new TreeMap<>();
        final SortedMap<String, String> postTitles = new TreeMap<>();
        final SortedMap<String, String> postOwners = new TreeMap<>();
    }

    static Read read(SparqlSource source) {
        Map<String, Acc> by = new TreeMap<>();
        source.select(NAMES, b -> {
            if (b.get("x").isURI()) name(by.computeIfAbsent(b.get("x").getURI(), k -> new Acc()), b);
        });
        Set<String> referred = new HashSet<>();
        source.select(REFERRED, b -> { if (b.get("x").isURI()) referred.add(b.get("x").getURI()); });
        source.select(COUNTRIES, b -> country(b.get("x").isURI() ? by.get(b.get("x").getURI()) : null, b));
        source.select(POSTS, b -> post(b.get("x").isURI() ? by.get(b.get("x").getURI()) : null, b));
        SortedMap<String, String> places = new TreeMap<>();
        source.select(PLACES, b -> {
            if (b.get("x").isURI()) place(places, b.get("x").getURI(), b);
        });
        return new Read(evidence(by, referred), places);
    }

    /**
     * The evidence of just the entity IRIs {@code iris} and the names of just the places {@code placeIris}, the same
     * as {@link #read} gives for them, with each query run once per IRI (the IRI bound, so TDB2 reads only the quads
     * about it). IRIs no article types as a person, organization or country any more are left out. Call inside a
     * read transaction.
     */
    static Read readFor(DatasetGraph dsg, Collection<String> iris, Collection<String> placeIris) {
        Map<String, Acc> by = new TreeMap<>();
        Set<String> referred = new HashSet<>();
        for (String iri : new TreeSet<>(iris)) {
            Node x = NodeFactory.createURI(iri);
            Acc a = new Acc();
            if (!names(dsg, x, a)) continue;
            by.put(iri, a);
            bound(dsg, REFERRED, "x", x, b -> referred.add(iri));
            bound(dsg, COUNTRIES, "x", x, b -> country(a, b));
            bound(dsg, POSTS, "x", x, b -> post(a, b));
        }
        SortedMap<String, String> places = new TreeMap<>();
        for (String iri : new TreeSet<>(placeIris)) bound(dsg, PLACES, "x", NodeFactory.createURI(iri), b -> place(places, iri, b));
        return new Read(evidence(by, referred), places);
    }

    /** Runs {@code query} with {@code var} bound to {@code value} and hands on each row. */
    private static final java.util.regex.Pattern ARTICLE_CHECK = java.util.regex.Pattern.compile("(?m)^\\s*\\?g a nkg:Article \\.\\n");

    /**
     * Runs {@code query} with {@code var} bound to {@code value} and hands on each row. The queries start by
     * checking that {@code ?g} is an article, which with one IRI bound would make the engine walk every article;
     * here that check is taken out of the query and made on each row's graph instead (the rows are the same).
     */
    static void bound(DatasetGraph dsg, String query, String var, Node value, Consumer<Binding> row) {
        String q = ARTICLE_CHECK.matcher(query).replaceFirst("");
        if (!q.contains("SELECT ?g ") && !q.contains("SELECT DISTINCT ?g ")) q = q.replaceFirst("SELECT (DISTINCT )?", "SELECT $1?g ");
        Map<Node, Boolean> articles = new java.util.HashMap<>();
        try (QueryExec qe = QueryExec.dataset(dsg).query(q).substitution(var, value).build()) {
            RowSet rs = qe.select();
            while (rs.hasNext()) {
                Binding b = rs.next();
                Node g = b.get("g");
                if (g != null && articles.computeIfAbsent(g, n -> dsg.contains(n, n, org.apache.jena.vocabulary.RDF.Nodes.type, NKG.Article))) row.accept(b);
            }
        }
    }

    /**
     * What {@link #NAMES} gives for the one IRI {@code x}, read from the quad indexes directly (every graph typing
     * {@code x}, then its names in that graph): false when no article types it as a person, organization or country.
     */
    private static boolean names(DatasetGraph dsg, Node x, Acc a) {
        boolean found = false;
        Map<Node, Boolean> articles = new java.util.HashMap<>();
        for (java.util.Iterator<org.apache.jena.sparql.core.Quad> it = dsg.find(Node.ANY, x, RDF_TYPE, Node.ANY); it.hasNext(); ) {
            org.apache.jena.sparql.core.Quad q = it.next();
            Node t = q.getObject(), g = q.getGraph();
            if (!t.equals(NKG.Person) && !t.equals(NKG.Organization) && !t.equals(NKG.Country)) continue;
            if (!articles.computeIfAbsent(g, n -> dsg.contains(n, n, RDF_TYPE, NKG.Article))) continue;
            found = true;
            Kind k = kind(t);
            if (a.kind == null || k.ordinal() < a.kind.ordinal()) a.kind = k;
            a.articles.add(g.getURI());
            for (java.util.Iterator<org.apache.jena.sparql.core.Quad> n = dsg.find(g, x, PREF_LABEL, Node.ANY); n.hasNext(); ) {
                String name = text(n.next().getObject());
                if (!name.isBlank()) {
                    a.names.add(name.strip());
                    a.prefNames.add(name.strip());
                }
            }
            for (java.util.Iterator<org.apache.jena.sparql.core.Quad> n = dsg.find(g, x, ALT_LABEL, Node.ANY); n.hasNext(); ) {
                String name = text(n.next().getObject());
                if (!name.isBlank()) a.names.add(name.strip());
            }
            for (java.util.Iterator<org.apache.jena.sparql.core.Quad> n = dsg.find(g, x, NKG.iso2, Node.ANY); n.hasNext(); ) {
                String iso = text(n.next().getObject());
                if (!iso.isEmpty()) a.iso2 = iso;
            }
        }
        return found;
    }

    private static final Node RDF_TYPE = org.apache.jena.vocabulary.RDF.Nodes.type;
    private static final Node PREF_LABEL = org.apache.jena.vocabulary.SKOS.prefLabel.asNode();
    private static final Node ALT_LABEL = org.apache.jena.vocabulary.SKOS.altLabel.asNode();

    private static void name(Acc a, Binding b) {
        Kind k = kind(b.get("t"));
        // an IRI typed both ways (never made by the mapper) counts as the first kind in enum order
        if (a.kind == null || k.ordinal() < a.kind.ordinal()) a.kind = k;
        a.articles.add(b.get("g").getURI());
        String name = text(b.get("name"));
        if (!name.isBlank()) a.names.add(name.strip());
        if (!name.isBlank() && b.get("pref") != null) a.prefNames.add(name.strip());
        String iso = text(b.get("iso"));
        if (!iso.isEmpty()) a.iso2 = iso;
    }

    private static void country(Acc a, Binding b) {
        if (a == null || !b.get("c").isURI()) return;
        a.countries.add(b.get("c").getURI());
        if (b.get("stated") != null) a.stated.add(b.get("c").getURI());
    }

    private static void post(Acc a, Binding b) {
        if (a == null || !b.get("post").isURI()) return;
        String post = b.get("post").getURI();
        SortedSet<String> dates = a.posts.computeIfAbsent(post, k -> new TreeSet<>());
        Node d = b.get("d") != null ? b.get("d") : b.get("pub");
        if (d != null && d.isLiteral()) dates.add(d.getLiteralLexicalForm());
        String label = text(b.get("label"));
        if (!label.isEmpty()) a.postLabels.merge(post, label, (x, y) -> x.compareTo(y) <= 0 ? x : y);
        String title = text(b.get("title")).strip();
        if (!title.isEmpty()) a.postTitles.merge(post, title, (x, y) -> Names.fullest(List.of(x, y)));
        Node owner = b.get("owner");
        if (owner != null && owner.isURI()) a.postOwners.put(post, owner.getURI());
    }

    private static void place(SortedMap<String, String> places, String iri, Binding b) {
        String name = text(b.get("name")).strip();
        if (!name.isEmpty()) places.merge(iri, name, (x, y) -> Names.fullest(List.of(x, y)));
    }

    private static List<ActorEvidence> evidence(Map<String, Acc> by, Set<String> referred) {
        List<ActorEvidence> out = new ArrayList<>();
        by.forEach((iri, a) -> out.add(new ActorEvidence(iri, a.kind, a.names, a.articles, a.countries, a.posts, a.postLabels,
                new ActorEvidence.Index(a.prefNames, a.stated, a.postTitles, a.postOwners, a.kind != Kind.COUNTRY || referred.contains(iri), a.iso2))));
        return out;
    }

    private static String text(Node n) {
        return n != null && n.isLiteral() ? n.getLiteralLexicalForm() : "";
    }

    private static Kind kind(Node t) {
        if (t.equals(NKG.Person)) return Kind.PERSON;
        if (t.equals(NKG.Organization)) return Kind.ORGANIZATION;
        return Kind.COUNTRY;
    }
}
