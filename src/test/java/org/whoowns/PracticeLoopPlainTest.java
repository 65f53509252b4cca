package org.whoowns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plain mode with a learner (data under WHOOWNS_HOME, which the build points into target/): answers are
 * saved, the next run starts with the misses, a matrix-fill takes a line of keys per row, and export with
 * the same --learner and --seed lists what practice asks.
 */
class PracticeLoopPlainTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String learner() {
        return "plain-" + System.nanoTime();
    }

    private static JsonNode export(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("export", "--format", "json"));
        all.addAll(List.of(args));
        Cli cli = Cli.run(all.toArray(String[]::new));
        assertEquals(0, cli.code(), cli.err());
        return JSON.readTree(cli.out());
    }

    /** The export's answers as plain-mode input: numbers, or for a matrix-fill a line of keys per row. */
    private static String answers(JsonNode questions, int wrongAt) {
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < questions.size(); n++) {
            JsonNode q = questions.get(n);
            List<Integer> answer = new ArrayList<>();
            q.get("answer").forEach(a -> answer.add(a.asInt()));
            if (q.has("fill")) {
                String keys = answer.stream().map(i -> q.get("choices").get(i).asText().substring(0, 1)).collect(Collectors.joining());
                int perRow = q.get("fill").asText().equals("row") ? keys.length() : q.get("fill").asText().equals("column") ? 1 : 4;
                for (int i = 0; i < keys.length(); i += perRow) {
                    lines.add(keys.substring(i, i + perRow));
                }
            } else if (n == wrongAt) {
                int wrong = 0;
                while (answer.contains(wrong)) {
                    wrong++;
                }
                lines.add(String.valueOf(wrong + 1));
            } else {
                lines.add(answer.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(",")));
            }
        }
        return String.join("\n", lines) + "\n";
    }

    @Test
    void theLearnersExportIsWhatPracticeAsksAndTheMissComesFirstNextTime() throws Exception {
        String name = learner();
        JsonNode key = export("--learner", name, "--seed", "5", "--count", "10");
        assertEquals(name, key.get("learner").asText());
        JsonNode questions = key.get("questions");
        assertEquals(10, questions.size());
        JsonNode fill = questions.get(4);
        assertEquals("matrix-fill", fill.get("kind").asText(), "a new learner's run has a row fill fifth");
        assertEquals("row", fill.get("fill").asText());
        assertEquals(fill.get("cells").size(), fill.get("answer").size(), "one owner per cell");
        assertEquals(List.of("Customer", "Shared", "Microsoft"), JSON.convertValue(fill.get("choices"), List.class));

        // miss the last single-answer question about one cell (no later answer covers that cell again)
        int wrongAt = 9;
        while (!questions.get(wrongAt).get("select").asText().equals("one") || questions.get(wrongAt).get("cells").size() != 1) {
            wrongAt--;
        }
        String missedCell = questions.get(wrongAt).get("cells").get(0).get("id").asText();
        Cli run = Cli.withInput(answers(questions, wrongAt), "practice", "--plain", "--learner", name, "--seed", "5", "--count", "10");
        assertEquals(0, run.code(), run.err());
        assertEquals("Score: 9/10", run.lastLine(), run.out());
        assertTrue(run.out().contains("Question 1/10 (new)"), run.out());

        JsonNode next = export("--learner", name, "--seed", "6", "--count", "10").get("questions");
        assertTrue(next.get(0).get("cells").toString().contains("\"" + missedCell + "\""), "the miss first: " + next.get(0)
                + " not " + missedCell);
        Cli again = Cli.withInput(answers(next, -1), "practice", "--plain", "--learner", name, "--seed", "6", "--count", "10");
        assertTrue(again.out().contains("Question 1/10 (missed last time)"), again.out());
        assertEquals("Score: 10/10", again.lastLine());

        Cli misses = Cli.withInput("", "practice", "--plain", "--learner", name, "--misses");
        assertEquals(2, misses.code(), "no misses left after answering it right");
        assertTrue(misses.err().contains("has no misses to drill"), misses.err());
    }

    @Test
    void aSeedWithoutALearnerKeepsTheFixedDeckOfExport() throws Exception {
        JsonNode key = export("--seed", "11", "--count", "6");
        assertTrue(!key.has("learner"));
        Cli run = Cli.withInput(answers(key.get("questions"), -1), "practice", "--plain", "--seed", "11", "--count", "6");
        assertEquals("Score: 6/6", run.lastLine(), run.out());
    }

    @Test
    void aBadLineOfKeysIsAskedAgainAndABadLearnerNameIsOneLine() throws Exception {
        String name = learner();
        JsonNode questions = export("--learner", name, "--seed", "3", "--count", "5").get("questions");
        String input = answers(questions, -1);
        String[] lines = input.split("\n");
        lines[4] = "CQ\n" + lines[4]; // the fill's row, first typed wrong
        Cli run = Cli.withInput(String.join("\n", lines) + "\n", "practice", "--plain", "--learner", name, "--seed", "3", "--count", "5");
        assertTrue(run.out().contains("Type 4 keys (C Customer, S Shared, M Microsoft)"), run.out());
        assertEquals("Score: 5/5", run.lastLine());
        Cli scripted = Cli.run("practice", "--plain", "--seed", "4", "--misses");
        assertEquals(2, scripted.code());
        assertEquals("whoowns: --misses drills a learner's misses: add --learner NAME, or drop --seed\n", scripted.err());
        Cli bad = Cli.run("practice", "--plain", "--learner", "../etc");
        assertEquals(2, bad.code());
        assertEquals(1, bad.err().lines().count(), bad.err());
        assertTrue(bad.err().startsWith("whoowns: --learner: learner name"), bad.err());
    }

    @Test
    void practiceAndExportFindTheLearnerAndTheDataInTheEnvironmentGiven(@TempDir Path home) throws Exception {
        Map<String, String> env = Map.of("WHOOWNS_HOME", home.toString(), "USER", "ada");
        JsonNode key = JSON.readTree(Cli.withEnv(env, "", "export", "--format", "json", "--learner", "ada", "--seed", "2",
                "--count", "2").out());
        Cli run = Cli.withEnv(env, answers(key.get("questions"), -1), "practice", "--plain", "--seed", "2", "--count", "2",
                "--learner", "ada");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains(", for ada"), run.out());
        Cli byUser = Cli.withEnv(env, "", "practice", "--plain", "--count", "1");
        assertTrue(byUser.out().contains(", for ada"), "USER names the learner: " + byUser.out());
        assertTrue(Files.isDirectory(home.resolve("ada")), "saved under WHOOWNS_HOME");

        Path notADirectory = Files.writeString(home.resolve("file"), "");
        Cli export = Cli.withEnv(Map.of("WHOOWNS_HOME", notADirectory.toString()), "", "export", "--learner", "ada",
                "--seed", "2");
        assertEquals(2, export.code(), export.out());
        assertTrue(export.err().contains(notADirectory.toString()), export.err());
    }
}
