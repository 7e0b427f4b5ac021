package org.newskg.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.bench.CorpusGenerator;
import org.newskg.ingest.IngestSettings;
import org.newskg.pipeline.Pipeline;
import org.newskg.rdf.NKG;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreBuilderTest {
    private static StoreBuilder builder(int threads, int batch, StoreBuilder.Loading loading) {
        return new StoreBuilder(Pipeline.standard(), IngestSettings.DEFAULTS, null,
                new StoreBuilder.Settings(threads, batch, loading, null));
    }

    private static DatasetGraph copy(KgStore kg) {
        return kg.read(dsg -> {
            DatasetGraph m = DatasetGraphFactory.createTxnMem();
            dsg.find().forEachRemaining(m::add);
            return m;
        });
    }

    @Test
    void givenGeneratedArticles_whenBuiltInParallelOrInBulk_thenTheDatasetIsTheSequentialOne(@TempDir Path dir) throws Exception {
        Path corpus = new CorpusGenerator(11, 36).write(36, dir.resolve("corpus"), CorpusGenerator.Format.JSONL_GZ);
        List<String> problems = new ArrayList<>();
        DatasetGraph sequential, parallel, bulk;
        try (KgStore kg = KgStore.open(dir.resolve("seq"))) {
            BuildReport r = builder(1, 1, StoreBuilder.Loading.BATCHED).build(List.of(corpus), kg, problems::add);
            assertEquals(36, r.stored());
            sequential = copy(kg);
        }
        try (KgStore kg = KgStore.open(dir.resolve("par"))) {
            builder(4, 7, StoreBuilder.Loading.BATCHED).build(List.of(corpus), kg, problems::add);
            parallel = copy(kg);
        }
        try (KgStore kg = KgStore.open(dir.resolve("bulk"))) {
            builder(3, 500, StoreBuilder.Loading.BULK).build(List.of(corpus), kg, problems::add);
            bulk = copy(kg);
        }
        assertEquals(List.of(), problems);
        assertTrue(IsoMatcher.isomorphic(sequential, parallel), "parallel build differs from the sequential one");
        assertTrue(IsoMatcher.isomorphic(sequential, bulk), "bulk build differs from the sequential one");
    }

    @Test
    void givenABuiltStore_whenBuiltAgain_thenUnchangedArticlesAreSkippedAndAChangedFileReplacesItsOldGraph(@TempDir Path dir) throws Exception {
        CorpusGenerator g = new CorpusGenerator(5, 6);
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 6; i++) Files.writeString(in.resolve("a" + i + ".txt"), g.article(i).text());
        try (KgStore kg = KgStore.open(dir.resolve("kg"))) {
            BuildReport first = builder(2, 2, StoreBuilder.Loading.BATCHED).build(List.of(in), kg, l -> {});
            assertEquals(6, first.stored());
            List<org.apache.jena.graph.Node> before = kg.articleGraphs();

            BuildReport again = builder(2, 2, StoreBuilder.Loading.BATCHED).build(List.of(in), kg, l -> {});
            assertEquals(0, again.stored());
            assertEquals(6, again.skipped());
            DatasetGraph unchanged = copy(kg);

            Files.writeString(in.resolve("a3.txt"), g.article(3).text() + "\n\nA late paragraph was added.");
            BuildReport changed = builder(2, 2, StoreBuilder.Loading.BATCHED).build(List.of(in), kg, l -> {});
            assertEquals(1, changed.stored());
            assertEquals(5, changed.skipped());
            assertEquals(1, changed.removed());
            List<org.apache.jena.graph.Node> after = kg.articleGraphs();
            assertEquals(6, after.size(), before + " -> " + after);
            List<org.apache.jena.graph.Node> gone = new ArrayList<>(before);
            gone.removeAll(after);
            assertEquals(1, gone.size());
            boolean stillThere = kg.read(dsg -> dsg.find(gone.get(0), org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY,
                    org.apache.jena.graph.Node.ANY).hasNext());
            assertFalse(stillThere, "the old graph of the changed file is still there");
            assertTrue(unchanged.containsGraph(gone.get(0)));
            assertTrue(gone.get(0).getURI().startsWith(NKG.ARTICLE));
        }
    }

    @Test
    void givenJsonLinesWithAMalformedRecordInTheMiddle_whenBuiltInParallel_thenItIsReportedWithItsLineAndTheRestIsStored(
            @TempDir Path dir) throws Exception {
        CorpusGenerator g = new CorpusGenerator(9, 8);
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == 4) jsonl.append("{\"title\": \"cut short\", \"text\": \"The talks\n");
            if (i == 6) jsonl.append("\n");
            jsonl.append(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                    java.util.Map.of("id", "rec-" + i, "text", g.article(i).text()))).append('\n');
        }
        Path file = Files.writeString(dir.resolve("batch.jsonl"), jsonl.toString());
        DatasetGraph sequential;
        List<String> seqProblems = new ArrayList<>();
        try (KgStore kg = KgStore.open(dir.resolve("seq"))) {
            assertEquals(8, builder(1, 3, StoreBuilder.Loading.BATCHED).build(List.of(file), kg, seqProblems::add).stored());
            sequential = copy(kg);
        }
        List<String> problems = new ArrayList<>();
        try (KgStore kg = KgStore.open(dir.resolve("par"))) {
            BuildReport r = builder(3, 3, StoreBuilder.Loading.BATCHED).build(List.of(file), kg, problems::add);
            assertEquals(8, r.stored());
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith(file + ":5:"), problems.get(0));
            assertTrue(problems.get(0).contains("malformed JSON"), problems.get(0));
            assertEquals(seqProblems, problems);
            assertTrue(IsoMatcher.isomorphic(sequential, copy(kg)), "parallel build differs from the sequential one");

            // the workers parse the records, and also decide which ones the store holds unchanged
            List<String> again = new ArrayList<>();
            BuildReport r2 = builder(3, 3, StoreBuilder.Loading.BATCHED).build(List.of(file), kg, again::add);
            assertEquals(0, r2.stored());
            assertEquals(8, r2.skipped());
            assertEquals(problems, again);
        }
    }

    @Test
    void givenABuiltStore_whenBuiltAgainUnchanged_thenEveryArticleIsSkipped(@TempDir Path dir) throws Exception {
        CorpusGenerator g = new CorpusGenerator(5, 6);
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 6; i++) Files.writeString(in.resolve("a" + i + ".txt"), g.article(i).text());
        try (KgStore kg = KgStore.open(dir.resolve("kg"))) {
            assertEquals(6, builder(2, 2, StoreBuilder.Loading.BATCHED).build(List.of(in), kg, l -> {}).stored());
            DatasetGraph first = copy(kg);
            BuildReport again = builder(2, 2, StoreBuilder.Loading.BATCHED).build(List.of(in), kg, l -> {});
            assertEquals(0, again.stored());
            assertEquals(6, again.skipped());
            assertTrue(IsoMatcher.isomorphic(first, copy(kg)));
        }
    }
}
