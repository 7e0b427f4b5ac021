package org.newskg.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.recognize.NameFolding;
import org.newskg.store.KgStore;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 15 dev articles in one store: no actor is listed twice, and no person is linked to Wikidata. */
class DevSetIdentityTest {
    @TempDir
    Path tmp;

    @Test
    void givenTheDevSetInOneStore_thenPeopleCountriesAndOrganizationsListNoNameTwice() {
        try (KgStore store = KgStore.open(tmp.resolve("kg"))) {
            IdentityStageTest.build(store, List.of(Path.of("src/test/resources/eval/dev/articles")));
            assertEquals(15, store.articleGraphs().size());
            for (String q : List.of("people", "countries", "organizations")) {
                List<String> rows = IdentityStageTest.rows(store, q);
                assertTrue(rows.size() > 10, q);
                Map<String, String> seen = new HashMap<>();
                for (String row : rows) {
                    String name = NameFolding.fold(row.split(" \\| ")[1]).strip();
                    String before = seen.put(name, row);
                    assertTrue(before == null, q + " lists '" + name + "' twice: " + before + " / " + row);
                }
            }
            IdentityStageTest.assertNoPersonLinkedToWikidata(store);
        }
    }
}
