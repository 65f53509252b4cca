package org.whoowns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped authoring example (4 owner labels, 3 models, 6 areas) works through every command there is. */
class ExamplePackTest {
    private static final String PACK = "questions/example-raci.json";

    @Test
    void itValidatesPrintsItsMatrixAndPracticeScoresTheExportedAnswers() throws Exception {
        Cli valid = Cli.run("validate", PACK);
        assertEquals(0, valid.code(), valid.err());
        assertTrue(valid.out().contains("3 models x 6 areas, 4 owners"), valid.out());
        Cli matrix = Cli.run("matrix", "--csv", "--pack", PACK);
        assertEquals("Area,In-house,Managed VM,Site builder", matrix.out().lines().findFirst().orElseThrow());
        assertEquals(7, matrix.out().lines().count());
        assertEquals(0, Cli.run("matrix", "--pack", PACK).code());
        JsonNode questions = new ObjectMapper().readTree(Cli.run("export", "--seed", "11", "--count", "8", "--pack", PACK).out())
                .get("questions");
        List<String> answers = new ArrayList<>();
        for (JsonNode q : questions) {
            List<String> picks = new ArrayList<>();
            q.get("answer").forEach(a -> picks.add(String.valueOf(a.asInt() + 1)));
            answers.add(String.join(",", picks));
        }
        Cli practice = Cli.withInput(String.join("\n", answers) + "\n", "practice", "--plain", "--seed", "11", "--count", "8",
                "--pack", PACK);
        assertEquals(0, practice.code(), practice.err());
        assertEquals("Score: 8/8", practice.lastLine());
        for (String format : List.of("json", "gift", "markdown", "csv", "anki")) {
            Cli export = Cli.run("export", "--format", format, "--all", "--pack", PACK);
            assertEquals(0, export.code(), format + ": " + export.err());
        }
    }
}
