package org.whoowns;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line and plain-mode answers under fuzzing (issue 15): any arguments and any typed input end
 * with exit code 0, 2 or 130 and at most one line on stderr, never an exception or a hang. No argument
 * writes a file: --out is left out (ExportOutTest covers it).
 */
class CommandLineFuzzTest {
    private static final List<String> WORDS = List.of("", "practice", "matrix", "export", "validate", "help",
            "version", "--help", "-h", "--version", "--plain", "--csv", "--seed", "--count", "--pack", "--format",
            "--mode", "gift", "markdown", "csv", "anki", "json", "0", "-1", "3", "99999999999999999999", "1e3",
            "--seed=5", "--count=", "--pack=", "/dev/null", "/nonexistent", "questions", "\u001b[2J", "\u202e", "é",
            "--", "-", "--plain=yes", "--unknown");

    @Example
    void anyArgumentsEndInACleanExit() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.strings().all().ofMaxLength(30));
        Arbitrary<String[]> args = word.array(String[].class).ofMaxSize(6);
        long checked = Fuzz.run("command line", args, a -> String.join(" ", a).length(), a -> clean(Cli.run(a), a));
        assertTrue(checked > 0);
    }

    @Example
    void anyTypedAnswersEndInACleanExit() {
        Arbitrary<String> line = Arbitraries.oneOf(Arbitraries.of("1", "2", "1,2", "1 3", "a", "A b", "q", "?", "",
                        "0", "99", "1,1,1", "-1", "\u0000", "\u001b[A", "all", "none"),
                Arbitraries.strings().all().ofMaxLength(200));
        Arbitrary<String> input = line.list().ofMaxSize(40).map(lines -> String.join("\n", lines));
        Arbitrary<long[]> settings = Arbitraries.longs().between(0, 1000).array(long[].class).ofSize(2);
        long checked = Fuzz.run("plain answers", net.jqwik.api.Combinators.combine(input, settings).as(Typed::new),
                t -> t.input().length(), t -> clean(Cli.withInput(t.input(), "practice", "--plain", "--seed",
                        Long.toString(t.settings()[0]), "--count", Long.toString(1 + t.settings()[1] % 12))));
        assertTrue(checked > 0);
    }

    private record Typed(String input, long[] settings) {
    }

    private static void clean(Cli result) {
        clean(result, new String[0]);
    }

    /** One line on stderr at most, or one per file where the command is validate (it reports every file). */
    private static void clean(Cli result, String[] args) {
        assertTrue(result.code() == 0 || result.code() == 2 || result.code() == 130, "exit " + result.code() + ": " + result.err());
        long allowed = args.length > 0 && args[0].equals("validate") ? Math.max(1, args.length - 1) : 1;
        assertTrue(result.err().lines().count() <= allowed, "more than " + allowed + " line(s) on stderr: " + result.err());
        assertTrue(!result.err().contains("Exception") && !result.err().contains("\tat "), result.err());
    }
}
