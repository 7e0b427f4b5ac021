package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the newskg ontology ({@code ontology/newskg.ttl}), and the IRI spaces of its data. */
public final class NKG {
    private NKG() {}

    public static final String NS = "https://w3id.org/newskg/ontology#";
    /** Entities and fact nodes. */
    public static final String ID = "https://w3id.org/newskg/id/";
    /** Articles; an article's IRI also names its graph. */
    public static final String ARTICLE = "https://w3id.org/newskg/article/";
    /** SKOS concepts: statement kinds, event types, relations, media. */
    public static final String CONCEPT = "https://w3id.org/newskg/concept/";
    /** The graph that holds the ontology itself in a store. */
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/newskg/ontology";
    /** The graph that says which per-article entity IRIs are one actor (recomputed after every store change). */
    public static final String IDENTITY_GRAPH = "https://w3id.org/newskg/graph/identity";
    /** The graph of users' identity corrections (merge, split), never touched by builds. */
    public static final String CORRECTIONS_GRAPH = "https://w3id.org/newskg/graph/corrections";

    private static Node t(String local) { return NodeFactory.createURI(NS + local); }

    // classes
    public static final Node Article = t("Article");
    public static final Node Person = t("Person");
    public static final Node Organization = t("Organization");
    public static final Node Country = t("Country");
    public static final Node Place = t("Place");
    public static final Node Post = t("Post");
    public static final Node Tenure = t("Tenure");
    public static final Node Statement = t("Statement");
    public static final Node Event = t("Event");
    public static final Node Interaction = t("Interaction");
    public static final Node Evidence = t("Evidence");
    public static final Node IdentityDecision = t("IdentityDecision");

    // concept schemes
    public static final Node StatementKinds = t("StatementKinds");
    public static final Node EventTypes = t("EventTypes");
    public static final Node Relations = t("Relations");
    public static final Node Media = t("Media");

    // article
    public static final Node sourceName = t("sourceName");
    public static final Node contentHash = t("contentHash");
    // actors and places
    public static final Node country = t("country");
    public static final Node iso2 = t("iso2");
    public static final Node iso3 = t("iso3");
    public static final Node orgType = t("orgType");
    public static final Node placeKind = t("placeKind");
    // posts
    public static final Node holder = t("holder");
    public static final Node post = t("post");
    public static final Node title = t("title");
    public static final Node titleHead = t("titleHead");
    public static final Node former = t("former");
    public static final Node accreditedTo = t("accreditedTo");
    // statements
    public static final Node statementKind = t("statementKind");
    public static final Node medium = t("medium");
    public static final Node quote = t("quote");
    public static final Node reportingVerb = t("reportingVerb");
    public static final Node about = t("about");
    // events
    public static final Node eventType = t("eventType");
    public static final Node killed = t("killed");
    public static final Node wounded = t("wounded");
    // interactions
    public static final Node source = t("source");
    public static final Node target = t("target");
    public static final Node relation = t("relation");
    // shared by facts
    public static final Node date = t("date");
    public static final Node rule = t("rule");
    public static final Node confidence = t("confidence");
    public static final Node ploverCode = t("ploverCode");
    // identity across articles
    public static final Node canonical = t("canonical");
    public static final Node articleCount = t("articleCount");
    public static final Node identityRule = t("identityRule");
    public static final Node merges = t("merges");
    public static final Node identityEvidence = t("identityEvidence");
    public static final Node Role = t("Role");
    public static final Node referenced = t("referenced");

    public static Node articleIri(String articleId) { return NodeFactory.createURI(ARTICLE + articleId); }
}
