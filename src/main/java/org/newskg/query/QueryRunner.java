package org.newskg.query;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.newskg.store.FusekiLoader;
import org.newskg.store.KgStore;

import java.io.OutputStream;
import java.util.Iterator;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Runs a {@link NamedQuery} against a {@link QueryTarget} and writes the results. */
public final class QueryRunner {
    private final long timeoutSeconds;
    private final long spillRows;

    public QueryRunner(long timeoutSeconds) {
        this(timeoutSeconds, KgStore.SPILL_ROWS);
    }

    /** A runner whose local queries spill to disk past {@code spillRows} rows held by one sort or DISTINCT. */
    public QueryRunner(long timeoutSeconds, long spillRows) {
        if (timeoutSeconds <= 0) throw new IllegalArgumentException("timeout must be positive");
        if (spillRows <= 0) throw new IllegalArgumentException("spill threshold must be positive");
        this.timeoutSeconds = timeoutSeconds;
        this.spillRows = spillRows;
    }

    /**
     * Runs {@code query}; when {@code article} is not null, only over that article's graph (the query's {@code ?g}).
     * Returns the number of result rows (1 or 0 for ASK).
     */
    public long run(NamedQuery query, QueryTarget target, String article, ResultFormat format, OutputStream out) {
        Query q = parse(query);
        if (article != null && !OpVars.mentionedVars(Algebra.compile(q)).contains(Var.alloc("g"))) {
            throw new QueryException(query.name(), "has no ?g graph variable, so --article cannot restrict it");
        }
        try {
            if (target instanceof QueryTarget.Local local) {
                KgStore store = local.store();
                return store.read(dsg -> execute(q, query.name(),
                        () -> QueryExec.dataset(dsg).set(ARQ.spillToDiskThreshold, spillRows), article, format, out));
            } else if (target instanceof QueryTarget.Remote remote) {
                return execute(q, query.name(), () -> QueryExecHTTP.service(remote.endpoint())
                        .httpClient(FusekiLoader.httpClient(remote.credentials())), article, format, out);
            }
            throw new IllegalStateException("unknown target " + target);
        } catch (HttpException e) {
            String where = target instanceof QueryTarget.Remote r ? r.endpoint() : query.name();
            throw new QueryException(where, FusekiLoader.describe(e), e);
        } catch (QueryCancelledException e) {
            throw new QueryException(query.name(), "cancelled after the " + timeoutSeconds + " s timeout", e);
        }
    }

    private long execute(Query q, String name, Supplier<QueryExecBuilder> exec, String article, ResultFormat format, OutputStream out) {
        Node graph = article == null ? null : ArticleSelector.resolve(article, exec);
        QueryExecBuilder b = exec.get().query(q).timeout(timeoutSeconds, TimeUnit.SECONDS);
        if (graph != null) b = b.substitution("g", graph);
        try (QueryExec qe = b.build()) {
            if (q.isAskType()) {
                boolean answer = qe.ask();
                write(answer, format, out);
                return answer ? 1 : 0;
            }
            if (!q.isSelectType()) throw new QueryException(name, "only SELECT and ASK queries are supported");
            RowSet rows = qe.select();
            return write(rows, q, format, out);
        }
    }

    /** Writes the rows and returns how many there were; CSV, TSV and JSON stream, so memory does not grow with them. */
    private static long write(RowSet rows, Query q, ResultFormat format, OutputStream out) {
        long[] n = new long[1];
        if (format == ResultFormat.TABLE) {
            // the table pads its columns to the widest cell, so it needs every row first
            RowSetRewindable rewindable = rows.rewindable();
            n[0] = rewindable.size();
            rewindable.reset();
            ResultSetFormatter.out(out, ResultSet.adapt(rewindable), q.getPrologue());
        } else {
            Iterator<Binding> counted = new Iterator<>() {
                @Override
                public boolean hasNext() { return rows.hasNext(); }

                @Override
                public Binding next() {
                    n[0]++;
                    return rows.next();
                }
            };
            RowSet stream = RowSetStream.create(rows.getResultVars(), counted);
            Lang lang = switch (format) {
                case CSV -> ResultSetLang.RS_CSV;
                case TSV -> ResultSetLang.RS_TSV;
                default -> ResultSetLang.RS_JSON;
            };
            writer(lang).write(out, stream, Context.emptyContext());
        }
        flush(out);
        return n[0];
    }

    private static void write(boolean answer, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> new PrintStream(out, true, StandardCharsets.UTF_8).println(answer ? "yes" : "no");
            case CSV, TSV, JSON -> ResultSetFormatter.output(out, answer,
                    format == ResultFormat.JSON ? ResultSetLang.RS_JSON : format == ResultFormat.CSV ? ResultSetLang.RS_CSV : ResultSetLang.RS_TSV);
        }
        flush(out);
    }

    private static RowSetWriter writer(org.apache.jena.riot.Lang lang) {
        return RowSetWriterRegistry.getFactory(lang).create(lang);
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Query parse(NamedQuery query) {
        try {
            return QueryFactory.create(query.text());
        } catch (QueryParseException e) {
            throw new QueryException(query.name(), "line " + e.getLine() + ", column " + e.getColumn() + ": " + e.getMessage(), e);
        }
    }
}
