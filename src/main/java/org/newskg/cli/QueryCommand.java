package org.newskg.cli;

import org.newskg.query.NamedQueries;
import org.newskg.query.NamedQuery;
import org.newskg.query.QueryRunner;
import org.newskg.query.QueryTarget;
import org.newskg.query.ResultFormat;
import org.newskg.store.FusekiCredentials;
import org.newskg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run a named query (see --list) or a .rq file on the store or on a SPARQL endpoint.")
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    VerbosityOptions verbosity;

    @Parameters(arity = "0..1", paramLabel = "NAME|FILE.rq", description = "Query name or .rq file.")
    String name;

    @Option(names = "--list", description = "List the named queries.")
    boolean list;

    @Option(names = "--endpoint", paramLabel = "URL", description = "SPARQL endpoint, e.g. http://127.0.0.1:3030/newskg/sparql, instead of the store.")
    String endpoint;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Option(names = "--article", paramLabel = "ID", description = "Only this article: its id, source file name or URL.")
    String article;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = 120;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            for (NamedQuery q : NamedQueries.all()) out.printf("%-18s %s%n", q.name(), q.description());
            out.flush();
            return 0;
        }
        if (name == null) throw new ParameterException(spec.commandLine(), "give a query name or FILE.rq, or --list; names: " + NamedQueries.names());
        if (endpoint != null && store.given()) throw new ParameterException(spec.commandLine(), "give --store or --endpoint, not both");
        ResultFormat fmt;
        try {
            fmt = ResultFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "unknown --format '" + format + "'; use table, csv, tsv or json");
        }
        Optional<NamedQuery> query = NamedQueries.find(name);
        if (query.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "unknown query '" + name + "'; named queries: "
                    + String.join(", ", NamedQueries.names()));
        }
        QueryRunner runner = new QueryRunner(timeoutSeconds);
        if (endpoint != null) {
            QueryTarget target = new QueryTarget.Remote(endpoint, FusekiCredentials.fromEnvironment(System.getenv()));
            output(runner, query.get(), target, fmt);
        } else {
            try (KgStore kg = KgStore.openExisting(store.directory())) {
                output(runner, query.get(), new QueryTarget.Local(kg), fmt);
            }
        }
        return 0;
    }

    private void output(QueryRunner runner, NamedQuery q, QueryTarget target, ResultFormat fmt) {
        long[] rows = {0};
        new OutputOptions().write(spec.commandLine().getOut(), o -> rows[0] = runner.run(q, target, article, fmt, o));
        if (verbosity.verbose()) {
            spec.commandLine().getErr().printf("newskg: %d row(s)%n", rows[0]);
            spec.commandLine().getErr().flush();
        }
    }
}
