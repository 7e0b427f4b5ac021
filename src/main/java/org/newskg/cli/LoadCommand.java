package org.newskg.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.newskg.identity.IdentityStage;
import org.newskg.store.FusekiCredentials;
import org.newskg.store.FusekiLoader;
import org.newskg.store.KgStore;
import org.newskg.store.RdfFiles;
import org.newskg.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "load", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Load RDF files (TriG, N-Quads) into the TDB2 store or into a running Fuseki, replacing each named graph.",
                "Fuseki credentials come only from the environment: NEWSKG_FUSEKI_USER and NEWSKG_FUSEKI_PASSWORD,",
                "or NEWSKG_FUSEKI_CREDENTIALS naming a file holding user:password."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    VerbosityOptions verbosity;

    @Option(names = "--fuseki", paramLabel = "URL", description = "Fuseki dataset URL, e.g. http://127.0.0.1:3030/newskg (Graph Store Protocol PUT per graph).")
    String fuseki;

    @Parameters(arity = "1..*", paramLabel = "RDF_FILE", description = "TriG or N-Quads files.")
    List<Path> files;

    private static IdentityStage.Summary recomputeRemote(FusekiLoader loader) {
        try {
            return IdentityStage.standard().recompute(loader::query, loader::put);
        } catch (HttpException e) {
            throw new StoreException(loader.datasetUrl(), "recomputing the identity graph failed: " + FusekiLoader.describe(e), e);
        } catch (QueryExceptionHTTP e) {
            throw new StoreException(loader.datasetUrl(), "recomputing the identity graph failed: HTTP " + e.getStatusCode() + " " + e.getMessage(), e);
        }
    }

    @Override
    public Integer call() {
        if (fuseki != null && store.given()) throw new ParameterException(spec.commandLine(), "give --store or --fuseki, not both");
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        boolean stopped = false;
        long graphs = 0;
        int loaded = 0;
        long triples = 0;
        String target;
        KgStore kg = null;
        FusekiLoader loader = null;
        if (fuseki != null) {
            loader = new FusekiLoader(fuseki, FusekiCredentials.fromEnvironment(System.getenv()));
            target = fuseki;
        } else {
            kg = KgStore.open(store.directory());
            target = store.directory().toString();
        }
        try {
            for (Path f : files) {
                try {
                    Map<Node, List<Quad>> g = RdfFiles.read(f);
                    if (loader != null) loader.put(g);
                    else kg.replaceGraphs(g);
                    loaded++;
                    graphs += g.size();
                    for (List<Quad> q : g.values()) triples += q.size();
                    if (!verbosity.quiet()) {
                        err.printf("newskg: %s: %d graph(s) loaded%n", f, g.size());
                        err.flush();
                    }
                } catch (StoreException e) {
                    failures++;
                    err.println(e.describe());
                    err.flush();
                    if (loader != null && e.location().equals(fuseki)) {
                        stopped = true;
                        break;
                    }
                }
            }
            // identity is recomputed over the whole store, local or remote, so the contract queries see every article
            if (kg != null) IdentityCommands.summary(out, IdentityStage.standard().recompute(kg));
            else if (!stopped) {
                try {
                    IdentityCommands.summary(out, recomputeRemote(loader));
                } catch (StoreException e) {
                    failures++;
                    err.println(e.describe());
                    err.flush();
                }
            }
        } finally {
            if (kg != null) kg.close();
        }
        out.printf("Loaded %d graph(s), %d triples from %d file(s) into %s; failures %d%n",
                graphs, triples, loaded, target, failures);
        out.flush();
        return failures > 0 ? 1 : 0;
    }
}
