package org.newskg.explore;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameLookupTest {
    private static Actor person(String label, String... others) {
        return new Actor("https://w3id.org/newskg/id/person/x", label, ActorType.PERSON, List.of(others));
    }

    @Test
    void givenAccentsAndCase_whenFolded_thenPlainLowerCase() {
        assertEquals("mevlut cavusoglu", NameLookup.fold("Mevlüt ÇAVUŞOĞLU"));
        assertEquals("x drop all", NameLookup.fold("x\") } DROP ALL #"));
    }

    @Test
    void givenSpellings_whenScored_thenEqualBeatsSurnameBeatsCloseSpellingBeatsNothing() {
        Actor a = person("Nikol Pashinyan");
        double equal = NameLookup.score("nikol pashinyan", a);
        double surname = NameLookup.score("pashinyan", a);
        double close = NameLookup.score("pashinian", a);
        assertTrue(equal > surname && surname > close && close > 0, equal + " " + surname + " " + close);
        assertEquals(0.0, NameLookup.score("borrell", a));
    }
}
