package org.newskg.store;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The web explorer's static files at {@code /explore/}: the page, its script and style from
 * {@code newskg/explore/} and Cytoscape.js from its webjar, all from the classpath (no network at run time). Only
 * these four names are served; the page reads data from the dataset's SPARQL endpoint.
 */
final class ExplorerPages extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** The Cytoscape.js webjar version in pom.xml. */
    static final String CYTOSCAPE = "META-INF/resources/webjars/cytoscape/3.33.1/dist/cytoscape.min.js";
    private static final Map<String, String[]> FILES = Map.of(
            "/", new String[] {"newskg/explore/index.html", "text/html; charset=utf-8"},
            "/index.html", new String[] {"newskg/explore/index.html", "text/html; charset=utf-8"},
            "/explore.js", new String[] {"newskg/explore/explore.js", "text/javascript; charset=utf-8"},
            "/explore.css", new String[] {"newskg/explore/explore.css", "text/css; charset=utf-8"},
            "/cytoscape.min.js", new String[] {CYTOSCAPE, "text/javascript; charset=utf-8"});

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        String[] file = FILES.get(path);
        InputStream in = file == null ? null : ExplorerPages.class.getClassLoader().getResourceAsStream(file[0]);
        if (in == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (in) {
            resp.setContentType(file[1]);
            resp.setHeader("Cache-Control", "no-cache");
            in.transferTo(resp.getOutputStream());
        }
    }
}
