package org.newskg.identity;

import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the article graphs of a store say about one entity IRI, summed over articles: its names, the articles it
 * appears in, the countries it serves or belongs to (stated, or the owner of a post it holds), and the posts it
 * holds with the dates they were seen (the tenure's date, else the article's publication date).
 */
public record ActorEvidence(String iri, Kind kind, SortedSet<String> names, SortedSet<String> articles,
                            SortedSet<String> countries, SortedMap<String, SortedSet<String>> posts,
                            SortedMap<String, String> postLabels) {
    public enum Kind { PERSON, ORGANIZATION, COUNTRY }

    public ActorEvidence {
        if (iri == null || iri.isBlank()) throw new IllegalArgumentException("entity without IRI");
        names = Collections.unmodifiableSortedSet(new TreeSet<>(names));
        articles = Collections.unmodifiableSortedSet(new TreeSet<>(articles));
        countries = Collections.unmodifiableSortedSet(new TreeSet<>(countries));
        SortedMap<String, SortedSet<String>> p = new TreeMap<>();
        posts.forEach((k, v) -> p.put(k, Collections.unmodifiableSortedSet(new TreeSet<>(v))));
        posts = Collections.unmodifiableSortedMap(p);
        postLabels = Collections.unmodifiableSortedMap(new TreeMap<>(postLabels));
    }

    /** The longest name (ties: alphabetically first). */
    public String fullestName() {
        return Names.fullest(names);
    }
}
