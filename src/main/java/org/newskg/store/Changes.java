package org.newskg.store;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a build changed, for the stages that keep store-wide summaries (the identity graph) up to date without
 * reading the whole store: the IRIs of the people, organizations and countries, of the places and of the posts that
 * the added, replaced and removed article graphs mention (in their old and their new version). {@code whole} says
 * the build started from an empty store, so everything changed and nothing was collected.
 */
public record Changes(boolean whole, SortedSet<String> entities, SortedSet<String> places, SortedSet<String> posts) {
    public Changes {
        entities = Collections.unmodifiableSortedSet(new TreeSet<>(entities));
        places = Collections.unmodifiableSortedSet(new TreeSet<>(places));
        posts = Collections.unmodifiableSortedSet(new TreeSet<>(posts));
    }

    /** Everything changed (a build into an empty store). */
    public static Changes everything() {
        return new Changes(true, new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
    }

    /** Nothing changed. */
    public static Changes none() {
        return new Changes(false, new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
    }

    public boolean isEmpty() {
        return !whole && entities.isEmpty() && places.isEmpty() && posts.isEmpty();
    }
}
