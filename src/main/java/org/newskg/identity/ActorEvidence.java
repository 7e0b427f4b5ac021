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
                            SortedMap<String, String> postLabels, Index index) {
    public enum Kind { PERSON, ORGANIZATION, COUNTRY }

    /**
     * What the actor index of the identity graph needs of an entity beyond the identity rules: the names articles
     * give it as {@code skos:prefLabel} (an organization's or country's name, not the adjective written), the countries it is
     * stated to serve ({@code nkg:country}, not a post's owner), each post's fullest title as written and its owner,
     * whether an article refers to it (a country named only as the country of a place or an organization is not),
     * and its ISO 3166-1 alpha-2 code (countries; empty otherwise).
     */
    public record Index(SortedSet<String> prefNames, SortedSet<String> statedCountries, SortedMap<String, String> postTitles,
                        SortedMap<String, String> postOwners, boolean referenced, String iso2) {
        public static final Index NONE = new Index(new TreeSet<>(), new TreeSet<>(), new TreeMap<>(), new TreeMap<>(), true, "");

        public Index {
            prefNames = Collections.unmodifiableSortedSet(new TreeSet<>(prefNames));
            statedCountries = Collections.unmodifiableSortedSet(new TreeSet<>(statedCountries));
            postTitles = Collections.unmodifiableSortedMap(new TreeMap<>(postTitles));
            postOwners = Collections.unmodifiableSortedMap(new TreeMap<>(postOwners));
            if (iso2 == null) iso2 = "";
        }
    }

    /** Evidence with no index facts (as the identity rules alone need). */
    public ActorEvidence(String iri, Kind kind, SortedSet<String> names, SortedSet<String> articles,
                         SortedSet<String> countries, SortedMap<String, SortedSet<String>> posts,
                         SortedMap<String, String> postLabels) {
        this(iri, kind, names, articles, countries, posts, postLabels, Index.NONE);
    }

    public ActorEvidence {
        if (iri == null || iri.isBlank()) throw new IllegalArgumentException("entity without IRI");
        names = Collections.unmodifiableSortedSet(new TreeSet<>(names));
        articles = Collections.unmodifiableSortedSet(new TreeSet<>(articles));
        countries = Collections.unmodifiableSortedSet(new TreeSet<>(countries));
        SortedMap<String, SortedSet<String>> p = new TreeMap<>();
        posts.forEach((k, v) -> p.put(k, Collections.unmodifiableSortedSet(new TreeSet<>(v))));
        posts = Collections.unmodifiableSortedMap(p);
        postLabels = Collections.unmodifiableSortedMap(new TreeMap<>(postLabels));
        if (index == null) index = Index.NONE;
    }

    /** The longest name (ties: alphabetically first). */
    public String fullestName() {
        return Names.fullest(names);
    }
}
