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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `exam --plain`, `export --mode exam`, `results` and `verify` as a script or a user runs them. */
class ExamCommandTest {
    @TempDir
    Path home;

    private Cli run(String stdin, String... args) {
        return Cli.withEnv(Map.of("WHOOWNS_HOME", home.toString(), "USER", "ada"), stdin, args);
    }

    private JsonNode key(int count, long seed) throws Exception {
        Cli export = run("", "export", "--format", "json", "--mode", "exam", "--seed", Long.toString(seed), "--count",
                Integer.toString(count));
        assertEquals(0, export.code(), export.err());
        return new ObjectMapper().readTree(export.out()).get("questions");
    }

    /** One line per question: the key's answer, or a wrong choice. */
    private static String answers(JsonNode questions, boolean right) {
        StringBuilder lines = new StringBuilder();
        for (JsonNode q : questions) {
            List<Integer> answer = new ArrayList<>();
            q.get("answer").forEach(a -> answer.add(a.asInt()));
            if (right) {
                lines.append(answer.stream().map(i -> Integer.toString(i + 1)).collect(Collectors.joining(",")));
            } else {
                int wrong = 0;
                while (answer.contains(wrong)) {
                    wrong++;
                }
                lines.append(wrong + 1);
            }
            lines.append('\n');
        }
        return lines.toString();
    }

