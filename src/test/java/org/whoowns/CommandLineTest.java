package org.whoowns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {

    @Test
    void helpAndVersionExitZero() {
        Cli help = Cli.run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("whoowns practice"), help.out());
        assertTrue(help.out().contains("whoowns validate [--] FILE"), help.out());
        assertTrue(help.out().contains("130 interrupted"), help.out());
        Cli version = Cli.run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().matches("whoowns \\d+\\.\\d+\\.\\d+.*\\n"), version.out());
    }

    @Test
    void item12_everyHelpLineFits80Columns() {
        Cli.run("--help").out().lines().forEach(l -> assertTrue(l.length() <= 80, l.length() + ": " + l));
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
        assertUsage(Cli.run("export", "--format", "pdf"), "whoowns: --format must be one of json, gift, markdown, csv, anki, not \"pdf\"");
        assertUsage(Cli.run("validate"), "whoowns: validate needs at least one pack file, e.g. whoowns validate questions/my-pack.json");
        assertUsage(Cli.run("practice", "--plain", "--seed", "1", "--seed", "2"), "whoowns: --seed is given twice");
        assertUsage(Cli.run("matrix", "--pack", "/no/such/pack.json"), "/no/such/pack.json: no such file");
    }

    @Test
    void item09_echoedArgumentsLoseTheirEscapeSequences() {
        assertUsage(Cli.run("\u001b]0;PWNED\u0007evil\u001b[2J"), "whoowns: unknown command \"evil\" (try whoowns --help)");
        assertUsage(Cli.run("matrix", "--\u001b[31mred"), "whoowns: unknown option --red for matrix (try whoowns --help)");
        assertUsage(Cli.run("practice", "--plain", "--count", "\u001b[2J3"),
                "whoowns: --count needs a whole number from 1 to 1000, not \"3\"");
        assertUsage(Cli.run("matrix", "stray\u009b2J"), "whoowns: unexpected argument \"stray\" (try whoowns --help)");
    }

    @Test
    void item09_validateNamesTheFileWithoutItsEscapeSequences(@TempDir Path dir) throws IOException {
        Path file = Files.copy(Path.of("questions/azure-shared-responsibility.json"), dir.resolve("pack\u001b]0;x\u0007.json"));
        Cli cli = Cli.run("validate", file.toString());
        assertEquals(0, cli.code(), cli.err());
        assertTrue(cli.out().startsWith(dir.resolve("pack.json") + ": valid"), cli.out());
        assertFalse(cli.out().contains("\u001b") || cli.out().contains("\u0007"), cli.out());
    }

    @Test
    void withoutATerminalTheMenuAsksForPlainMode() {
        // Surefire runs without a console, which is exactly the case: never a Swing window, a hint instead.
        Cli cli = Cli.run();
        assertEquals(2, cli.code());
        assertTrue(cli.err().startsWith("whoowns: ") && cli.err().contains("--plain"), cli.err());
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
    }

    @Test
    void item21_withoutATerminalABadArgumentOrPackIsTheErrorReported() {
        assertUsage(Cli.run("practice", "--count", "0"), "whoowns: --count needs a whole number from 1 to 1000, not \"0\"");
        assertUsage(Cli.run("--count", "x"), "whoowns: --count needs a whole number from 1 to 1000, not \"x\"");
        assertUsage(Cli.run("practice", "--pack", "/nonexistent"), "/nonexistent: no such file");
        assertUsage(Cli.run("practice", "--count", "999"),
                "whoowns: --count 999 is more than this pack supports: at most " + supported() + " questions in a run");
    }

    @Test
    void item21_aCountAboveWhatThePackSupportsSaysHowManyThereAre() {
        int supported = supported();
        // the scripted run (--seed, no --learner) is the deck export lists
        assertUsage(Cli.run("practice", "--plain", "--seed", "1", "--count", "" + (supported + 1)),
                "whoowns: --count " + (supported + 1) + " is more than this pack supports: at most " + supported + " questions in a run");
        assertUsage(Cli.run("export", "--count", "1000"),
                "whoowns: --count 1000 is more than this pack supports: at most " + supported + " questions in a run");
        assertEquals(0, Cli.run("export", "--count", "" + supported).code());
    }

    /** Found by CommandLineFuzzTest: a file name with a lone surrogate threw InvalidPathException. */
    @Test
    void aFileNameThePlatformCannotEncodeIsOneLineNotAStackTrace() {
        for (String[] args : List.of(new String[] {"practice", "--plain", "--pack", "a\udd1bb"},
                new String[] {"matrix", "--pack", "\udd1b"})) {
            Cli result = Cli.run(args);
            assertEquals(2, result.code(), result.err());
            assertTrue(result.err().startsWith("whoowns: not a usable file name: "), result.err());
            assertEquals(1, result.err().lines().count(), result.err());
        }
        // validate says so for that file and goes on with the others
        Cli validate = Cli.run("validate", "x\ud974.json", "questions/azure-shared-responsibility.json");
        assertEquals(2, validate.code());
        assertEquals("x.json: not a usable file name\n", validate.err()); // the lone surrogate is cleaned away
        assertTrue(validate.out().startsWith("questions/azure-shared-responsibility.json: valid"), validate.out());
    }

    @Test
    void item21_doubleDashEndsTheOptionsForValidate(@TempDir Path dir) throws IOException {
        Path odd = Files.copy(Path.of("questions/azure-shared-responsibility.json"), dir.resolve("-odd.json"));
        Cli cli = Cli.run("validate", "--", odd.toString());
        assertEquals(0, cli.code(), cli.err());
        assertEquals(1, cli.out().lines().count(), cli.out());
        assertTrue(cli.out().startsWith(odd + ": valid"), cli.out());
        assertUsage(Cli.run("validate", "--"), "whoowns: validate needs at least one pack file, e.g. whoowns validate questions/my-pack.json");
        assertUsage(Cli.run("validate", "-odd.json"), "whoowns: unknown option -odd.json for validate (try whoowns --help)");
    }

    @Test
    void item07_aFailedWriteToStdoutIsAnErrorNotExitZero() {
        for (String[] args : new String[][] {{"matrix"}, {"matrix", "--csv"}, {"export", "--format", "json", "--count", "3"},
                {"--help"}, {"practice", "--plain", "--count", "2", "--seed", "1"}}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            OutputStream full = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("No space left on device");
                }
            };
            int code = Main.run(args, new ByteArrayInputStream("1\n1\n".getBytes(StandardCharsets.UTF_8)),
                    org.whoowns.cli.Output.of(full), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, code, String.join(" ", args));
            assertEquals("whoowns: cannot write to standard output: No space left on device\n",
                    err.toString(StandardCharsets.UTF_8), String.join(" ", args));
        }
    }

    /** How many questions the shipped pack supports in one run: all that export gives without --count. */
    private static int supported() {
        String out = Cli.run("export", "--seed", "1").out();
        return out.split("\"kind\"", -1).length - 1;
    }

    private static void assertUsage(Cli cli, String message) {
        assertEquals(2, cli.code(), cli.err());
        assertEquals(message + System.lineSeparator(), cli.err());
        assertEquals("", cli.out());
    }
}
