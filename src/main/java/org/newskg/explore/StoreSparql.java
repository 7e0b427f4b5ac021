package org.newskg.explore;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.newskg.store.KgStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SELECT queries over the store. Values come in only as {@code bindings}, which Jena substitutes for the query's
 * variables ({@link QueryExecBuilder#substitution}); query text is never built from user input.
 */
final class StoreSparql {
    static final String PREFIXES = """
            PREFIX nkg:    <https://w3id.org/newskg/ontology#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX nif:    <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX org:    <http://www.w3.org/ns/org#>
            PREFIX sem:    <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX schema: <https://schema.org/>
            """;

    /** Binds {@code ?sentence ?begin ?sourceName ?headline} for the fact {@code ?x} in article graph {@code ?g}. */
    static final String EVIDENCE = """
            OPTIONAL { ?x prov:wasDerivedFrom ?e . ?e nif:anchorOf ?sentence . OPTIONAL { ?e nif:beginIndex ?begin } }
            OPTIONAL { ?g nkg:sourceName ?sourceName }
            OPTIONAL { ?g schema:headline ?headline }
            """;

    private final KgStore store;

    StoreSparql(KgStore store) { this.store = store; }

    List<Binding> select(String query, Map<String, Node> bindings) {
        return store.read(dsg -> {
            QueryExecBuilder b = QueryExec.dataset(dsg).query(PREFIXES + query);
            for (Map.Entry<String, Node> e : bindings.entrySet()) b = b.substitution(e.getKey(), e.getValue());
            List<Binding> rows = new ArrayList<>();
            try (QueryExec qe = b.build()) {
                RowSet rs = qe.select();
                while (rs.hasNext()) rows.add(Binding.builder().addAll(rs.next()).build()); // copied: TDB2 rows read lazily, only in the transaction
            }
            return rows;
        });
    }

    List<Binding> select(String query) { return select(query, Map.of()); }

    static String text(Binding b, String var) {
        Node n = b.get(var);
        if (n == null) return "";
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }

    static long number(Binding b, String var) {
        Node n = b.get(var);
        if (n == null || !n.isLiteral()) return -1;
        try {
            return Long.parseLong(n.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static Evidence evidence(Binding b) {
        return new Evidence(text(b, "sentence"), number(b, "begin"), text(b, "g"), text(b, "sourceName"), text(b, "headline"));
    }
}