    @Test
    void theKeyPassesAndExitsZeroAllWrongFailsAndExitsOneBothAreSavedAndTheCertificateVerifies() throws Exception {
        JsonNode key = key(20, 7);
        assertEquals(20, key.size());
        Cli pass = run(answers(key, true), "exam", "--plain", "--count", "20", "--seed", "7");
        assertEquals(0, pass.code(), pass.err() + pass.out());
        assertTrue(pass.out().contains("Exam result: PASSED, 20/20 (100 %), pass mark 80 %"), pass.out());
        assertTrue(pass.out().contains("By area:") && pass.out().contains("By model:"), pass.out());
        assertEquals("Score: 20/20", pass.lastLine());
        // the exam asks exactly the exported questions, in order
        int at = 0;
        for (JsonNode q : key) {
            int found = pass.out().indexOf(q.get("prompt").asText(), at);
            assertTrue(found > at, "question asked in export order: " + q.get("prompt").asText());
            at = found;
        }

        Cli fail = run(answers(key, false), "exam", "--plain", "--count", "20", "--seed", "7");
        assertEquals(1, fail.code(), fail.err());
        assertTrue(fail.out().contains("Exam result: FAILED, 0/20 (0 %)"), fail.out());
        assertTrue(fail.out().contains("Review of the 20 missed questions:"), fail.out());
        assertTrue(fail.out().contains("Your pick \""), "the review gives practice's feedback on the pick:\n" + fail.out());
        assertFalse(fail.out().contains("Certificate:"), fail.out());

        Cli csv = run("", "results", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        List<String> rows = csv.out().lines().toList();
        assertEquals(3, rows.size(), csv.out());
        assertTrue(rows.get(1).startsWith("ada,ada,,https://whoowns.invalid/exam/") && rows.get(1).contains(",passed,"), rows.get(1));
        assertTrue(rows.get(2).contains(",failed,"), rows.get(2));

        Path certificate = Files.list(home.resolve("ada").resolve("certificates"))
                .filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
        assertTrue(pass.out().contains("Certificate: " + certificate), pass.out());
        Cli valid = run("", "verify", certificate.toString());
        assertEquals(0, valid.code(), valid.err());
        assertTrue(valid.out().contains("is valid: ada passed"), valid.out());
        Cli validText = run("", "verify", certificate.toString().replace(".md", ".txt"));
        assertEquals(0, validText.code(), validText.err());

        Path edited = home.resolve("edited.md");
        Files.writeString(edited, Files.readString(certificate).replace("**Score:** 20/20", "**Score:** 19/20"));
        Cli invalid = run("", "verify", edited.toString());
        assertEquals(2, invalid.code());
        assertEquals("", invalid.out());
        assertEquals(1, invalid.err().lines().count(), invalid.err());
        assertTrue(invalid.err().contains("not valid: the certificate's Score line does not match the saved attempt"), invalid.err());
    }

    @Test
    void flagBackGotoAndListBeforeSubmitting() throws Exception {
        JsonNode key = key(4, 3);
        String[] right = answers(key, true).split("\n");
        String script = String.join("\n", "flag", right[0], "back", "list", "goto 4", right[3], "next", "goto 2", right[1],
                "goto 9", "bogus", "list", "submit") + "\n";
        Cli exam = run(script, "exam", "--plain", "--count", "4", "--seed", "3", "--pass", "50");
        assertEquals(0, exam.code(), exam.out());
        String out = exam.out();
        assertTrue(out.contains("Question 1 flagged"), out);
        assertTrue(out.contains("Question 1/4  [flagged]"), "back shows the flagged first question again:\n" + out);
        assertTrue(out.contains("  1. answered " + right[0] + ", flagged"), out);
        assertTrue(out.contains("  2. unanswered"), out);
        assertTrue(out.contains("That was the last question. Answered 2 of 4; flagged: 1; unanswered: 2, 3."), out);
        assertTrue(out.contains("goto needs a question number from 1 to 4"), out);
        assertTrue(out.contains("\"bogus\" is not a choice"), out);
        assertTrue(out.contains("Exam result: PASSED, 3/4 (75 %), pass mark 50 %"), out);
        assertTrue(out.contains("Question 3/4\n") && out.contains("Not answered."), "the unanswered one is reviewed:\n" + out);
        assertFalse(out.substring(0, out.indexOf("Exam result")).contains("Right answer"), "no feedback before submitting");
    }

    @Test
    void inputEndingSubmitsWhatWasAnsweredAndSavesIt() throws Exception {
        JsonNode key = key(5, 11);
        String first = answers(key, true).split("\n")[0];
        Cli exam = run(first + "\n", "exam", "--plain", "--count", "5", "--seed", "11");
        assertEquals(1, exam.code());
        assertTrue(exam.out().contains("Input ended: submitting the exam as it stands."), exam.out());
        assertTrue(exam.out().contains("Exam result: FAILED, 1/5 (20 %)"), exam.out());
        assertTrue(run("", "results").out().contains("1/5 20 %"), "the attempt is listed");
    }

    @Test
    void badOptionsAreOneLineErrorsWithExitTwo() {
        for (String[] args : List.of(
                new String[] {"exam", "--plain", "--pass", "0"},
                new String[] {"exam", "--plain", "--pass", "101"},
                new String[] {"exam", "--plain", "--time-limit", "soon"},
                new String[] {"exam", "--plain", "--count", "999"},
                new String[] {"exam", "--plain", "--learner", "../etc"},
                new String[] {"results", "--format", "pdf"},
                new String[] {"verify"},
                new String[] {"verify", "a.md", "b.md"},
                new String[] {"export", "--mode", "quiz"})) {
            Cli cli = run("", args);
            assertEquals(2, cli.code(), String.join(" ", args) + ": " + cli.err());
            assertEquals(1, cli.err().lines().count(), String.join(" ", args) + ": " + cli.err());
            assertTrue(cli.err().startsWith("whoowns: "), cli.err());
        }
        assertTrue(run("", "exam", "--plain", "--count", "999").err().contains("cannot be drawn from"));
    }

    @Test
    void verifyRejectsWhatIsNoCertificateOrNamesNoSavedAttempt() throws Exception {
        Path missing = home.resolve("nope.md");
        assertEquals(2, run("", "verify", missing.toString()).code());
        Path garbage = home.resolve("garbage.md");
        Files.write(garbage, new byte[] {(byte) 0xff, (byte) 0xfe, 0x1b, '[', '2', 'J'});
        Cli notText = run("", "verify", garbage.toString());
        assertEquals(2, notText.code());
        assertTrue(notText.err().contains("not UTF-8"), notText.err());
        Path stranger = home.resolve("stranger.md");
        Files.writeString(stranger, "- **Learner:** Eve (eve)\n- **Attempt:** 00000000-0000-0000-0000-000000000000 (#1)\n"
                + "- **SHA-256:** `00`\n");
        Cli noLearner = run("", "verify", stranger.toString());
        assertEquals(2, noLearner.code());
        assertTrue(noLearner.err().contains("learner eve has no saved results"), noLearner.err());
        Files.createDirectories(home.resolve("eve"));
        Cli noAttempt = run("", "verify", stranger.toString());
        assertEquals(2, noAttempt.code());
        assertTrue(noAttempt.err().contains("is not among the saved results"), noAttempt.err());
    }

    @Test
    void resultsWithNothingSavedSayWhatToDo() {
        assertEquals("No exam attempts saved yet (whoowns exam starts one).\n", run("", "results").out());
        assertEquals("[ ]\n", run("", "results", "--format", "xapi").out());
        assertEquals(1, run("", "results", "--format", "csv").out().lines().count());
    }
}
