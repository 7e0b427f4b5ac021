package org.newskg.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FusekiCredentialsTest {
    @Test
    void givenUserAndPasswordInEnvironment_whenRead_thenUsedAndPasswordNeverPrinted() {
        FusekiCredentials c = FusekiCredentials.fromEnvironment(Map.of("NEWSKG_FUSEKI_USER", "admin",
                "NEWSKG_FUSEKI_PASSWORD", "s3cret")).orElseThrow();
        assertEquals("admin", c.user());
        assertFalse(c.toString().contains("s3cret"));
    }

    @Test
    void givenCredentialsFile_whenRead_thenUserAndPasswordSplitAtFirstColon(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("cred");
        Files.writeString(f, "admin:pa:ss\n");
        FusekiCredentials c = FusekiCredentials.fromEnvironment(Map.of("NEWSKG_FUSEKI_CREDENTIALS", f.toString())).orElseThrow();
        assertEquals("pa:ss", c.password());
    }

    @Test
    void givenNothing_whenRead_thenNone() {
        assertTrue(FusekiCredentials.fromEnvironment(Map.of()).isEmpty());
    }

    @Test
    void givenUserWithoutPassword_whenRead_thenRefused() {
        assertThrows(IllegalArgumentException.class, () -> FusekiCredentials.fromEnvironment(Map.of("NEWSKG_FUSEKI_USER", "admin")));
    }
}
