package org.newskg.recognize;

import java.util.List;

/** An organization from {@code organizations.tsv}; {@code country} is an ISO code or "". */
public record Organization(String key, String name, List<String> aliases, String type, String wikidata, String country) {
    public Organization {
        aliases = List.copyOf(aliases);
    }
}
