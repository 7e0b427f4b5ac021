package org.newskg.cli;

import org.newskg.store.Server;
import org.newskg.store.ServerGuards;
import org.newskg.store.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Serve the store with Fuseki (web UI at /, SPARQL at /newskg/sparql) until killed.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions store;
    @Mixin
    VerbosityOptions verbosity;

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port = 3030;

    @Option(names = "--host", paramLabel = "HOST", description = "127.0.0.1 / localhost (this machine only) or 0.0.0.0 (all interfaces) (default: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(names = "--update", description = "Also allow SPARQL Update and Graph Store writes.")
    boolean update;

    @Option(names = "--cors", description = "Answer cross-origin (CORS) requests.")
    boolean cors;

    @Option(names = "--no-ui", negatable = false, description = "Do not serve the Fuseki web UI.")
    boolean noUi;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query timeout (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds = 60;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Require HTTP Basic login from the users in FILE (lines of user: password); needed for --update on a non-loopback --host.")
    Path passwordFile;

    @Option(names = "--max-request-bytes", paramLabel = "N", description = "Largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes = ServerGuards.DEFAULT_MAX_REQUEST_BYTES;

    @Override
    public Integer call() {
        ServerSettings settings = new ServerSettings(store.directory(), host, port, update, !noUi, cors, Duration.ofSeconds(timeoutSeconds));
        Server server = Server.start(settings, new ServerGuards(passwordFile, maxRequestBytes));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Serving %s%n", store.directory());
        if (!noUi) out.printf("  UI:     %s%n", server.baseUrl());
        out.printf("  SPARQL: %s%n", server.sparqlUrl());
        out.printf("  Graphs: %s/get?graph=ARTICLE_IRI%n", server.datasetUrl());
        if (update) out.printf("  Update: %s/update%n", server.datasetUrl());
        out.println("Stop with Ctrl-C.");
        out.flush();
        server.join();
        return 0;
    }
}
