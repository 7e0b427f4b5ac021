package org.newskg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.ingest.ArticleIds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NKGTest {
    private static final String ONTOLOGY = "ontology/newskg.ttl";

    /** The values the extractor is documented to write (Said, Took, Interacts javadoc and the brief). */
    static final List<String> STATEMENT_KINDS = List.of("concern", "support", "condemn/accuse", "call/appeal",
            "condolence", "congratulation", "claim/inform", "other");
    static final List<String> EVENT_TYPES = List.of("armed-clash", "casualties", "visit", "meeting", "phone-call",
            "summon", "sanction", "protest", "agreement", "election", "disaster", "missile-test", "ceasefire",
            "negotiation", "arrest", "attack", "drill", "aid", "press-conference");
    static final List<String> RELATIONS = List.of("consult", "support", "request", "accuse", "assault", "threaten",
            "sanction", "protest", "agree", "meet", "visit", "condole", "congratulate", "summon", "mediate", "reject",
            "cooperate", "aid", "praise", "criticize");
    static final List<String> MEDIA = List.of("Twitter", "phone call", "press conference", "written statement",
            "interview", "television", "Telegram", "Facebook", "letter", "speech", "social media");
    static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "REQUEST", "DEMAND",
            "ACCUSE", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT");

    private static Graph ontology;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadGraph(ONTOLOGY);
    }

    static List<Node> constants() throws IllegalAccessException {
        List<Node> out = new ArrayList<>();
        for (Field f : NKG.class.getFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && Modifier.isFinal(m) && f.getType() == Node.class) out.add((Node) f.get(null));
        }
        return out;
    }

    private static boolean has(Node s, Node p, Node o) { return ontology.contains(s, p, o); }

    private static boolean hasAny(Node s, Node p) { return ontology.contains(s, p, Node.ANY); }

    @Test
    void everyTermConstant_isDeclaredInTheOntology_withLabelAndComment() throws IllegalAccessException {
        List<Node> terms = constants();
        assertTrue(terms.size() > 40, "found only " + terms.size() + " Node constants in NKG");
        Set<Node> kinds = Set.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
                OWL.AnnotationProperty.asNode(), SKOS.ConceptScheme.asNode());
        List<String> missing = new ArrayList<>();
        for (Node term : terms) {
            boolean declared = kinds.stream().anyMatch(k -> has(term, RDF.type.asNode(), k));
            boolean labelled = hasAny(term, RDFS.label.asNode())
                    || has(term, RDF.type.asNode(), SKOS.ConceptScheme.asNode()) && hasAny(term, SKOS.prefLabel.asNode());
            boolean commented = hasAny(term, RDFS.comment.asNode());
            if (!declared || !labelled || !commented) missing.add(term.getLocalName() + (declared ? "" : " undeclared")
                    + (labelled ? "" : " unlabelled") + (commented ? "" : " uncommented"));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyTermConstant_isInTheOntologyNamespace() throws IllegalAccessException {
        for (Node term : constants()) assertTrue(term.getURI().startsWith(NKG.NS), term.getURI());
    }

    @Test
    void ontologyHeader_hasVersionLabelCommentLicenseAndCreator() {
        Node o = NodeFactory.createURI(NKG.ONTOLOGY_GRAPH);
        assertTrue(has(o, RDF.type.asNode(), OWL.Ontology.asNode()));
        assertTrue(hasAny(o, OWL.versionInfo.asNode()));
        assertTrue(hasAny(o, RDFS.label.asNode()));
        assertTrue(hasAny(o, RDFS.comment.asNode()));
        assertTrue(hasAny(o, NodeFactory.createURI("http://purl.org/dc/terms/license")));
        assertTrue(has(o, NodeFactory.createURI("http://purl.org/dc/terms/creator"), NodeFactory.createLiteralString("newskg developers")));
    }

    @Test
    void everyDocumentedStatementKind_isAConceptOfStatementKinds() {
        assertConcepts("statement-kind", NKG.StatementKinds, STATEMENT_KINDS);
    }

    @Test
    void everyDocumentedEventType_isAConceptOfEventTypes() {
        assertConcepts("event-type", NKG.EventTypes, EVENT_TYPES);
    }

    @Test
    void everyDocumentedRelation_isAConceptOfRelations() {
        assertConcepts("relation", NKG.Relations, RELATIONS);
    }

    @Test
    void everyMedium_isAConceptOfMedia() {
        assertConcepts("medium", NKG.Media, MEDIA);
    }

    /** The media lexicon is what the recognizer can write; its values must all be concepts. */
    @Test
    void everyMediumInTheMediaLexicon_isAConceptOfMedia() throws IOException {
        List<String> values = column("/newskg/lexicon/media.tsv", "medium");
        assertFalse(values.isEmpty(), "media lexicon not found or empty");
        assertConcepts("medium", NKG.Media, values);
    }

    /**
     * The cue gazetteers say what the relator can write. They are checked when they are on the class path (they
     * may live on another branch): a value missing here is a concept the ontology lacks.
     */
    @Test
    void everyValueInTheCueGazetteers_whenPresent_isAConcept() throws IOException {
        assertConcepts("statement-kind", NKG.StatementKinds, column("/newskg/gazetteer/statement-cues.tsv", "kind"));
        assertConcepts("event-type", NKG.EventTypes, column("/newskg/gazetteer/event-triggers.tsv", "type"));
        assertConcepts("relation", NKG.Relations, column("/newskg/gazetteer/interaction-cues.tsv", "relation"));
        assertConcepts("statement-kind", NKG.StatementKinds, column("/newskg/gazetteer/speech-verbs.tsv", "kind"));
        assertConcepts("medium", NKG.Media, column("/newskg/gazetteer/speech-verbs.tsv", "medium"));
    }

    @Test
    void everyPloverCode_isAPloverCategory() {
        List<Triple> codes = ontology.find(Node.ANY, NKG.ploverCode, Node.ANY).toList();
        assertFalse(codes.isEmpty());
        for (Triple t : codes) assertTrue(PLOVER.contains(t.getObject().getLiteralLexicalForm()), t.toString());
    }

    @Test
    void alignments_subclassTheReusedVocabularies() {
        Node sub = RDFS.subClassOf.asNode();
        Node provEntity = NodeFactory.createURI(ExternalTerms.PROV.NS + "Entity");
        assertTrue(has(NKG.Person, sub, ExternalTerms.SDO.Person));
        assertTrue(has(NKG.Organization, sub, ExternalTerms.ORG.Organization));
        assertTrue(has(NKG.Organization, sub, ExternalTerms.SDO.Organization));
        assertTrue(has(NKG.Country, sub, ExternalTerms.ORG.FormalOrganization));
        assertTrue(has(NKG.Country, sub, ExternalTerms.SDO.Country));
        assertTrue(has(NKG.Place, sub, ExternalTerms.SDO.Place));
        assertTrue(has(NKG.Post, sub, ExternalTerms.ORG.Post));
        assertTrue(has(NKG.Event, sub, ExternalTerms.SEM.Event));
        assertTrue(has(NKG.Statement, sub, provEntity));
        assertTrue(has(NKG.Evidence, sub, ExternalTerms.NIF.String));
        assertTrue(has(NKG.Article, sub, ExternalTerms.SDO.NewsArticle));
        assertTrue(has(NKG.Article, sub, ExternalTerms.NIF.Context));
        assertTrue(has(NKG.Article, sub, provEntity));
    }

    /**
     * Each value has a concept at the IRI the mapper mints, in the scheme, whose prefLabel is the value itself
     * (so a store holding the ontology and article graphs agrees on it) and whose notation is its slug.
     */
    private static void assertConcepts(String scheme, Node schemeNode, List<String> values) {
        List<String> problems = new ArrayList<>();
        for (String v : new LinkedHashSet<>(values)) {
            Node c = FactMapper.conceptIri(scheme, v);
            if (!has(c, RDF.type.asNode(), SKOS.Concept.asNode())) { problems.add(v + ": no concept " + c); continue; }
            if (!has(c, SKOS.inScheme.asNode(), schemeNode)) problems.add(v + ": not in " + schemeNode.getLocalName());
            if (!has(c, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(v))) problems.add(v + ": prefLabel differs");
            if (!has(c, SKOS.notation.asNode(), NodeFactory.createLiteralString(ArticleIds.slug(v)))) problems.add(v + ": no notation");
            if (!hasAny(c, SKOS.definition.asNode())) problems.add(v + ": no definition");
        }
        assertEquals(List.of(), problems);
    }

    /** The values of one column of a project TSV resource; empty if the resource is absent. */
    private static List<String> column(String resource, String name) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = NKGTest.class.getResourceAsStream(resource)) {
            if (in == null) return out;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int index = -1;
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (index < 0) {
                    index = List.of(cells).indexOf(name);
                    if (index < 0) throw new IllegalStateException(resource + ": no column " + name);
                    continue;
                }
                if (index < cells.length && !cells[index].isBlank()) out.add(cells[index].strip());
            }
        }
        return out;
    }
}
