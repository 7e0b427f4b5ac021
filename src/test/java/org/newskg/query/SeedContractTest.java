package org.newskg.query;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.explore.SeedStore;
import org.newskg.ingest.IngestSettings;
import org.newskg.pipeline.Pipeline;
import org.newskg.store.KgStore;
import org.newskg.store.StoreBuilder;
import org.newskg.store.StoreValidator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The query contract on the seed article, built as a user builds it into a real TDB2 store: every contract query
 * returns its columns and the seed's facts, every named query runs, and every graph the engine writes — the
 * seed's and those of all dev and held-out articles — conforms to the shapes.
 */
class SeedContractTest {
    @TempDir
    static Path dir;
    static KgStore kg;

    @BeforeAll
    static void build() {
        kg = KgStore.open(SeedStore.build(dir.resolve("kg")));
    }

    @AfterAll
    static void close() { kg.close(); }

    /** Rows of a named query as CSV records (header first). */
    static List<List<String>> rows(String name) {
        NamedQuery q = NamedQueries.find(name).orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(60).run(q, new QueryTarget.Local(kg), null, ResultFormat.CSV, out);
        List<List<String>> rows = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\r?\n")) {
            if (!line.isEmpty()) rows.add(csv(line));
        }
        return rows;
    }

    static List<String> csv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') { b.append('"'); i++; } else quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        cells.add(b.toString());
        return cells;
    }

    static Set<String> column(List<List<String>> rows, String name) {
        int i = rows.get(0).indexOf(name);
        return rows.stream().skip(1).map(r -> r.get(i)).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> joined(List<List<String>> rows, String... names) {
        List<Integer> idx = Stream.of(names).map(n -> rows.get(0).indexOf(n)).toList();
        return rows.stream().skip(1).map(r -> idx.stream().map(r::get).collect(Collectors.joining(" | ")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void givenSeed_whenPeopleQueried_thenTheNinePeopleByTheirFullestNames() {
        List<List<String>> r = rows("people");
        assertEquals(List.of("person", "name"), r.get(0));
        assertEquals(new TreeSet<>(List.of("Vugar Khalilov", "Charles Michel", "Aliyev", "Nikol Pashinyan", "Josep Borrell",
                "Klaar", "Mevlut Cavusoglu", "Ibrahim Kalin", "Cahit Bagci")), column(r, "name"));
    }

    @Test
    void givenSeed_whenRolesQueried_thenPostsWithWhatTheyBelongTo() {
        List<List<String>> r = rows("roles");
        assertEquals(List.of("person", "name", "title", "organization"), r.get(0));
        Set<String> roles = joined(r, "name", "title", "organization");
        assertTrue(roles.containsAll(List.of("Mevlut Cavusoglu | Foreign Minister | Turkey",
                "Cahit Bagci | Ambassador to Azerbaijan | Turkey", "Nikol Pashinyan | Prime Minister | Armenia",
                "Klaar | Special Representative | European Union", "Vugar Khalilov | Author | Azernews")), roles.toString());
        assertEquals(9, roles.size(), roles.toString());
    }

    @Test
    void givenSeed_whenCountriesPlacesAndPersonCountriesQueried_thenExactlyTheSeedsOnes() {
        assertEquals(List.of("country", "name", "iso"), rows("countries").get(0));
        assertEquals(Set.of("Armenia | AM", "Azerbaijan | AZ", "Turkey | TR"), joined(rows("countries"), "name", "iso"));
        assertEquals(Set.of("Baku", "Yerevan", "Dashkasan", "Kalbajar", "Lachin", "Karabakh"), column(rows("places"), "name"));
        assertEquals(Set.of("Aliyev | Azerbaijan", "Nikol Pashinyan | Armenia", "Mevlut Cavusoglu | Turkey",
                "Ibrahim Kalin | Turkey", "Cahit Bagci | Turkey"), joined(rows("person-countries"), "name", "country"));
    }

    @Test
    void givenSeed_whenOrganizationsQueried_thenNamedBodiesForcesAndMedia() {
        Set<String> orgs = column(rows("organizations"), "name");
        assertTrue(orgs.containsAll(List.of("European Council", "European Union", "OSCE Minsk Group", "Azernews", "Twitter",
                "Armenian Armed Forces", "Azerbaijani Armed Forces")), orgs.toString());
    }

    @Test
    void givenSeed_whenStatementsQueried_thenTheFourSpeakersWithTheirKinds() {
        List<List<String>> r = rows("statements");
        assertEquals(List.of("statement", "speaker", "kind", "date", "text"), r.get(0));
        assertEquals(Set.of("Charles Michel", "Mevlut Cavusoglu", "Ibrahim Kalin", "Cahit Bagci"), column(r, "speaker"));
        Set<String> kinds = joined(r, "speaker", "kind");
        assertTrue(kinds.containsAll(List.of("Charles Michel | concern", "Mevlut Cavusoglu | support", "Cahit Bagci | condolence")), kinds.toString());
    }

    @Test
    void givenSeed_whenEventsQueried_thenTheNightAttackWithItsPlacesAndDayWithoutYear() {
        List<List<String>> r = rows("events");
        assertEquals(List.of("event", "type", "date", "place", "participant"), r.get(0));
        Set<String> rows = joined(r, "date", "place");
        assertTrue(rows.containsAll(List.of("--09-13 | Dashkasan", "--09-13 | Kalbajar", "--09-13 | Lachin")), rows.toString());
        assertTrue(joined(r, "type", "place").contains("visit | Baku"), r.toString());
    }

    @Test
    void givenSeed_whenInteractionsQueried_thenTheEdgesTheArticleStates() {
        List<List<String>> r = rows("interactions");
        assertEquals(List.of("source", "relation", "target"), r.get(0));
        Set<String> edges = joined(r, "source", "relation", "target");
        assertTrue(edges.containsAll(List.of("Turkey | support | Azerbaijan", "Josep Borrell | request | Klaar",
                "Charles Michel | consult | Nikol Pashinyan", "Mevlut Cavusoglu | accuse | Armenia",
                "Armenia | assault | Azerbaijan")), edges.toString());
        assertTrue(edges.stream().noneMatch(e -> e.startsWith("Mevlut Cavusoglu | accuse | Azerbaijan")), edges.toString());
    }

    @Test
    void givenSeed_whenEveryNamedQueryRuns_thenEachAnswersWithAHeader() {
        for (NamedQuery q : NamedQueries.all()) {
            List<List<String>> r = rows(q.name());
            assertTrue(!r.isEmpty() && !r.get(0).isEmpty(), q.name());
        }
    }

    @Test
    void givenSeedAndEveryEvalArticle_whenBuilt_thenEveryGraphConformsToTheShapes() throws IOException {
        assertTrue(StoreValidator.bundled().validate(kg).conforms(), "seed");
        List<Path> articles;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/eval"))) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(74, articles.size());   // dev 15, held-out 5, fresh 6, probe 6, probe2 6, probe3 6, probe4 6, probe5 6, probe6 6, probe7 6, probe8 6
        try (KgStore all = KgStore.open(dir.resolve("eval"))) {
            new StoreBuilder(Pipeline.standard(), IngestSettings.DEFAULTS, null, StoreBuilder.DEFAULT_BATCH)
                    .build(articles, all, p -> { throw new AssertionError(p); });
            StoreValidator.Result result = StoreValidator.bundled().validate(all);
            assertEquals(74, result.graphs());
            assertTrue(result.conforms(), result.violations().stream().limit(5).map(Object::toString).collect(Collectors.joining("\n")));
        }
    }
}
