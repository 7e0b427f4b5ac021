package org.newskg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleIds;
import org.newskg.recognize.Country;
import org.newskg.recognize.Knowledge;
import org.newskg.recognize.Organization;
import org.newskg.relate.ArticleFacts;
import org.newskg.relate.Evidence;
import org.newskg.relate.Fact;
import org.newskg.relate.Holds;
import org.newskg.relate.Interacts;
import org.newskg.relate.Said;
import org.newskg.relate.Serves;
import org.newskg.relate.Took;
import org.newskg.resolve.Entity;
import org.newskg.rdf.ExternalTerms.NIF;
import org.newskg.rdf.ExternalTerms.ORG;
import org.newskg.rdf.ExternalTerms.PROV;
import org.newskg.rdf.ExternalTerms.SDO;
import org.newskg.rdf.ExternalTerms.SEM;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Maps one article's facts to quads in the article's named graph. Each graph is self-contained: it describes
 * every entity and concept it uses (labels, types, codes), so it can be loaded alone into any store. IRIs are
 * stable (countries by ISO code, others by normalized name, facts by article and position) and no blank node
 * is made, so the same article always gives the same quads.
 */
public final class FactMapper {
    /** The software version recorded with each article. */
    public static final String VERSION = "0.1.0";

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH_DAY = Pattern.compile("--\\d{2}-\\d{2}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** Confidences formatted once each: the rules give a few dozen distinct values, and String.format is slow. */
    private static final Map<Double, String> CONFIDENCES = new ConcurrentHashMap<>();

    private final Knowledge knowledge;

    public FactMapper(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public static Node entityIri(Entity e) {
        return switch (e.type()) {
            case COUNTRY -> NodeFactory.createURI(NKG.ID + "country/" + e.key());
            case ORGANIZATION -> NodeFactory.createURI(NKG.ID + "org/" + e.key());
            case PLACE -> NodeFactory.createURI(NKG.ID + "place/" + e.key());
            case PERSON -> NodeFactory.createURI(NKG.ID + "person/" + e.key());
        };
    }

    public static Node conceptIri(String scheme, String value) {
        return NodeFactory.createURI(NKG.CONCEPT + scheme + "/" + ArticleIds.slug(value));
    }

    public void map(ArticleFacts facts, StreamRDF out) {
        new Run(facts, out).emit();
    }

    private final class Run {
        private final ArticleFacts facts;
        private final StreamRDF out;
        private final Node graph;
        private final Node article;
        private final String articleId;
        private final Set<Node> described = new HashSet<>();

        Run(ArticleFacts facts, StreamRDF out) {
            this.facts = facts;
            this.out = out;
            this.articleId = facts.article().id();
            this.article = NKG.articleIri(articleId);
            this.graph = article;
        }

        private void add(Node s, Node p, Node o) { out.quad(Quad.create(graph, s, p, o)); }

        private void lit(Node s, Node p, String value) {
            if (value != null && !value.isEmpty()) add(s, p, NodeFactory.createLiteralString(value));
        }

        private void typed(Node s, Node p, String lexical, XSDDatatype type) {
            add(s, p, NodeFactory.createLiteralDT(lexical, type));
        }

        void emit() {
            Article a = facts.article();
            add(article, RDF.type.asNode(), NKG.Article);
            add(article, RDF.type.asNode(), SDO.NewsArticle);
            add(article, RDF.type.asNode(), NIF.Context);
            lit(article, SDO.headline, a.title());
            if (a.url() != null) add(article, SDO.url, NodeFactory.createURI(a.url()));
            if (a.published() != null) typed(article, SDO.datePublished, a.published().toString(), XSDDatatype.XSDdate);
            lit(article, NKG.sourceName, a.sourceName());
            lit(article, NKG.contentHash, ArticleIds.sha256(a.text()));
            lit(article, NIF.isString, a.text());
            if (facts.author() != null) add(article, SDO.author, describe(facts.author()));
            if (facts.outlet() != null) add(article, SDO.publisher, describe(facts.outlet()));
            Set<Node> mentioned = new LinkedHashSet<>();
            for (Entity e : facts.entities()) mentioned.add(describe(e));
            for (Node n : mentioned) add(article, SDO.mentions, n);
            int n = 0;
            for (Fact f : facts.facts()) {
                n++;
                if (f instanceof Holds h) holds(h, n);
                else if (f instanceof Serves s) add(describe(s.person()), NKG.country, describe(s.country()));
                else if (f instanceof Said s) said(s, n);
                else if (f instanceof Took t) took(t, n);
                else if (f instanceof Interacts i) interacts(i, n);
                else throw new IllegalStateException("unmapped fact " + f.getClass());
            }
        }

        private Node factIri(String kind, int n) {
            return NodeFactory.createURI(NKG.ID + kind + "/" + articleId + "-" + n);
        }

        private Node describe(Entity e) {
            Node iri = entityIri(e);
            if (!described.add(iri)) return iri;
            lit(iri, SKOS.prefLabel.asNode(), e.label());
            lit(iri, RDFS.label.asNode(), e.label());
            for (String alt : e.altLabels()) if (!alt.equals(e.label())) lit(iri, SKOS.altLabel.asNode(), alt);
            switch (e.type()) {
                case PERSON -> {
                    add(iri, RDF.type.asNode(), NKG.Person);
                    add(iri, RDF.type.asNode(), SDO.Person);
                }
                case COUNTRY -> {
                    add(iri, RDF.type.asNode(), NKG.Country);
                    add(iri, RDF.type.asNode(), SDO.Country);
                    Country c = knowledge.country(e.key());
                    if (c != null) {
                        lit(iri, NKG.iso2, c.iso2());
                        lit(iri, NKG.iso3, c.iso3());
                        if (!c.wikidata().isEmpty()) add(iri, OWL.sameAs.asNode(), NodeFactory.createURI(ExternalTerms.WIKIDATA + c.wikidata()));
                    }
                }
                case ORGANIZATION -> {
                    add(iri, RDF.type.asNode(), NKG.Organization);
                    add(iri, RDF.type.asNode(), ORG.Organization);
                    Organization o = knowledge.organization(e.key());
                    if (o != null) {
                        lit(iri, NKG.orgType, o.type());
                        if (!o.wikidata().isEmpty()) add(iri, OWL.sameAs.asNode(), NodeFactory.createURI(ExternalTerms.WIKIDATA + o.wikidata()));
                    }
                    countryOf(iri, e, NKG.country);
                }
                case PLACE -> {
                    add(iri, RDF.type.asNode(), NKG.Place);
                    add(iri, RDF.type.asNode(), SDO.Place);
                    var p = knowledge.place(e.key());
                    if (p != null) lit(iri, NKG.placeKind, p.kind());
                    countryOf(iri, e, SDO.containedInPlace);
                }
            }
            return iri;
        }

        private void countryOf(Node iri, Entity e, Node property) {
            if (e.country().isEmpty()) return;
            Country c = knowledge.country(e.country());
            if (c == null) return;
            add(iri, property, describe(new Entity(Entity.Type.COUNTRY, c.iso2(), c.name(), java.util.List.of(), c.iso2())));
        }

        private Node concept(String scheme, Node schemeNode, String value, String plover) {
            Node c = conceptIri(scheme, value);
            if (described.add(c)) {
                add(c, RDF.type.asNode(), SKOS.Concept.asNode());
                add(c, SKOS.inScheme.asNode(), schemeNode);
                lit(c, SKOS.prefLabel.asNode(), value);
                lit(c, SKOS.notation.asNode(), ArticleIds.slug(value));
                lit(c, NKG.ploverCode, plover);
            }
            return c;
        }

        private void provenance(Node fact, Evidence ev) {
            Node e = NodeFactory.createURI(NKG.ARTICLE + articleId + "#char=" + ev.begin() + "," + ev.end());
            if (described.add(e)) {
                add(e, RDF.type.asNode(), NKG.Evidence);
                add(e, RDF.type.asNode(), NIF.String);
                add(e, NIF.referenceContext, article);
                typed(e, NIF.beginIndex, Integer.toString(ev.begin()), XSDDatatype.XSDnonNegativeInteger);
                typed(e, NIF.endIndex, Integer.toString(ev.end()), XSDDatatype.XSDnonNegativeInteger);
                lit(e, NIF.anchorOf, ev.text());
            }
            add(fact, PROV.wasDerivedFrom, e);
            lit(fact, NKG.rule, ev.rule());
            typed(fact, NKG.confidence, confidence(ev.confidence()), XSDDatatype.XSDdecimal);
        }

        private static String confidence(double c) {
            String s = CONFIDENCES.get(c);
            if (s == null) {
                s = String.format(Locale.ROOT, "%.2f", c);
                if (CONFIDENCES.size() < 10_000) CONFIDENCES.put(c, s);
            }
            return s;
        }

        private void date(Node fact, String value) {
            if (value == null || value.isEmpty()) return;
            XSDDatatype type;
            if (DAY.matcher(value).matches()) type = XSDDatatype.XSDdate;
            else if (MONTH_DAY.matcher(value).matches()) type = XSDDatatype.XSDgMonthDay;
            else if (YEAR_MONTH.matcher(value).matches()) type = XSDDatatype.XSDgYearMonth;
            else if (YEAR.matcher(value).matches()) type = XSDDatatype.XSDgYear;
            else throw new IllegalArgumentException("not an ISO 8601 date value: " + value);
            typed(fact, NKG.date, value, type);
        }

        private void holds(Holds h, int n) {
            Node person = describe(h.person());
            String owner = h.of() == null ? "person-" + h.person().key()
                    : (h.of().type() == Entity.Type.COUNTRY ? "country-" : "org-") + h.of().key().replace('/', '-');
            // an envoy's post is one per host country: Turkey's ambassador to Azerbaijan is not its ambassador to Armenia
            String host = h.hostCountry() == null ? "" : "-to-" + h.hostCountry().key();
            Node post = NodeFactory.createURI(NKG.ID + "post/" + owner + "/" + ArticleIds.slug(h.head()) + host);
            if (described.add(post)) {
                add(post, RDF.type.asNode(), NKG.Post);
                add(post, RDF.type.asNode(), ORG.Post);
                String ofLabel = h.of() == null ? "" : " of " + h.of().label();
                lit(post, RDFS.label.asNode(), capitalize(h.head()) + ofLabel);
                lit(post, NKG.titleHead, h.head());
                if (h.of() != null) add(post, ORG.postIn, describe(h.of()));
                if (h.hostCountry() != null) add(post, NKG.accreditedTo, describe(h.hostCountry()));
            }
            // a former post is recorded by its tenure only: org:holds says the person holds it now
            if (!h.former()) add(person, ORG.holds, post);
            Node tenure = factIri("tenure", n);
            add(tenure, RDF.type.asNode(), NKG.Tenure);
            add(tenure, NKG.holder, person);
            add(tenure, NKG.post, post);
            lit(tenure, NKG.title, h.title());
            typed(tenure, NKG.former, Boolean.toString(h.former()), XSDDatatype.XSDboolean);
            date(tenure, h.date());
            provenance(tenure, h.evidence());
        }

        private void said(Said s, int n) {
            Node st = factIri("statement", n);
            add(st, RDF.type.asNode(), NKG.Statement);
            add(st, PROV.wasAttributedTo, describe(s.speaker()));
            add(st, NKG.statementKind, concept("statement-kind", NKG.StatementKinds, s.kind(), ""));
            if (!s.medium().isEmpty()) add(st, NKG.medium, concept("medium", NKG.Media, s.medium(), ""));
            date(st, s.date());
            lit(st, NKG.quote, s.text());
            lit(st, NKG.reportingVerb, s.verb());
            for (Entity e : s.about()) add(st, NKG.about, describe(e));
            provenance(st, s.evidence());
        }

        private void took(Took t, int n) {
            Node ev = factIri("event", n);
            add(ev, RDF.type.asNode(), NKG.Event);
            add(ev, RDF.type.asNode(), SEM.Event);
            add(ev, NKG.eventType, concept("event-type", NKG.EventTypes, t.type(), t.plover()));
            lit(ev, RDFS.label.asNode(), t.label());
            for (Entity p : t.participants()) add(ev, SEM.hasActor, describe(p));
            for (Entity p : t.places()) add(ev, SEM.hasPlace, describe(p));
            date(ev, t.date());
            if (t.killed() >= 0) typed(ev, NKG.killed, Integer.toString(t.killed()), XSDDatatype.XSDnonNegativeInteger);
            if (t.wounded() >= 0) typed(ev, NKG.wounded, Integer.toString(t.wounded()), XSDDatatype.XSDnonNegativeInteger);
            provenance(ev, t.evidence());
        }

        private void interacts(Interacts i, int n) {
            Node x = factIri("interaction", n);
            add(x, RDF.type.asNode(), NKG.Interaction);
            add(x, NKG.source, describe(i.source()));
            add(x, NKG.relation, concept("relation", NKG.Relations, i.relation(), i.plover()));
            add(x, NKG.target, describe(i.target()));
            date(x, i.date());
            provenance(x, i.evidence());
        }
    }

    private static String capitalize(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (b.length() > 0) b.append(' ');
            b.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }
}
