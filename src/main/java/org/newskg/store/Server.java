package org.newskg.store;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

import java.nio.file.Files;

/**
 * An embedded Fuseki over a TDB2 store: dataset {@code /newskg} with SPARQL query at {@code sparql} and
 * {@code query}, Graph Store reads at {@code get}; updates ({@code update}, {@code data}) only when asked. The web
 * explorer is at {@code /explore/}.
 */
public final class Server implements AutoCloseable {
    private final FusekiServer fuseki;
    private final ServerSettings settings;

    private Server(FusekiServer fuseki, ServerSettings settings) {
        this.fuseki = fuseki;
        this.settings = settings;
    }

    /** Starts serving with the default guards (no login, default request size limit). */
    public static Server start(ServerSettings settings) {
        return start(settings, ServerGuards.DEFAULTS);
    }

    /**
     * Starts serving; returns once the server is accepting requests. Refuses to offer updates on a non-loopback host
     * without a password file: anyone who can reach the port could otherwise change the store.
     */
    public static Server start(ServerSettings settings, ServerGuards guards) {
        if (settings.update() && !settings.loopbackOnly() && guards.passwordFile() == null) {
            throw new IllegalArgumentException("--update on --host " + settings.host() + " lets anyone on the network change the store;"
                    + " give --password-file FILE (lines of user: password) or serve on 127.0.0.1");
        }
        if (guards.passwordFile() != null && !Files.isReadable(guards.passwordFile())) {
            throw new IllegalArgumentException("--password-file: cannot read " + guards.passwordFile());
        }
        String where = settings.store().toString();
        if (!Files.isDirectory(settings.store())) {
            throw new StoreException(where, "no store here; build one with: newskg build INPUT... --store " + where);
        }
        DatasetGraph dsg;
        try {
            dsg = TDB2Factory.connectDataset(where).asDatasetGraph();
        } catch (RuntimeException e) {
            throw new StoreException(where, "cannot open the TDB2 store: " + e.getMessage(), e);
        }
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        // a whole-store sort or DISTINCT spills to temporary files instead of filling the heap
        dsg.getContext().set(ARQ.spillToDiskThreshold, KgStore.SPILL_ROWS);
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
        if (settings.update()) {
            service.addEndpoint(Operation.Update).addEndpoint(Operation.GSP_RW)
                    .addEndpoint(Operation.Update, "update").addEndpoint(Operation.GSP_RW, "data");
        } else {
            service.addEndpoint(Operation.GSP_R);
        }
        FusekiServer.Builder b = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopbackOnly())
                .enableCors(settings.cors())
                .enablePing(true)
                .add(ServerSettings.DATASET, service)
                .addServlet("/explore/*", new ExplorerPages());
        if (settings.ui()) keepAdminAreaOutOfWorkingDirectory();
        b.fusekiModules(settings.ui() ? FusekiModules.create(FMod_Admin.create(), FMod_UI.create()) : FusekiModules.empty());
        if (guards.passwordFile() != null) b.passwordFile(guards.passwordFile().toString()).auth(AuthScheme.BASIC);
        try {
            FusekiServer server = b.build();
            limitRequestSize(server, guards.maxRequestBytes());
            return new Server(server.start(), settings);
        } catch (RuntimeException e) {
            throw new StoreException("http://" + settings.host() + ":" + settings.port(), "cannot start the server: " + e.getMessage(), e);
        }
    }

    /** Answers 413 to a request whose body is larger than {@code maxBytes} (declared or as it arrives), before Fuseki reads it. */
    private static void limitRequestSize(FusekiServer server, long maxBytes) {
        org.eclipse.jetty.server.Server jetty = server.getJettyServer();
        SizeLimitHandler limit = new SizeLimitHandler(maxBytes, -1);
        limit.setHandler(jetty.getHandler());
        jetty.setHandler(limit);
    }

    /**
     * The admin module keeps its run area (config, logs, backups) in {@code $FUSEKI_BASE}, by default {@code ./run};
     * unless the user chose one, use a temporary directory so serving does not litter the working directory.
     */
    private static synchronized void keepAdminAreaOutOfWorkingDirectory() {
        if (System.getenv("FUSEKI_BASE") != null || System.getProperty("FUSEKI_BASE") != null) return;
        try {
            System.setProperty("FUSEKI_BASE", Files.createTempDirectory("newskg-fuseki-").toString());
        } catch (java.io.IOException e) {
            throw new StoreException(System.getProperty("java.io.tmpdir"), "cannot make the Fuseki run area: " + e.getMessage(), e);
        }
    }

    public int port() { return fuseki.getHttpPort(); }

    /** The server's base URL, ending in {@code /}. */
    public String baseUrl() {
        String host = settings.loopbackOnly() ? "127.0.0.1" : "localhost";
        return "http://" + host + ":" + port() + "/";
    }

    public String datasetUrl() { return baseUrl() + ServerSettings.DATASET.substring(1); }

    public String sparqlUrl() { return datasetUrl() + "/sparql"; }

    /** Blocks until the server stops. */
    public void join() { fuseki.join(); }

    @Override
    public void close() { fuseki.stop(); }
}
