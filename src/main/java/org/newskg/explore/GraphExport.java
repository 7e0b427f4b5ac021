package org.newskg.explore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.text.StringEscapeUtils;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an {@link ActorGraph} as GraphML, DOT or Cytoscape JSON: nodes typed and labelled, one edge per source,
 * target, kind and relation with its weight (facts) and evidence count (distinct sentences). Sorted, so two runs
 * give the same bytes.
 */
public final class GraphExport {
    private GraphExport() {}

    public static void write(ActorGraph graph, GraphFormat format, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        List<Actor> nodes = connected(graph);
        List<ActorGraph.Edge> edges = graph.edges();
        switch (format) {
            case GRAPHML -> graphml(nodes, edges, out);
            case DOT -> dot(nodes, edges, out);
            case JSON -> json(nodes, edges, out);
        }
        out.flush();
    }

    /** Actors that have at least one link, sorted by IRI. */
    private static List<Actor> connected(ActorGraph graph) {
        java.util.Set<String> used = new java.util.TreeSet<>();
        for (Link l : graph.links()) {
            used.add(l.source());
            used.add(l.target());
        }
        List<Actor> out = new ArrayList<>();
        for (String iri : used) out.add(graph.actor(iri));
        return out;
    }

    private static String kind(Link.Kind k) { return k.name().toLowerCase(Locale.ROOT); }

    private static void graphml(List<Actor> nodes, List<ActorGraph.Edge> edges, PrintWriter out) {
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">");
        out.println("  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>");
        out.println("  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>");
        out.println("  <key id=\"kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>");
        out.println("  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>");
        out.println("  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>");
        out.println("  <key id=\"evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"int\"/>");
        out.println("  <graph id=\"newskg\" edgedefault=\"directed\">");
        for (Actor a : nodes) {
            out.printf("    <node id=\"%s\"><data key=\"label\">%s</data><data key=\"type\">%s</data></node>%n",
                    xml(a.iri()), xml(a.label()), a.type().label());
        }
        int i = 0;
        for (ActorGraph.Edge e : edges) {
            out.printf("    <edge id=\"e%d\" source=\"%s\" target=\"%s\"><data key=\"kind\">%s</data><data key=\"relation\">%s</data>"
                            + "<data key=\"weight\">%d</data><data key=\"evidence\">%d</data></edge>%n",
                    i++, xml(e.source()), xml(e.target()), kind(e.kind()), xml(e.relation()), e.weight(), e.evidence().size());
        }
        out.println("  </graph>");
        out.println("</graphml>");
    }

    private static String xml(String s) { return StringEscapeUtils.escapeXml10(s); }

    private static void dot(List<Actor> nodes, List<ActorGraph.Edge> edges, PrintWriter out) {
        out.println("digraph newskg {");
        out.println("  node [shape=box];");
        for (Actor a : nodes) {
            out.printf("  %s [label=%s, type=%s, shape=%s];%n", dq(a.iri()), dq(a.label()), dq(a.type().label()),
                    a.type() == ActorType.PERSON ? "ellipse" : a.type() == ActorType.COUNTRY ? "box" : "hexagon");
        }
        for (ActorGraph.Edge e : edges) {
            out.printf("  %s -> %s [label=%s, kind=%s, relation=%s, weight=%d, evidence=%d%s];%n", dq(e.source()), dq(e.target()),
                    dq(e.relation()), dq(kind(e.kind())), dq(e.relation()), e.weight(), e.evidence().size(),
                    e.kind() == Link.Kind.INTERACTION ? "" : ", style=dashed");
        }
        out.println("}");
    }

    /** A DOT double-quoted ID: backslashes and quotes escaped, line breaks as {@code \n}. */
    static String dq(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + "\"";
    }

    private static void json(List<Actor> nodes, List<ActorGraph.Edge> edges, PrintWriter out) {
        List<Object> nodeList = new ArrayList<>();
        for (Actor a : nodes) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", a.iri());
            data.put("label", a.label());
            data.put("type", a.type().label());
            nodeList.add(Map.of("data", data));
        }
        List<Object> edgeList = new ArrayList<>();
        int i = 0;
        for (ActorGraph.Edge e : edges) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", "e" + i++);
            data.put("source", e.source());
            data.put("target", e.target());
            data.put("kind", kind(e.kind()));
            data.put("relation", e.relation());
            data.put("weight", e.weight());
            data.put("evidenceCount", e.evidence().size());
            List<Object> ev = new ArrayList<>();
            for (Evidence x : e.evidence()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("sentence", x.sentence());
                m.put("article", x.article());
                m.put("sourceName", x.sourceName());
                ev.add(m);
            }
            data.put("evidence", ev);
            edgeList.add(Map.of("data", data));
        }
        Map<String, Object> elements = new LinkedHashMap<>();
        elements.put("nodes", nodeList);
        elements.put("edges", edgeList);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("elements", elements);
        try {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
