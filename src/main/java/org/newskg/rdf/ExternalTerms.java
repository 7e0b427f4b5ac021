package org.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the vocabularies newskg reuses; one nested class per vocabulary. */
public final class ExternalTerms {
    private ExternalTerms() {}

    private static Node u(String iri) { return NodeFactory.createURI(iri); }

    /** W3C Organization Ontology. */
    public static final class ORG {
        private ORG() {}
        public static final String NS = "http://www.w3.org/ns/org#";
        public static final Node Organization = u(NS + "Organization");
        public static final Node FormalOrganization = u(NS + "FormalOrganization");
        public static final Node Post = u(NS + "Post");
        public static final Node holds = u(NS + "holds");
        public static final Node postIn = u(NS + "postIn");
    }

    /** Simple Event Model. */
    public static final class SEM {
        private SEM() {}
        public static final String NS = "http://semanticweb.cs.vu.nl/2009/11/sem/";
        public static final Node Event = u(NS + "Event");
        public static final Node hasActor = u(NS + "hasActor");
        public static final Node hasPlace = u(NS + "hasPlace");
    }

    /** schema.org. */
    public static final class SDO {
        private SDO() {}
        public static final String NS = "https://schema.org/";
        public static final Node NewsArticle = u(NS + "NewsArticle");
        public static final Node Person = u(NS + "Person");
        public static final Node Place = u(NS + "Place");
        public static final Node Country = u(NS + "Country");
        public static final Node Organization = u(NS + "Organization");
        public static final Node headline = u(NS + "headline");
        public static final Node url = u(NS + "url");
        public static final Node datePublished = u(NS + "datePublished");
        public static final Node author = u(NS + "author");
        public static final Node publisher = u(NS + "publisher");
        public static final Node mentions = u(NS + "mentions");
        public static final Node containedInPlace = u(NS + "containedInPlace");
    }

    /** PROV-O. */
    public static final class PROV {
        private PROV() {}
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Node wasDerivedFrom = u(NS + "wasDerivedFrom");
        public static final Node wasAttributedTo = u(NS + "wasAttributedTo");
    }

    /** NLP Interchange Format core: character offsets into a context string. */
    public static final class NIF {
        private NIF() {}
        public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
        public static final Node Context = u(NS + "Context");
        public static final Node String = u(NS + "String");
        public static final Node isString = u(NS + "isString");
        public static final Node referenceContext = u(NS + "referenceContext");
        public static final Node beginIndex = u(NS + "beginIndex");
        public static final Node endIndex = u(NS + "endIndex");
        public static final Node anchorOf = u(NS + "anchorOf");
    }

    /** Wikidata entities. */
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
}
