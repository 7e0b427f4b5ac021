package org.newskg.identity;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.ingest.ArticleIds;
import org.newskg.rdf.ExternalTerms.ORG;
import org.newskg.rdf.NKG;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Writes actors as the quads of the identity graph. */
public final class IdentityGraph {
    public static final Node GRAPH = NodeFactory.createURI(NKG.IDENTITY_GRAPH);

    private IdentityGraph() {}

    /**
     * For every actor: its type, its name as {@code skos:prefLabel} (see {@link #label}), every other name as {@code skos:altLabel}
     * and its {@code nkg:articleCount}; for every IRI that is not canonical its {@code nkg:canonical}; and for every
     * merge decision an {@code nkg:IdentityDecision} named by a hash of its rule and IRIs. Then the actor index the
     * contract queries read instead of aggregating over every article graph: each country's {@code nkg:iso2} and
     * whether an article refers to it ({@code nkg:referenced}); each person's stated countries ({@code nkg:country},
     * canonical) and one {@code nkg:Role} per post held with the fullest title written for it; each post's
     * canonical owner ({@code org:postIn}); and each non-country place with its fullest name.
     */
    public static List<Quad> quads(List<Actor> actors, SortedMap<String, String> places) {
        Map<String, String> canonical = new HashMap<>();
        for (Actor a : actors) for (String m : a.members()) canonical.put(m, a.iri());
        Function<String, String> canon = iri -> canonical.getOrDefault(iri, iri);
        List<Quad> out = new ArrayList<>();
        Map<String, String> owners = new LinkedHashMap<>();
        for (Actor a : actors) {
            out.addAll(actorQuads(a, canon));
            for (ActorEvidence e : a.evidence()) e.index().postOwners().forEach(owners::putIfAbsent);
        }
        owners.forEach((post, owner) -> out.add(postQuad(post, canon.apply(owner))));
        places.forEach((iri, name) -> {
            if (!canonical.containsKey(iri)) out.addAll(placeQuads(iri, name));
        });
        return out;
    }

    /**
     * The quads of one actor: all of {@link #quads} but the posts' owners and the places; {@code canonical} maps an
     * entity IRI of another actor (a stated country) to that actor's canonical IRI.
     */
    static List<Quad> actorQuads(Actor a, Function<String, String> canonical) {
        List<Quad> out = new ArrayList<>();
        Node c = NodeFactory.createURI(a.iri());
        out.add(q(c, RDF.type.asNode(), switch (a.kind()) {
            case PERSON -> NKG.Person;
            case ORGANIZATION -> NKG.Organization;
            case COUNTRY -> NKG.Country;
        }));
        String label = label(a);
        if (!label.isEmpty()) out.add(q(c, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(label)));
        for (String n : a.names()) {
            if (!n.equals(label)) out.add(q(c, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(n)));
        }
        out.add(q(c, NKG.articleCount, NodeFactory.createLiteralDT(Integer.toString(a.articles()), XSDDatatype.XSDinteger)));
        for (String m : a.members()) {
            if (!m.equals(a.iri())) out.add(q(NodeFactory.createURI(m), NKG.canonical, c));
        }
        for (Actor.Decision d : a.decisions()) {
            Node n = NodeFactory.createURI(NKG.ID + "identity/" + ArticleIds.sha256(d.rule() + " " + d.a() + " " + d.b()).substring(0, 16));
            out.add(q(n, RDF.type.asNode(), NKG.IdentityDecision));
            out.add(q(n, NKG.identityRule, NodeFactory.createLiteralString(d.rule())));
            out.add(q(n, NKG.merges, NodeFactory.createURI(d.a())));
            out.add(q(n, NKG.merges, NodeFactory.createURI(d.b())));
            out.add(q(n, NKG.identityEvidence, NodeFactory.createLiteralString(d.evidence())));
        }
        index(a, c, canonical, out);
        return out;
    }

    /** A post's owner ({@code org:postIn}), the owner given as its actor's canonical IRI. */
    static Quad postQuad(String post, String owner) {
        return q(NodeFactory.createURI(post), ORG.postIn, NodeFactory.createURI(owner));
    }

    /** A place that is no actor, with its fullest name. */
    static List<Quad> placeQuads(String iri, String name) {
        Node p = NodeFactory.createURI(iri);
        return List.of(q(p, RDF.type.asNode(), NKG.Place), q(p, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(name)));
    }

    /**
     * A person's fullest name; an organization's or country's fullest name among those articles give as its
     * {@code skos:prefLabel} (so "Azerbaijan", not the "Azerbaijani" a text wrote), else its fullest name.
     */
    static String label(Actor a) {
        if (a.kind() == ActorEvidence.Kind.PERSON) return a.label();
        SortedSet<String> pref = new TreeSet<>();
        for (ActorEvidence e : a.evidence()) pref.addAll(e.index().prefNames());
        return pref.isEmpty() ? a.label() : Names.fullest(pref);
    }

    private static void index(Actor a, Node c, Function<String, String> canonical, List<Quad> out) {
        SortedSet<String> stated = new TreeSet<>();
        SortedMap<String, String> titles = new TreeMap<>();
        String iso2 = "";
        boolean referenced = false;
        for (ActorEvidence e : a.evidence()) {
            ActorEvidence.Index x = e.index();
            for (String s : x.statedCountries()) stated.add(canonical.apply(s));
            x.postTitles().forEach((post, t) -> titles.merge(post, t, (u, v) -> Names.fullest(List.of(u, v))));
            if (!x.iso2().isEmpty()) iso2 = x.iso2();
            referenced |= x.referenced();
        }
        if (a.kind() == ActorEvidence.Kind.COUNTRY) {
            if (!iso2.isEmpty()) out.add(q(c, NKG.iso2, NodeFactory.createLiteralString(iso2)));
            out.add(q(c, NKG.referenced, NodeFactory.createLiteralDT(Boolean.toString(referenced), XSDDatatype.XSDboolean)));
        }
        for (String s : stated) out.add(q(c, NKG.country, NodeFactory.createURI(s)));
        titles.forEach((post, title) -> {
            Node r = NodeFactory.createURI(NKG.ID + "role/" + ArticleIds.sha256(a.iri() + " " + post).substring(0, 16));
            out.add(q(r, RDF.type.asNode(), NKG.Role));
            out.add(q(r, NKG.holder, c));
            out.add(q(r, NKG.post, NodeFactory.createURI(post)));
            out.add(q(r, NKG.title, NodeFactory.createLiteralString(title)));
        });
    }

    private static Quad q(Node s, Node p, Node o) { return Quad.create(GRAPH, s, p, o); }
}
