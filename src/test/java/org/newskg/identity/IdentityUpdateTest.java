package org.newskg.identity;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.bench.CorpusGenerator;
import org.newskg.ingest.IngestSettings;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.BuildReport;
import org.newskg.store.KgStore;
import org.newskg.store.StoreBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The identity graph an incremental build leaves (only the actors the changed articles touch resolved again) is
 * the one a full recompute writes over the same store: real TDB2 stores, the identity fixtures and synthetic
 * articles, with articles added, replaced and removed.
 */
class IdentityUpdateTest {
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final IdentityStage STAGE = IdentityStage.standard();

    @TempDir
    Path tmp;

    private static BuildReport build(KgStore store, List<Path> inputs) {
        List<String> problems = new ArrayList<>();
        BuildReport r = new StoreBuilder(PIPELINE, IngestSettings.DEFAULTS, null, 100).build(inputs, store, problems::add);
        assertEquals(List.of(), problems);
        return r;
    }

    /** The identity graph as sorted N-Quads-like lines (blank nodes never occur in it). */
    private static TreeSet<String> identity(KgStore store) {
        return store.read(dsg -> {
            TreeSet<String> out = new TreeSet<>();
            for (Iterator<Quad> it = dsg.find(IdentityGraph.GRAPH, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) out.add(it.next().toString());
            return out;
        });
    }

    /** Updates the identity graph for what {@code report} changed, then checks a full recompute writes the same. */
    private static void assertUpdateEqualsRecompute(KgStore store, BuildReport report) {
        IdentityStage.Summary updated = STAGE.update(store, report.changes());
        TreeSet<String> incremental = identity(store);
        IdentityStage.Summary full = STAGE.recompute(store);
        assertEquals(identity(store), incremental);
        assertEquals(full, updated);
    }

    @Test
    void givenArticlesAddedOneByOne_whenUpdated_thenIdentityGraphEqualsFullRecompute() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            BuildReport first = build(store, IdentityStageTest.files(List.of("i1")));
            assertTrue(first.changes().whole(), "a build into an empty store recomputes everything");
            STAGE.update(store, first.changes());
            for (String id : List.of("i2", "i3", "i4", "i5", "i6")) {
                BuildReport r = build(store, IdentityStageTest.files(List.of(id)));
                assertFalse(r.changes().whole());
                assertFalse(r.changes().entities().isEmpty());
                assertUpdateEqualsRecompute(store, r);
            }
            // the surname-only IRI joined the full name through the update, as the full recompute joins it
            assertTrue(identity(store).stream().anyMatch(q -> q.contains("person/voskanyan") && q.contains("canonical")), identity(store).toString());
        }
    }

    @Test
    void givenArticlesReplacedAndRemoved_whenUpdated_thenIdentityGraphEqualsFullRecompute() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        for (String id : IdentityStageTest.ALL) Files.copy(IdentityStageTest.FIXTURES.resolve(id + ".txt"), dir.resolve(id + ".txt"));
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            STAGE.update(store, build(store, List.of(dir)).changes());
            // i6 alone supports the one-word Belmonte; its new text names nobody (a changed .txt replaces the old graph)
            Files.writeString(dir.resolve("i6.txt"), "Rome announces new patrols\n\nROME, August 8 (Northern Courier) - Italy announced new patrols in the Mediterranean on Thursday.\n");
            BuildReport r = build(store, List.of(dir));
            assertEquals(1, r.removed());
            assertUpdateEqualsRecompute(store, r);
            assertFalse(identity(store).stream().anyMatch(q -> q.startsWith("[https://w3id.org/newskg/graph/identity https://w3id.org/newskg/id/person/belmonte ")),
                    "the surname only i6 named is gone");
            // i1's new text names the other minister spelling only; the group of three loses a member
            Files.writeString(dir.resolve("i1.txt"), "Talks resume\n\nYEREVAN, May 2 (Northern Courier) - Armenia's foreign ministry said talks would resume next week.\n");
            assertUpdateEqualsRecompute(store, build(store, List.of(dir)));
            // nothing changed: the update writes nothing and keeps the graph
            BuildReport same = build(store, List.of(dir));
            assertEquals(0, same.stored());
            assertTrue(same.changes().isEmpty());
            assertUpdateEqualsRecompute(store, same);
        }
    }

    @Test
    void givenSyntheticCorpus_whenTenArticlesAddedToForty_thenIdentityGraphEqualsFullRecompute() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        CorpusGenerator gen = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED, 50);
        Path first = Files.createDirectories(corpus.resolve("first")), second = Files.createDirectories(corpus.resolve("second"));
        for (int i = 0; i < 50; i++) {
            CorpusGenerator.Generated g = gen.article(i);
            Files.writeString((i < 40 ? first : second).resolve(g.id() + ".txt"), g.title() + "\n\n" + g.text());
        }
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            STAGE.update(store, build(store, List.of(first)).changes());
            BuildReport r = build(store, List.of(second));
            assertEquals(10, r.stored());
            assertUpdateEqualsRecompute(store, r);
        }
    }

    @Test
    void givenABuildWhoseIdentityUpdateNeverRan_whenTheNextBuildRuns_thenItRecomputesEverything() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            STAGE.update(store, build(store, IdentityStageTest.files(List.of("i1"))).changes());
            assertFalse(store.identityStale());
            build(store, IdentityStageTest.files(List.of("i2")));
            assertTrue(store.identityStale(), "the store notes the identity graph is behind until an update ran");
            BuildReport next = build(store, IdentityStageTest.files(List.of("i3")));
            assertTrue(next.changes().whole());
            STAGE.update(store, next.changes());
            assertFalse(store.identityStale());
            TreeSet<String> afterUpdate = identity(store);
            STAGE.recompute(store);
            assertEquals(identity(store), afterUpdate);
        }
    }
}
