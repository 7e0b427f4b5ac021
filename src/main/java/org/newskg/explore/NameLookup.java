package org.newskg.explore;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds the actor a user means. In order: an actor IRI; a name equal to a label, ignoring case (asked of the store
 * with the name bound as a literal); then forgiving matches over folded names (no case, no diacritics): the whole
 * name, one of its words (a surname), a part of it, or a spelling close by Jaro-Winkler ("okonkow" for
 * "Okonkwo"). Several equally good answers raise {@link AmbiguousNameException}.
 */
public final class NameLookup {
    private static final String EXACT = """
            SELECT DISTINCT ?a WHERE {
              VALUES ?type { nkg:Person nkg:Country nkg:Organization }
              GRAPH ?g { ?a a ?type ; skos:prefLabel|skos:altLabel ?label }
              FILTER(LCASE(STR(?label)) = LCASE(STR(?name)))
            }
            """;
    /** Smallest Jaro-Winkler similarity that counts as the same name spelled differently. */
    static final double CLOSE = 0.88;
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    private final StoreSparql sparql;
    private final Map<String, Actor> actors;

    NameLookup(StoreSparql sparql, Map<String, Actor> actors) {
        this.sparql = sparql;
        this.actors = actors;
    }

    public Actor find(String name) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) throw new IllegalArgumentException("give an actor name");
        Actor byIri = actors.get(wanted.startsWith("<") && wanted.endsWith(">") ? wanted.substring(1, wanted.length() - 1) : wanted);
        if (byIri != null) return byIri;
        List<Actor> exact = new ArrayList<>();
        for (Binding b : sparql.select(EXACT, Map.of("name", NodeFactory.createLiteralString(wanted)))) {
            Actor a = actors.get(StoreSparql.text(b, "a"));
            if (a != null) exact.add(a);
        }
        if (exact.size() == 1) return exact.get(0);
        if (exact.size() > 1) throw new AmbiguousNameException(wanted, exact.stream().sorted().toList());
        return forgiving(wanted);
    }

    private Actor forgiving(String wanted) {
        String q = fold(wanted);
        if (q.isEmpty()) throw new IllegalArgumentException("no actor matches '" + wanted + "'");
        double best = 0;
        List<Actor> top = new ArrayList<>();
        for (Actor a : actors.values()) {
            double s = score(q, a);
            if (s <= 0) continue;
            if (s > best + 1e-9) {
                best = s;
                top.clear();
            }
            if (Math.abs(s - best) <= 1e-9) top.add(a);
        }
        if (top.isEmpty()) {
            throw new IllegalArgumentException("no actor matches '" + wanted + "'; try newskg actors to list them");
        }
        if (top.size() > 1) throw new AmbiguousNameException(wanted, top.stream().sorted().toList());
        return top.get(0);
    }

    /** How well {@code q} (folded) names {@code a}: 0 not at all, up to 1 for an equal name. */
    static double score(String q, Actor a) {
        TreeSet<String> names = new TreeSet<>();
        names.add(fold(a.label()));
        for (String n : a.otherNames()) names.add(fold(n));
        double best = 0;
        List<String> qTokens = tokens(q);
        for (String n : names) {
            if (n.isEmpty()) continue;
            if (n.equals(q)) return 1.0;
            List<String> tokens = tokens(n);
            if (tokens.containsAll(qTokens)) best = Math.max(best, 0.95);
            else if (q.length() >= 3 && n.contains(q)) best = Math.max(best, 0.9);
            double whole = JW.apply(q, n);
            if (whole >= CLOSE) best = Math.max(best, 0.8 * whole);
            if (qTokens.size() == 1) {
                for (String t : tokens) {
                    double jw = JW.apply(q, t);
                    if (t.length() >= 4 && jw >= CLOSE) best = Math.max(best, 0.8 * jw);
                }
            }
        }
        return best;
    }

    /** A name folded as the recognizer folds it, with punctuation turned into single spaces: "Öztürk-Şahin" -> "ozturk sahin". */
    static String fold(String name) {
        return org.newskg.recognize.NameFolding.fold(name).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    private static List<String> tokens(String folded) {
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
