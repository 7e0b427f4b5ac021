package org.newskg.identity;

import org.junit.jupiter.api.Test;
import org.newskg.identity.ActorEvidence.Kind;
import org.newskg.recognize.Knowledge;
import org.newskg.rdf.NKG;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdentityResolverTest {
    private static final IdentityResolver RESOLVER = new IdentityResolver(Knowledge.standard());
    private static final String ID = NKG.ID;

    static ActorEvidence e(String local, Kind kind, Set<String> names, Set<String> countries, String... posts) {
        Map<String, java.util.SortedSet<String>> p = new TreeMap<>();
        for (String post : posts) p.put(ID + post, new java.util.TreeSet<>());
        return new ActorEvidence(ID + local, kind, new java.util.TreeSet<>(names), new java.util.TreeSet<>(Set.of("a-" + local)),
                new java.util.TreeSet<>(countries.stream().map(c -> ID + "country/" + c).toList()), new TreeMap<>(p), new TreeMap<>());
    }

    static List<List<String>> groups(List<ActorEvidence> in, Corrections c) {
        List<List<String>> out = new ArrayList<>();
        for (Actor a : RESOLVER.resolve(in, c)) if (a.members().size() > 1) out.add(a.members().stream().map(IdentityResolver::shortIri).toList());
        return out;
    }

    @Test
    void givenTwoCountriesMinistriesOfForeignAffairs_thenTheyStayApart_andAGazetteerAliasJoins() {
        List<ActorEvidence> in = List.of(
                e("org/am-ministry-of-foreign-affairs", Kind.ORGANIZATION, Set.of("Ministry of Foreign Affairs"), Set.of("AM")),
                e("org/tr-ministry-of-foreign-affairs", Kind.ORGANIZATION, Set.of("Ministry of Foreign Affairs"), Set.of("TR")),
                e("org/nato", Kind.ORGANIZATION, Set.of("North Atlantic Treaty Organization"), Set.of()),
                e("org/the-alliance-nato", Kind.ORGANIZATION, Set.of("NATO"), Set.of()));
        assertEquals(List.of(List.of("org/nato", "org/the-alliance-nato")), groups(in, Corrections.none()));
    }

    @Test
    void givenAnAcronymOfOneOrganization_thenItJoins_butNotWhenTwoShareTheInitials() {
        ActorEvidence full = e("org/national-maritime-council", Kind.ORGANIZATION, Set.of("National Maritime Council"), Set.of("PH"));
        ActorEvidence acronym = e("org/nmc", Kind.ORGANIZATION, Set.of("NMC"), Set.of("PH"));
        assertEquals(List.of(List.of("org/national-maritime-council", "org/nmc")), groups(List.of(full, acronym), Corrections.none()));
        ActorEvidence other = e("org/national-mining-commission", Kind.ORGANIZATION, Set.of("National Mining Commission"), Set.of("PH"));
        assertEquals(List.of(), groups(List.of(full, acronym, other), Corrections.none()));
    }

    @Test
    void givenUserCorrections_thenMergeOverridesConflict_andSplitKeepsApart() {
        ActorEvidence full = e("person/mira-castellan", Kind.PERSON, Set.of("Mira Castellan"), Set.of("AM"), "post/country-AM/foreign-minister");
        ActorEvidence variant = e("person/mira-castellian", Kind.PERSON, Set.of("Mira Castellian"), Set.of("AM"));
        ActorEvidence abroad = e("person/castellan", Kind.PERSON, Set.of("Castellan"), Set.of("FR"));
        List<ActorEvidence> in = List.of(full, variant, abroad);
        assertEquals(List.of(List.of("person/mira-castellan", "person/mira-castellian")), groups(in, Corrections.none()));
        Corrections split = Corrections.none().split(ID + "person/mira-castellian", List.of(ID + "person/mira-castellan"));
        assertEquals(List.of(), groups(in, split));
        Corrections merged = split.merge(ID + "person/castellan", ID + "person/mira-castellan");
        assertEquals(List.of(List.of("person/castellan", "person/mira-castellan")), groups(in, merged));
    }

    @Test
    void givenEntitiesInAnyOrder_thenTheActorsAreTheSame() {
        List<ActorEvidence> in = new ArrayList<>(List.of(
                e("person/tigran-voskanian", Kind.PERSON, Set.of("Tigran Voskanian"), Set.of("AM")),
                e("person/tigran-voskanyan", Kind.PERSON, Set.of("Tigran Voskanyan"), Set.of()),
                e("person/voskanyan", Kind.PERSON, Set.of("Voskanyan"), Set.of("AM")),
                e("person/t-voskanyan", Kind.PERSON, Set.of("T. Voskanyan"), Set.of("AM"))));
        List<Actor> first = RESOLVER.resolve(in, Corrections.none());
        Collections.reverse(in);
        assertEquals(first, RESOLVER.resolve(in, Corrections.none()));
        assertEquals(1, first.size());
    }
}
