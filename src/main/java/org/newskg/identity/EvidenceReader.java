package org.newskg.identity;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.newskg.identity.ActorEvidence.Kind;
import org.newskg.rdf.NKG;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Reads the {@link ActorEvidence} of every person, organization and country in the article graphs of a dataset. */
final class EvidenceReader {
    private static final String PREFIXES = """
            PREFIX nkg:    <https://w3id.org/newskg/ontology#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX org:    <http://www.w3.org/ns/org#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <https://schema.org/>
            """;

    private static final String NAMES = PREFIXES + """
            SELECT ?g ?x ?t ?name WHERE {
              GRAPH ?g {
                ?g a nkg:Article .
                VALUES ?t { nkg:Person nkg:Organization nkg:Country }
                ?x a ?t .
                OPTIONAL { ?x skos:prefLabel|skos:altLabel ?name }
              }
            }""";

    private static final String COUNTRIES = PREFIXES + """
            SELECT DISTINCT ?x ?c WHERE {
              GRAPH ?g {
                ?g a nkg:Article .
                { ?x nkg:country ?c }
                UNION { ?tn nkg:holder ?x ; nkg:post/org:postIn ?c . ?c a nkg:Country }
                UNION { ?tn nkg:holder ?x ; nkg:post/org:postIn/nkg:country ?c }
              }
            }""";

    private static final String POSTS = PREFIXES + """
            SELECT ?x ?post ?label ?d ?pub WHERE {
              GRAPH ?g {
                ?g a nkg:Article .
                ?tn a nkg:Tenure ; nkg:holder ?x ; nkg:post ?post .
                OPTIONAL { ?post rdfs:label ?label }
                OPTIONAL { ?tn nkg:date ?d }
                OPTIONAL { ?g schema:datePublished ?pub }
              }
            }""";

    private EvidenceReader() {}

    private static final class Acc {
        Kind kind;
        final SortedSet<String> names = new TreeSet<>();
        final SortedSet<String> articles = new TreeSet<>();
        final SortedSet<String> countries = new TreeSet<>();
        final SortedMap<String, SortedSet<String>> posts = new TreeMap<>();
        final SortedMap<String, String> postLabels = new TreeMap<>();
    }

    /** Every entity's evidence, sorted by IRI. Call inside a read transaction. */
    static List<ActorEvidence> read(DatasetGraph dsg) {
        Map<String, Acc> by = new TreeMap<>();
        select(dsg, NAMES, b -> {
            if (!b.get("x").isURI()) return;
            Acc a = by.computeIfAbsent(b.get("x").getURI(), k -> new Acc());
            Kind k = kind(b.get("t"));
            // an IRI typed both ways (never made by the mapper) counts as the first kind in enum order
            if (a.kind == null || k.ordinal() < a.kind.ordinal()) a.kind = k;
            a.articles.add(b.get("g").getURI());
            Node name = b.get("name");
            if (name != null && name.isLiteral() && !name.getLiteralLexicalForm().isBlank()) a.names.add(name.getLiteralLexicalForm().strip());
        });
        select(dsg, COUNTRIES, b -> {
            Acc a = b.get("x").isURI() ? by.get(b.get("x").getURI()) : null;
            if (a != null && b.get("c").isURI()) a.countries.add(b.get("c").getURI());
        });
        select(dsg, POSTS, b -> {
            Acc a = b.get("x").isURI() ? by.get(b.get("x").getURI()) : null;
            if (a == null || !b.get("post").isURI()) return;
            String post = b.get("post").getURI();
            SortedSet<String> dates = a.posts.computeIfAbsent(post, k -> new TreeSet<>());
            Node d = b.get("d") != null ? b.get("d") : b.get("pub");
            if (d != null && d.isLiteral()) dates.add(d.getLiteralLexicalForm());
            Node label = b.get("label");
            if (label != null && label.isLiteral()) a.postLabels.merge(post, label.getLiteralLexicalForm(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
        });
        List<ActorEvidence> out = new ArrayList<>();
        by.forEach((iri, a) -> out.add(new ActorEvidence(iri, a.kind, a.names, a.articles, a.countries, a.posts, a.postLabels)));
        return out;
    }

    private static Kind kind(Node t) {
        if (t.equals(NKG.Person)) return Kind.PERSON;
        if (t.equals(NKG.Organization)) return Kind.ORGANIZATION;
        return Kind.COUNTRY;
    }

    private static void select(DatasetGraph dsg, String query, Consumer<Binding> row) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            RowSet rs = qe.select();
            while (rs.hasNext()) row.accept(rs.next());
        }
    }
}
