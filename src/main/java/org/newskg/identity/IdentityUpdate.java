package org.newskg.identity;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.identity.ActorEvidence.Kind;
import org.newskg.rdf.ExternalTerms.ORG;
import org.newskg.rdf.NKG;
import org.newskg.recognize.Knowledge;
import org.newskg.recognize.NameFolding;
import org.newskg.recognize.Organization;
import org.newskg.store.Changes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Brings the identity graph up to date with a change of a few article graphs without reading the whole store.
 * <p>
 * The resolver only ever joins two IRIs whose names can match (a spelling variant, a surname, the same folded name,
 * an acronym, a gazetteer name) or that a user merged, and every decision about a pair looks only at the groups
 * of that pair. So the actors of a set of IRIs that no such "may match" pair leaves are the same whether the
 * resolver sees that set alone or the whole store. The update takes the IRIs the changed graphs mention, the
 * actors they were in, and, until nothing is added, every actor of the identity graph with a name that may match
 * one of theirs; reads the evidence of just those IRIs (queries with the IRI bound), resolves them, and rewrites
 * their actors, the owners of the posts they touch and the changed places. The names compared for the actors
 * left alone are those the identity graph holds for them (every name of every member), which can only widen the
 * set, never miss an IRI.
 * <p>
 * Country actors are one IRI each unless a user merged countries; when the update would change such a merged
 * country (other actors' quads name countries by their canonical IRI) it gives up and the caller recomputes all.
 */
final class IdentityUpdate {
    private static final String POST_OWNERS = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            SELECT ?x ?owner WHERE {
              GRAPH ?g {
                ?g a nkg:Article .
                ?tn a nkg:Tenure ; nkg:holder ?x ; nkg:post ?post .
                ?post org:postIn ?owner .
              }
            }""";

    private final IdentityResolver resolver;
    private final Knowledge knowledge;
    private final Names names;

    IdentityUpdate(IdentityResolver resolver, Knowledge knowledge) {
        this.resolver = resolver;
        this.knowledge = knowledge;
        this.names = new Names(knowledge);
    }

    /** What to write: subjects of the identity graph to delete, quads to add, and the summary afterwards. */
    record Plan(Set<Node> subjects, List<Quad> quads, IdentityStage.Summary summary) {}

    /** The identity graph as it stands: each actor's kind, members and names, each IRI's actor, each post's owner. */
    private static final class Current {
        final Map<String, Kind> kinds = new TreeMap<>();
        final Map<String, String> canonicalOf = new HashMap<>();
        final Map<String, SortedSet<String>> members = new TreeMap<>();
        final Map<String, SortedSet<String>> names = new HashMap<>();
        final Map<String, String> postIn = new HashMap<>();

        static Current read(DatasetGraph dsg) {
            Current c = new Current();
            Map<String, SortedSet<String>> labels = new HashMap<>();
            Map<String, String> links = new HashMap<>();
            for (Iterator<Quad> it = dsg.find(IdentityGraph.GRAPH, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                if (!q.getSubject().isURI()) continue;
                String s = q.getSubject().getURI();
                Node p = q.getPredicate(), o = q.getObject();
                if (p.equals(RDF.Nodes.type)) {
                    if (o.equals(NKG.Person)) c.kinds.put(s, Kind.PERSON);
                    else if (o.equals(NKG.Organization)) c.kinds.put(s, Kind.ORGANIZATION);
                    else if (o.equals(NKG.Country)) c.kinds.put(s, Kind.COUNTRY);
                } else if ((p.equals(SKOS.prefLabel.asNode()) || p.equals(SKOS.altLabel.asNode())) && o.isLiteral()) {
                    labels.computeIfAbsent(s, k -> new TreeSet<>()).add(o.getLiteralLexicalForm());
                } else if (p.equals(NKG.canonical) && o.isURI()) {
                    links.put(s, o.getURI());
                } else if (p.equals(ORG.postIn) && o.isURI()) {
                    c.postIn.put(s, o.getURI());
                }
            }
            for (String a : c.kinds.keySet()) {
                c.canonicalOf.put(a, a);
                c.members.put(a, new TreeSet<>(Set.of(a)));
                c.names.put(a, labels.getOrDefault(a, new TreeSet<>()));
            }
            links.forEach((m, a) -> {
                if (!c.kinds.containsKey(a)) return;
                c.canonicalOf.put(m, a);
                c.members.get(a).add(m);
            });
            return c;
        }
    }

    /** Names of one side of a "may match" test, prepared once: folded name words, folded names, gazetteer IRIs. */
    private final class Side {
        final Kind kind;
        final Set<String> iris;
        final List<List<String>> tokens = new ArrayList<>();
        final Set<String> folded = new HashSet<>(), acronyms = new HashSet<>(), initials = new HashSet<>(), gazetteer = new HashSet<>();

        Side(Kind kind, Collection<String> iris, Collection<String> ns) {
            this.kind = kind;
            this.iris = new HashSet<>(iris);
            for (String n : ns) add(n);
            if (ns.isEmpty()) add("");
        }

        private void add(String n) {
            if (kind == Kind.PERSON) {
                tokens.add(names.tokens(n));
            } else if (kind == Kind.ORGANIZATION) {
                folded.add(NameFolding.fold(n));
                if (n.matches("[A-Z]{2,8}")) acronyms.add(n);
                initials.add(IdentityResolver.initials(n));
                Organization g = knowledge.organizationNamed(n);
                if (g != null) gazetteer.add(NKG.ID + "org/" + g.key());
            }
        }

        /** Whether the resolver may join an IRI of this side with one of {@code o}. */
        boolean mayMatch(Side o) {
            if (kind != o.kind) return false;
            if (kind == Kind.PERSON) {
                for (List<String> a : tokens) for (List<String> b : o.tokens) if (people(a, b)) return true;
                return false;
            }
            if (kind != Kind.ORGANIZATION) return false;
            for (String f : folded) if (o.folded.contains(f)) return true;
            for (String a : acronyms) if (o.initials.contains(a)) return true;
            for (String a : o.acronyms) if (initials.contains(a)) return true;
            for (String g : gazetteer) if (o.iris.contains(g)) return true;
            for (String g : o.gazetteer) if (iris.contains(g)) return true;
            return false;
        }

        private boolean people(List<String> a, List<String> b) {
            if (a.equals(b) || names.fullNamesMatch(a, b)) return true;
            if (a.size() == 1 && names.surnameOf(a.get(0), b)) return true;
            return b.size() == 1 && names.surnameOf(b.get(0), a);
        }
    }

    /** The plan for {@code changes} (call inside a read transaction), or null when only a full recompute will do. */
    Plan plan(DatasetGraph dsg, Changes changes, Corrections corrections) {
        Current cur = Current.read(dsg);
        if (cur.kinds.isEmpty()) return null;
        // the IRIs to resolve again, and the actors of the identity graph they take apart
        SortedSet<String> iris = new TreeSet<>();
        Set<String> oldActors = new TreeSet<>();
        Map<String, ActorEvidence> evidence = new TreeMap<>();
        SortedMap<String, String> noPlaces = new TreeMap<>();
        Map<String, Side> others = new TreeMap<>();
        for (Map.Entry<String, Kind> a : cur.kinds.entrySet()) {
            others.put(a.getKey(), new Side(a.getValue(), cur.members.get(a.getKey()), cur.names.get(a.getKey())));
        }
        Deque<String> queue = new ArrayDeque<>(changes.entities());
        while (!queue.isEmpty()) {
            List<String> batch = new ArrayList<>();
            while (!queue.isEmpty()) {
                String iri = queue.poll();
                if (iris.add(iri)) batch.add(iri);
            }
            List<Side> sides = new ArrayList<>();
            for (ActorEvidence e : EvidenceReader.readFor(dsg, batch, noPlaces.keySet()).actors()) {
                evidence.put(e.iri(), e);
                sides.add(new Side(e.kind(), List.of(e.iri()), e.names()));
            }
            for (String iri : batch) {
                String actor = cur.canonicalOf.get(iri);
                if (actor != null && oldActors.add(actor)) {
                    sides.add(others.remove(actor));
                    queue.addAll(cur.members.get(actor));
                }
                for (Corrections.Pair p : corrections.same()) {
                    if (p.a().equals(iri)) queue.add(p.b());
                    if (p.b().equals(iri)) queue.add(p.a());
                }
            }
            for (Iterator<Map.Entry<String, Side>> it = others.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Side> o = it.next();
                for (Side s : sides) {
                    if (s.mayMatch(o.getValue())) {
                        oldActors.add(o.getKey());
                        queue.addAll(cur.members.get(o.getKey()));
                        it.remove();
                        break;
                    }
                }
            }
        }
        List<Actor> actors = resolver.resolve(evidence.values(), corrections);
        for (String a : oldActors) if (cur.kinds.get(a) == Kind.COUNTRY && cur.members.get(a).size() > 1) return null;
        for (Actor a : actors) if (a.kind() == Kind.COUNTRY && a.members().size() > 1) return null;

        Map<String, String> canonical = new HashMap<>();
        for (Actor a : actors) for (String m : a.members()) canonical.put(m, a.iri());
        java.util.function.Function<String, String> canon = x -> iris.contains(x)
                ? canonical.getOrDefault(x, x) : cur.canonicalOf.getOrDefault(x, x);
        java.util.function.Predicate<String> entity = x -> iris.contains(x) ? canonical.containsKey(x) : cur.canonicalOf.containsKey(x);

        Set<Node> subjects = new LinkedHashSet<>();
        List<Quad> quads = new ArrayList<>();
        for (String a : oldActors) {
            for (String m : cur.members.get(a)) {
                Node mn = NodeFactory.createURI(m);
                subjects.add(mn);
                for (Iterator<Quad> it = dsg.find(IdentityGraph.GRAPH, Node.ANY, NKG.merges, mn); it.hasNext(); ) subjects.add(it.next().getSubject());
            }
            for (Iterator<Quad> it = dsg.find(IdentityGraph.GRAPH, Node.ANY, NKG.holder, NodeFactory.createURI(a)); it.hasNext(); ) {
                subjects.add(it.next().getSubject());
            }
        }
        for (Actor a : actors) quads.addAll(IdentityGraph.actorQuads(a, canon));
        // posts: those the changed graphs name, and those whose owner was one of the IRIs resolved again
        SortedSet<String> posts = new TreeSet<>(changes.posts());
        cur.postIn.forEach((post, owner) -> { if (iris.contains(owner)) posts.add(post); });
        for (String post : posts) {
            Node p = NodeFactory.createURI(post);
            if (!cur.canonicalOf.containsKey(post)) subjects.add(p);
            SortedSet<String> owners = new TreeSet<>();
            EvidenceReader.bound(dsg, POST_OWNERS, "post", p, b -> {
                Node x = b.get("x"), o = b.get("owner");
                if (x != null && x.isURI() && o != null && o.isURI() && entity.test(x.getURI())) owners.add(o.getURI());
            });
            // the mapper names a post by its owner, so every article gives a post the same owner
            if (!owners.isEmpty()) quads.add(IdentityGraph.postQuad(post, canon.apply(owners.first())));
        }
        SortedMap<String, String> places = EvidenceReader.readFor(dsg, List.of(), changes.places()).places();
        for (String place : changes.places()) {
            if (cur.canonicalOf.containsKey(place) || entity.test(place)) continue;
            subjects.add(NodeFactory.createURI(place));
            String name = places.get(place);
            if (name != null) quads.addAll(IdentityGraph.placeQuads(place, name));
        }
        return new Plan(subjects, quads, summary(cur, oldActors, actors));
    }

    private static IdentityStage.Summary summary(Current cur, Set<String> oldActors, List<Actor> actors) {
        int[] iris = new int[3], groups = new int[3];
        cur.kinds.forEach((a, kind) -> {
            if (oldActors.contains(a)) return;
            iris[kind.ordinal()] += cur.members.get(a).size();
            groups[kind.ordinal()]++;
        });
        for (Actor a : actors) {
            iris[a.kind().ordinal()] += a.members().size();
            groups[a.kind().ordinal()]++;
        }
        return new IdentityStage.Summary(iris[0], groups[0], iris[1], groups[1], groups[2]);
    }
}
