package org.whoowns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `validate` and `--pack` as a user meets them: exit codes, one located line per problem, no stack traces. */
class ValidateCommandTest {
    private static final Path SHIPPED = Path.of("questions/azure-shared-responsibility.json");

    @Test
    void theShippedPackIsValid() {
        Cli cli = Cli.run("validate", SHIPPED.toString());
        assertEquals(0, cli.code(), cli.err());
        assertTrue(cli.out().startsWith(SHIPPED + ": valid: pack azure-shared-responsibility"), cli.out());
        assertTrue(cli.out().contains("4 models x 10 areas, 3 owners"), cli.out());
    }

    @Test
    void aBadCellIsReportedWithFileLineColumnAndPath(@TempDir Path dir) throws IOException {
        String text = Files.readString(SHIPPED, StandardCharsets.UTF_8);
        int at = text.indexOf("\"paas\": \"shared\"");
        String broken = text.substring(0, at) + "\"paas\": \"both\"" + text.substring(at + "\"paas\": \"shared\"".length());
        Path file = write(dir, "broken.json", broken);
        int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        int column = at - text.lastIndexOf('\n', at - 1) + "\"paas\": ".length();

        Cli cli = Cli.run("validate", file.toString());
        assertEquals(2, cli.code());
        assertEquals(file + ":" + line + ":" + column + ": areas[4].cells.paas: unknown owner \"both\" (expected one of customer, shared, microsoft)",
                cli.err().strip());
    }

    @Test
    void everyProblemIsListedAndValidFilesStillPass(@TempDir Path dir) throws IOException {
        String text = Files.readString(SHIPPED, StandardCharsets.UTF_8);
        Path bad = write(dir, "bad.json", text.replace("\"name\": \"IaaS\"", "\"name\": \"IaaS\", \"colour\": \"red\"")
                .replace("\"holder\": \"Microsoft\"", "\"holder\": \"\""));
        Cli cli = Cli.run("validate", SHIPPED.toString(), bad.toString());
        assertEquals(2, cli.code());
        assertTrue(cli.out().startsWith(SHIPPED + ": valid"), cli.out());
        String[] lines = cli.err().strip().split("\n");
        assertEquals(2, lines.length, cli.err());
        assertTrue(lines[0].matches(java.util.regex.Pattern.quote(bad.toString()) + ":\\d+:\\d+: owners\\[2\\]\\.holder: must not be empty"), lines[0]);
        assertTrue(lines[1].matches(java.util.regex.Pattern.quote(bad.toString()) + ":\\d+:\\d+: models\\[1\\]\\.colour: unknown field \\(expected one of cloud, id, long, name, where\\)"), lines[1]);
    }

    @Test
    void badPacksNeverShowAStackTrace(@TempDir Path dir) throws IOException {
        String[] bad = {"", "{", "[]", "{\"format\": 1}", "{} {}", "\u0000\u00ff\u00fe", "{\"format\": 1.5}", "{\"a\":1,\"a\":2}"};
        for (int i = 0; i < bad.length; i++) {
            Path file = write(dir, "bad" + i + ".json", bad[i]);
            for (String[] args : new String[][] {{"validate", file.toString()}, {"matrix", "--pack", file.toString()},
                    {"practice", "--plain", "--pack", file.toString()}, {"export", "--pack", file.toString()}}) {
                Cli cli = Cli.run(args);
                assertEquals(2, cli.code(), String.join(" ", args));
                assertTrue(cli.err().startsWith(file + ":"), cli.err());
                assertTrue(cli.err().matches("(?s)[^\\n]+:\\d+:\\d+: .*"), cli.err());
                assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), cli.err());
                assertEquals("", cli.out(), "nothing on stdout for " + String.join(" ", args));
            }
        }
    }

    @Test
    void aPackOfAnotherShapeWorksThroughEveryCommand() {
        Path raci = Path.of("src/test/resources/packs/raci-example.json");
        assertEquals(0, Cli.run("validate", raci.toString()).code());
        Cli matrix = Cli.run("matrix", "--csv", "--pack", raci.toString());
        assertEquals(0, matrix.code(), matrix.err());
        assertEquals(3, matrix.out().lines().findFirst().orElseThrow().split(",").length - 1, "three models");
        Cli practice = Cli.withInput("1\n1\n1\n", "practice", "--plain", "--count", "3", "--seed", "1", "--pack", raci.toString());
        assertEquals(0, practice.code(), practice.err());
        assertTrue(practice.lastLine().matches("Score: [0-9.]+/3"), practice.lastLine());
        assertEquals(0, Cli.run("export", "--seed", "1", "--pack", raci.toString()).code());
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
