package org.newskg.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.identity.IdentityStage;
import org.newskg.rdf.NKG;
import org.newskg.store.KgStore;

import java.io.PrintWriter;

/** What the commands that change identity share: checking the IRIs a user typed, reporting the result. */
final class IdentityCommands {
    private IdentityCommands() {}

    /** Refuses IRIs that no article graph describes as a person, organization or country. */
    static void requireEntities(KgStore kg, String... iris) {
        for (String iri : iris) {
            Node n = NodeFactory.createURI(iri);
            boolean known = kg.read(dsg -> {
                for (Node t : new Node[] {NKG.Person, NKG.Organization, NKG.Country}) {
                    var it = dsg.find(Node.ANY, n, org.apache.jena.vocabulary.RDF.type.asNode(), t);
                    while (it.hasNext()) if (it.next().getGraph().getURI().startsWith(NKG.ARTICLE)) return true;
                }
                return false;
            });
            if (!known) throw new IllegalArgumentException("no article in the store describes " + iri);
        }
    }

    static void print(PrintWriter out, String what, IdentityStage.Summary s) {
        out.println(what);
        summary(out, s);
        out.flush();
    }

    /** The identity counts, as build and load report them too. */
    static void summary(PrintWriter out, IdentityStage.Summary s) {
        out.printf("Identity: %d person IRI(s) -> %d people, %d organization IRI(s) -> %d organizations, %d countries%n",
                s.personIris(), s.people(), s.organizationIris(), s.organizations(), s.countries());
    }
}
