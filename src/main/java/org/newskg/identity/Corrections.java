package org.newskg.identity;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.newskg.rdf.NKG;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Users' identity corrections, kept as data in {@link NKG#CORRECTIONS_GRAPH}: {@code A owl:sameAs B} (one actor,
 * whatever the rules say) and {@code A owl:differentFrom B} (never one actor). Each pair is stored once, its IRIs
 * in string order. A later correction of a pair replaces an earlier one.
 */
public record Corrections(SortedSet<Pair> same, SortedSet<Pair> different) {
    public static final Node GRAPH = NodeFactory.createURI(NKG.CORRECTIONS_GRAPH);

    /** Two IRIs, {@code a < b}. */
    public record Pair(String a, String b) implements Comparable<Pair> {
        public Pair {
            if (a.equals(b)) throw new IllegalArgumentException("an entity cannot be paired with itself: " + a);
            if (a.compareTo(b) > 0) {
                String t = a;
                a = b;
                b = t;
            }
        }

        boolean has(String x, String y) { return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x); }

        @Override
        public int compareTo(Pair o) {
            int c = a.compareTo(o.a);
            return c != 0 ? c : b.compareTo(o.b);
        }
    }

    public Corrections {
        same = Collections.unmodifiableSortedSet(new TreeSet<>(same));
        different = Collections.unmodifiableSortedSet(new TreeSet<>(different));
    }

    public static Corrections none() { return new Corrections(new TreeSet<>(), new TreeSet<>()); }

    /** The corrections in {@code dsg} (call inside a read transaction). */
    public static Corrections read(DatasetGraph dsg) {
        return read(SparqlSource.over(dsg));
    }

    /** The corrections graph as {@code source} has it. */
    public static Corrections read(SparqlSource source) {
        SortedSet<Pair> same = new TreeSet<>(), different = new TreeSet<>();
        source.select("SELECT ?s ?p ?o WHERE { GRAPH <" + NKG.CORRECTIONS_GRAPH + "> { ?s ?p ?o } }", b -> {
            Node s = b.get("s"), p = b.get("p"), o = b.get("o");
            if (!s.isURI() || !o.isURI() || s.equals(o)) return;
            Pair pair = new Pair(s.getURI(), o.getURI());
            if (p.equals(OWL.sameAs.asNode())) same.add(pair);
            else if (p.equals(OWL.differentFrom.asNode())) different.add(pair);
        });
        same.removeAll(different);
        return new Corrections(same, different);
    }

    /** These corrections with {@code a} and {@code b} made one actor. */
    public Corrections merge(String a, String b) {
        Pair p = new Pair(a, b);
        SortedSet<Pair> s = new TreeSet<>(same), d = new TreeSet<>(different);
        d.remove(p);
        s.add(p);
        return new Corrections(s, d);
    }

    /** These corrections with {@code a} kept apart from each of {@code others}, and no user merge of them left. */
    public Corrections split(String a, List<String> others) {
        SortedSet<Pair> s = new TreeSet<>(same), d = new TreeSet<>(different);
        for (String o : others) {
            if (o.equals(a)) continue;
            Pair p = new Pair(a, o);
            s.remove(p);
            d.add(p);
        }
        return new Corrections(s, d);
    }

    boolean apart(String x, String y) {
        for (Pair p : different) if (p.has(x, y)) return true;
        return false;
    }

    /** The quads of the corrections graph. */
    public List<Quad> quads() {
        List<Quad> out = new ArrayList<>();
        for (Pair p : same) out.add(Quad.create(GRAPH, NodeFactory.createURI(p.a()), OWL.sameAs.asNode(), NodeFactory.createURI(p.b())));
        for (Pair p : different) out.add(Quad.create(GRAPH, NodeFactory.createURI(p.a()), OWL.differentFrom.asNode(), NodeFactory.createURI(p.b())));
        return out;
    }
}
