package org.newskg.explore;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.store.KgStore;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explore stage on a real TDB2 store built from the seed article. */
class ExplorerTest {
    @TempDir
    static Path dir;
    static KgStore kg;
    static Explorer explorer;

    @BeforeAll
    static void build() {
        kg = KgStore.open(SeedStore.build(dir.resolve("kg")));
        explorer = new Explorer(kg);
    }

    @AfterAll
    static void close() { kg.close(); }

    @Test
    void givenSurname_whenProfiled_thenPostCountrySupportAndAccusationCarryEvidence() {
        ActorProfile p = explorer.profile(explorer.find("Cavusoglu"), 1);
        assertEquals("Mevlut Cavusoglu", p.actor().label());
        ActorProfile.PostHeld post = p.posts().get(0);
        assertEquals("Foreign Minister", post.title());
        assertEquals("Turkey", post.in());
        assertTrue(post.evidence().sentence().contains("Turkish Foreign Minister Mevlut Cavusoglu"));
        assertEquals(List.of("Turkey"), p.countries());
        assertTrue(p.interactions().get("support").stream().anyMatch(l -> l.target().endsWith("/country/AZ")
                && l.evidence().sentence().contains("support to Azerbaijan")));
        assertTrue(p.interactions().get("accuse").stream().anyMatch(l -> l.target().endsWith("/country/AM")
                && l.evidence().sentence().contains("Armenia once again resorted to provocation")));
        for (List<Link> links : p.interactions().values()) {
            for (Link l : links) assertEquals("data/azernews-border-clashes.txt", l.evidence().sourceName());
        }
        assertFalse(p.statements().isEmpty());
        assertTrue(p.neighbourEdges().isEmpty());
    }

    @Test
    void givenDepthTwo_whenProfiled_thenNeighboursEdgesAreAdded() {
        ActorProfile p = explorer.profile(explorer.find("Pashinyan"), 2);
        assertTrue(p.neighbourEdges().stream().anyMatch(l -> l.source().endsWith("/person/aliyev")), p.neighbourEdges().toString());
    }

    @Test
    void givenTransliteratedOrAccentedName_whenLookedUp_thenTheActorIsFound() {
        assertEquals("Nikol Pashinyan", explorer.find("pashinian").label());
        assertEquals("Nikol Pashinyan", explorer.find("Nikol PASHINYAN").label());
        assertEquals("Mevlut Cavusoglu", explorer.find("Mevlüt Çavuşoğlu").label());
        assertEquals("Josep Borrell", explorer.find("borrel").label());
        assertEquals("Klaar", explorer.find("https://w3id.org/newskg/id/person/klaar").label());
    }

    @Test
    void givenNameOfTwoActors_whenLookedUp_thenAmbiguityListsTheCandidates() {
        AmbiguousNameException e = assertThrows(AmbiguousNameException.class, () -> explorer.find("european"));
        assertEquals(List.of("European Council", "European Union"), e.candidates().stream().map(Actor::label).toList());
        assertTrue(e.getMessage().contains("European Council (organization"), e.getMessage());
    }

    @Test
    void givenInjectionString_whenLookedUp_thenItIsOnlyAnUnknownNameAndTheStoreIsUnchanged() {
        long before = kg.counts().triples();
        for (String evil : List.of("x\") } DROP ALL #", "' } ; DELETE WHERE { ?s ?p ?o } #", "x> } DROP ALL #", "\\u0022) }")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> explorer.find(evil));
            assertTrue(e.getMessage().startsWith("no actor matches"), e.getMessage());
        }
        assertEquals(before, kg.counts().triples());
    }

    @Test
    void givenTwoActorsOfTheSeed_whenPathsAreSought_thenHopsCarryRelationAndEvidence() {
        List<RelationPath> direct = explorer.paths(explorer.find("Borrell"), explorer.find("Klaar"));
        assertEquals(1, direct.get(0).hops().size());
        assertEquals("request", direct.get(0).hops().get(0).link().relation());
        assertTrue(direct.get(0).hops().get(0).link().evidence().sentence().contains("has asked EU Special Representative Klaar"));

        RelationPath kalin = explorer.paths(explorer.find("Kalin"), explorer.find("Armenia")).get(0);
        assertEquals("accuse", kalin.hops().get(0).link().relation());

        List<RelationPath> twoHops = explorer.paths(explorer.find("Pashinyan"), explorer.find("Cavusoglu"));
        assertFalse(twoHops.isEmpty());
        for (RelationPath p : twoHops) {
            assertEquals(2, p.hops().size());
            assertEquals("Nikol Pashinyan", p.hops().get(0).from().label());
            assertEquals("Mevlut Cavusoglu", p.hops().get(1).to().label());
        }
    }

    @Test
    void givenTypeFilter_whenRanked_thenOnlyThatTypeMostConnectedFirst() {
        List<ActorRank> people = explorer.rank(ActorType.PERSON, 3);
        assertEquals(3, people.size());
        assertTrue(people.stream().allMatch(r -> r.actor().type() == ActorType.PERSON));
        assertEquals("Mevlut Cavusoglu", people.get(0).actor().label());
        assertTrue(people.get(0).connections() >= people.get(1).connections());
        List<ActorRank> all = explorer.rank(null, 100);
        assertEquals("Azerbaijan", all.get(0).actor().label());
        assertEquals(all.get(0).partners() + all.get(0).statements() + all.get(0).events(), all.get(0).connections());
    }

    @Test
    void givenTheGraph_whenEdgesAreAggregated_thenWeightsCountFacts() {
        ActorGraph g = explorer.graph();
        // the seed's clashes give several Armenia -> Azerbaijan assault facts; the edge's weight is their number
        ActorGraph.Edge assault = g.edges().stream().filter(e -> e.source().endsWith("/country/AM") && e.target().endsWith("/country/AZ")
                && e.relation().equals("assault")).findFirst().orElseThrow();
        long facts = new StoreSparql(kg).select(StoreSparql.PREFIXES + """
                SELECT ?x WHERE { GRAPH ?g { ?x a nkg:Interaction ; nkg:source <https://w3id.org/newskg/id/country/AM> ;
                  nkg:target <https://w3id.org/newskg/id/country/AZ> ; nkg:relation/skos:prefLabel "assault" } }""").size();
        assertTrue(facts > 1, "the seed should give more than one assault fact, got " + facts);
        assertEquals(facts, assault.weight());
        assertEquals(facts, assault.evidence().size());
    }
}
