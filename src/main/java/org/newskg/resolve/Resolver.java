package org.newskg.resolve;

import org.newskg.recognize.Country;
import org.newskg.recognize.Knowledge;
import org.newskg.recognize.Mention;
import org.newskg.recognize.Organization;
import org.newskg.recognize.Place;
import org.newskg.recognize.RecognizedSentence;
import org.newskg.text.TextLayer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Resolves mentions to entities within one article. */
public final class Resolver {
    private final Knowledge k;

    public Resolver(Knowledge knowledge) {
        this.k = knowledge;
    }

    /** The entities of an article, and the entity each country, organization or place mention refers to. */
    public record Resolution(List<Entity> entities, Map<Mention, Entity> byMention) {
        public Resolution {
            entities = List.copyOf(entities);
            byMention = Map.copyOf(byMention);
        }
    }

    public Resolution resolve(TextLayer layer, List<RecognizedSentence> sentences) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<Mention, Entity> byMention = new LinkedHashMap<>();
        for (RecognizedSentence rs : sentences) {
            for (Mention m : rs.mentions()) {
                Entity e = entityOf(m);
                if (e == null) continue;
                Entity known = entities.putIfAbsent(e.type() + "/" + e.key(), e);
                byMention.put(m, known == null ? e : known);
            }
        }
        return new Resolution(new ArrayList<>(entities.values()), byMention);
    }

    /** The entity a country, organization or place mention names, or null for other mentions. */
    public Entity entityOf(Mention m) {
        switch (m.kind()) {
            case COUNTRY -> {
                Country c = k.country(m.key());
                return c == null ? null : country(c);
            }
            case ORGANIZATION -> {
                Organization o = k.organization(m.key());
                if (o != null) return new Entity(Entity.Type.ORGANIZATION, o.key(), o.name(), List.of(m.text()), o.country());
                String country = m.key().startsWith("pattern/") && m.key().split("/").length == 3 ? m.key().split("/")[1].toUpperCase() : "";
                return new Entity(Entity.Type.ORGANIZATION, m.key(), m.text(), List.of(), country);
            }
            case PLACE -> {
                Place p = k.place(m.key());
                return p == null ? null : new Entity(Entity.Type.PLACE, m.key(), p.name(), List.of(m.text()), p.country());
            }
            default -> {
                return null;
            }
        }
    }

    public Entity country(Country c) {
        return new Entity(Entity.Type.COUNTRY, c.iso2(), c.name(), List.of(), c.iso2());
    }
}
