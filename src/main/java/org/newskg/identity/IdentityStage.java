package org.newskg.identity;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.newskg.recognize.Knowledge;
import org.newskg.store.Changes;
import org.newskg.store.KgStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The identity stage over a store: reads every entity of the article graphs and the users' corrections, resolves
 * them to actors and replaces the identity graph. Cheap (entities only), so it runs after every build, load and
 * removal; article graphs are never written.
 */
public final class IdentityStage {
    private final IdentityResolver resolver;
    private final IdentityUpdate update;

    public IdentityStage(Knowledge knowledge) {
        this.resolver = new IdentityResolver(knowledge);
        this.update = new IdentityUpdate(resolver, knowledge);
    }

    public static IdentityStage standard() {
        return new IdentityStage(Knowledge.standard());
    }

    /** What a recomputation found: entity IRIs per kind and actors per kind. */
    public record Summary(int personIris, int people, int organizationIris, int organizations, int countries) {}

    /** The actors of the store as it is now (nothing is written). */
    public List<Actor> actors(KgStore store) {
        return store.read(dsg -> resolver.resolve(EvidenceReader.read(SparqlSource.over(dsg)).actors(), Corrections.read(dsg)));
    }

    /** Recomputes the identity graph of {@code store}. */
    public Summary recompute(KgStore store) {
        Computed c = store.read(dsg -> compute(SparqlSource.over(dsg)));
        store.replaceGraphs(Map.of(IdentityGraph.GRAPH, c.quads()));
        store.clearIdentityStale();
        return summary(c.actors());
    }

    /**
     * Brings the identity graph of {@code store} up to date after a build that made {@code changes}: only the actors
     * the changed article graphs touch are resolved again (see {@link IdentityUpdate}), so a build of a few articles
     * into a big store costs what those articles' actors cost. Recomputes the whole graph when the build started
     * from an empty store, when an earlier build was interrupted before its identity update, or when a country
     * merged by a user is involved. The result is the identity graph {@link #recompute} would write.
     */
    public Summary update(KgStore store, Changes changes) {
        if (changes.whole()) return recompute(store);
        IdentityUpdate.Plan plan = store.read(dsg -> update.plan(dsg, changes, Corrections.read(dsg)));
        if (plan == null) return recompute(store);
        if (!plan.subjects().isEmpty() || !plan.quads().isEmpty()) store.rewriteSubjects(IdentityGraph.GRAPH, plan.subjects(), plan.quads());
        store.clearIdentityStale();
        return plan.summary();
    }

    /**
     * Recomputes the identity graph of a store reached over SPARQL (a Fuseki, say) and hands it to {@code writer},
     * which replaces the store's identity graph with it.
     */
    public Summary recompute(SparqlSource source, Consumer<Map<Node, List<Quad>>> writer) {
        Computed c = compute(source);
        writer.accept(Map.of(IdentityGraph.GRAPH, c.quads()));
        return summary(c.actors());
    }

    private record Computed(List<Actor> actors, List<Quad> quads) {}

    private Computed compute(SparqlSource source) {
        EvidenceReader.Read read = EvidenceReader.read(source);
        List<Actor> actors = resolver.resolve(read.actors(), Corrections.read(source));
        return new Computed(actors, IdentityGraph.quads(actors, read.places()));
    }

    public static Summary summary(List<Actor> actors) {
        int[] iris = new int[3], groups = new int[3];
        for (Actor a : actors) {
            iris[a.kind().ordinal()] += a.members().size();
            groups[a.kind().ordinal()]++;
        }
        return new Summary(iris[0], groups[0], iris[1], groups[1], groups[2]);
    }

    /** Records that {@code a} and {@code b} are one actor, and recomputes. */
    public Summary merge(KgStore store, String a, String b) {
        Corrections c = store.read(Corrections::read).merge(a, b);
        return saveAndRecompute(store, c);
    }

    /**
     * Records that {@code a} is not the same actor as {@code from}, or, when {@code from} is null, as any IRI it is
     * now grouped with; then recomputes.
     */
    public Summary split(KgStore store, String a, String from) {
        List<String> others = new ArrayList<>();
        if (from != null) {
            others.add(from);
        } else {
            for (Actor act : actors(store)) if (act.members().contains(a)) others.addAll(act.members());
        }
        Corrections c = store.read(Corrections::read).split(a, others);
        return saveAndRecompute(store, c);
    }

    private Summary saveAndRecompute(KgStore store, Corrections c) {
        Map<Node, List<Quad>> g = Map.of(Corrections.GRAPH, c.quads());
        store.replaceGraphs(g);
        return recompute(store);
    }
}
