package org.newskg.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    @Test
    void givenVersion_whenRunOnAnyCommand_thenPrintsVersionAndExits0() {
        for (String c : new String[] {"build", "extract", "load", "query", "serve", "validate", "stats"}) {
            CliRun r = CliRun.of(c, "--version");
            assertEquals(0, r.code(), c);
            assertTrue(r.out().startsWith("newskg "), r.out());
        }
        assertEquals(0, CliRun.of("--version").code());
    }

    @Test
    void givenHelp_whenRun_thenUsageOnStdoutAndExit0() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("build") && r.out().contains("serve"));
    }

    @Test
    void givenNoCommandOrUnknownOption_whenRun_thenExit2() {
        assertEquals(2, CliRun.of().code());
        assertEquals(2, CliRun.of("build", "--no-such-option").code());
    }
}
