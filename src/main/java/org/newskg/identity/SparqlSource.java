package org.newskg.identity;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

import java.util.function.Consumer;

/**
 * Where the identity stage reads the article graphs from: a local dataset (inside a read transaction) or a SPARQL
 * endpoint, so a store loaded over HTTP gets the same identity graph as a local one.
 */
@FunctionalInterface
public interface SparqlSource {
    /** A query execution of {@code query}, which the caller closes. */
    QueryExec exec(String query);

    static SparqlSource over(DatasetGraph dsg) {
        return q -> QueryExec.dataset(dsg).query(q).build();
    }

    /** Runs the SELECT {@code query} and hands on each row. */
    default void select(String query, Consumer<Binding> row) {
        try (QueryExec qe = exec(query)) {
            RowSet rs = qe.select();
            while (rs.hasNext()) row.accept(rs.next());
        }
    }
}
