package org.whoowns;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {

    @Test
    void helpAndVersionExitZero() {
        Cli help = Cli.run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("whoowns practice"), help.out());
        assertTrue(help.out().contains("whoowns validate FILE"), help.out());
        Cli version = Cli.run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().matches("whoowns \\d+\\.\\d+\\.\\d+.*\\n"), version.out());
    }

    @Test
    void usageErrorsAreOneLineOnStderrWithExitTwo() {
        assertUsage(Cli.run("frobnicate"), "whoowns: unknown command \"frobnicate\" (try whoowns --help)");
        assertUsage(Cli.run("practice", "--plain", "--count", "zero"),
                "whoowns: --count needs a whole number from 1 to 1000, not \"zero\"");
        assertUsage(Cli.run("practice", "--plain", "--count", "0"),
                "whoowns: --count needs a whole number from 1 to 1000, not \"0\"");
        assertUsage(Cli.run("practice", "--plain", "--seed"), "whoowns: --seed needs a value");
        assertUsage(Cli.run("matrix", "--plain"), "whoowns: unknown option --plain for matrix (try whoowns --help)");
        assertUsage(Cli.run("export", "--format", "pdf"), "whoowns: --format must be one of json, not \"pdf\"");
        assertUsage(Cli.run("validate"), "whoowns: validate needs at least one pack file, e.g. whoowns validate questions/my-pack.json");
        assertUsage(Cli.run("practice", "--plain", "--seed", "1", "--seed", "2"), "whoowns: --seed is given twice");
        assertUsage(Cli.run("matrix", "--pack", "/no/such/pack.json"), "/no/such/pack.json: no such file");
    }

    @Test
    void withoutATerminalTheMenuAsksForPlainMode() {
        // Surefire runs without a console, which is exactly the case: never a Swing window, a hint instead.
        Cli cli = Cli.run();
        assertEquals(2, cli.code());
        assertTrue(cli.err().startsWith("whoowns: ") && cli.err().contains("--plain"), cli.err());
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
    }

    private static void assertUsage(Cli cli, String message) {
        assertEquals(2, cli.code(), cli.err());
        assertEquals(message + System.lineSeparator(), cli.err());
        assertEquals("", cli.out());
    }
}
