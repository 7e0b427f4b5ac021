package org.newskg.identity;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.ingest.ArticleIds;
import org.newskg.rdf.NKG;

import java.util.ArrayList;
import java.util.List;

/** Writes actors as the quads of the identity graph. */
public final class IdentityGraph {
    public static final Node GRAPH = NodeFactory.createURI(NKG.IDENTITY_GRAPH);

    private IdentityGraph() {}

    /**
     * For every actor: its type, its fullest name as {@code skos:prefLabel}, every other name as {@code skos:altLabel}
     * and its {@code nkg:articleCount}; for every IRI that is not canonical its {@code nkg:canonical}; and for every
     * merge decision an {@code nkg:IdentityDecision} named by a hash of its rule and IRIs.
     */
    public static List<Quad> quads(List<Actor> actors) {
        List<Quad> out = new ArrayList<>();
        for (Actor a : actors) {
            Node c = NodeFactory.createURI(a.iri());
            out.add(q(c, RDF.type.asNode(), switch (a.kind()) {
                case PERSON -> NKG.Person;
                case ORGANIZATION -> NKG.Organization;
                case COUNTRY -> NKG.Country;
            }));
            if (!a.label().isEmpty()) out.add(q(c, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(a.label())));
            for (String n : a.names()) {
                if (!n.equals(a.label())) out.add(q(c, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(n)));
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
        }
        return out;
    }

    private static Quad q(Node s, Node p, Node o) { return Quad.create(GRAPH, s, p, o); }
}
