package org.newskg.query;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.newskg.rdf.ExternalTerms.SDO;
import org.newskg.rdf.NKG;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns what a user typed after {@code --article} (an article id, the source file name, or the article URL) into the
 * article's graph IRI. The value is only ever a parameter: an IRI built from a validated slug, or a literal bound by
 * substitution into a fixed lookup query.
 */
public final class ArticleSelector {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final String EXISTS = "ASK { GRAPH ?g { ?s ?p ?o } }";

    private static final String LOOKUP = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g <" + NKG.sourceName.getURI() + "> ?s "
            + "OPTIONAL { ?g <" + SDO.url.getURI() + "> ?u } } "
            + "FILTER(STR(?s) = ?v || STRENDS(STR(?s), CONCAT(\"/\", ?v)) || STR(?u) = ?v) } ORDER BY ?g";

    private ArticleSelector() {}

    /**
     * The graph of the one article matching {@code value}; {@code exec} makes a query builder against the target.
     *
     * @throws QueryException when no article or more than one matches
     */
    public static Node resolve(String value, Supplier<QueryExecBuilder> exec) {
        if (SLUG.matcher(value).matches()) {
            Node g = NKG.articleIri(value);
            if (exec.get().query(EXISTS).substitution("g", g).ask()) return g;
        }
        List<Node> found = new ArrayList<>();
        RowSet rows = exec.get().query(LOOKUP).substitution("v", NodeFactory.createLiteralString(value)).select();
        while (rows.hasNext()) {
            Binding b = rows.next();
            found.add(b.get("g"));
        }
        if (found.isEmpty()) {
            throw new QueryException("--article", "no article with id, source file or URL '" + value + "'");
        }
        if (found.size() > 1) {
            throw new QueryException("--article", "'" + value + "' matches " + found.size() + " articles; give an id: "
                    + found.stream().map(n -> n.getURI().substring(NKG.ARTICLE.length())).toList());
        }
        return found.get(0);
    }
}
