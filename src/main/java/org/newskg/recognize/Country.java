package org.newskg.recognize;

import java.util.List;

/** A country or territory from {@code countries.tsv}. */
public record Country(String iso2, String iso3, String name, String wikidata, String kind,
                      List<String> demonyms, List<String> aliases, List<String> capitals) {
    public Country {
        demonyms = List.copyOf(demonyms);
        aliases = List.copyOf(aliases);
        capitals = List.copyOf(capitals);
    }
}
