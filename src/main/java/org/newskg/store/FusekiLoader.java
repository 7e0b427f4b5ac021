package org.newskg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.atlas.web.HttpException;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads graphs into a running Fuseki dataset with the Graph Store Protocol: one PUT per named graph, which
 * replaces that graph, so loading the same data twice leaves the same triples.
 */
public final class FusekiLoader {
    private final String datasetUrl;
    private final HttpClient http;

    /** {@code datasetUrl} is the dataset, e.g. {@code http://127.0.0.1:3030/newskg}. */
    public FusekiLoader(String datasetUrl, Optional<FusekiCredentials> credentials) {
        URI uri;
        try {
            uri = URI.create(datasetUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + datasetUrl);
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("not an http(s) URL: " + datasetUrl);
        }
        this.datasetUrl = datasetUrl;
        this.http = httpClient(credentials);
    }

    /** An HTTP client that answers authentication challenges with {@code credentials}, if any. */
    public static HttpClient httpClient(Optional<FusekiCredentials> credentials) {
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL);
        credentials.ifPresent(c -> b.authenticator(new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(c.user(), c.password().toCharArray());
            }
        }));
        return b.build();
    }

    /** PUTs each graph; returns the number of graphs sent. */
    public int put(Map<Node, List<Quad>> graphs) {
        int n = 0;
        for (Map.Entry<Node, List<Quad>> e : graphs.entrySet()) {
            Graph g = GraphFactory.createDefaultGraph();
            for (Quad q : e.getValue()) g.add(q.asTriple());
            GSP gsp = GSP.service(datasetUrl).httpClient(http);
            gsp = Quad.isDefaultGraph(e.getKey()) ? gsp.defaultGraph() : gsp.graphName(e.getKey());
            try {
                gsp.PUT(g);
            } catch (HttpException ex) {
                throw new StoreException(datasetUrl, "PUT of graph " + e.getKey() + " failed: " + describe(ex), ex);
            }
            n++;
        }
        return n;
    }

    public String datasetUrl() { return datasetUrl; }

    /** A SPARQL query against the dataset (Fuseki answers queries at the dataset URL); the caller closes it. */
    public QueryExec query(String sparql) {
        return QueryExecHTTP.service(datasetUrl).httpClient(http).query(sparql).build();
    }

    public static String describe(HttpException e) {
        int code = e.getStatusCode();
        if (code == 401 || code == 403) return "HTTP " + code + " (not allowed: set " + FusekiCredentials.USER_ENV + " and "
                + FusekiCredentials.PASSWORD_ENV + ", and start Fuseki with --update)";
        if (code == 404) return "HTTP 404 (no such dataset; the URL should name the dataset, e.g. http://127.0.0.1:3030/newskg)";
        if (code == 405) return "HTTP 405 (not a writable dataset: give the dataset URL, e.g. http://127.0.0.1:3030/newskg, of a Fuseki started with --update)";
        if (code > 0) return "HTTP " + code + " " + (e.getStatusLine() == null ? "" : e.getStatusLine());
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return "cannot connect (" + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")";
    }
}
