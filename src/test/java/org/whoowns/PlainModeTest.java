package org.whoowns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain mode as scripts and screen-reader users meet it (issue 11 items 1, 5, 9, 19, 20; issue 10 item 2). */
class PlainModeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void feedbackFollowsEveryAnswerWithExplanationAndSource() throws Exception {
        JsonNode q = firstQuestion(11);
        Cli cli = Cli.withInput(rightAnswer(q) + "\n", "practice", "--plain", "--seed", "11", "--count", "1");
        assertEquals(0, cli.code(), cli.err());
        String out = cli.out();
        assertTrue(out.contains("seed 11"), out);
        assertTrue(out.contains("Question 1/1"), out);
        assertTrue(out.contains(q.get("prompt").asText()), out);
        assertTrue(out.contains("\nRight.\n"), out);
        assertTrue(out.contains("Why: " + q.get("explanation").asText()), out);
        assertTrue(out.contains("Source: "), out);
        assertEquals("Score: 1/1", cli.lastLine());
    }

    @Test
    void badLinesAreAskedAgainWithoutLosingTheQuestion() throws Exception {
        JsonNode q = firstQuestion(5);
        int choices = q.get("choices").size();
        Cli cli = Cli.withInput("\nbanana\n" + (choices + 1) + "\n" + rightAnswer(q) + "\n", "practice", "--plain", "--seed", "5", "--count", "1");
        assertEquals(0, cli.code(), cli.err());
        assertTrue(cli.out().contains("\"banana\" is not a choice: type 1-" + choices + " or a-"), cli.out());
        assertTrue(cli.out().contains("\"" + (choices + 1) + "\" is not a choice"), cli.out());
        assertEquals("Score: 1/1", cli.lastLine());
    }

    @Test
    void item01_answersOfOnlySeparatorsOrGarbageAreAskedAgainNeverACrash() throws Exception {
        JsonNode q = firstQuestion(7);
        String input = ",\n,,,\n , \n\u0000\u00ff#!\n;;\n\u0007\n" + rightAnswer(q) + "\n";
        Cli cli = Cli.withInput(input, "practice", "--plain", "--seed", "7", "--count", "1");
        assertEquals(0, cli.code(), cli.err());
        assertEquals("", cli.err());
        assertEquals(7, cli.out().split("Answer: ", -1).length - 1, "asked again after each of six unusable lines: " + cli.out());
        assertEquals("Score: 1/1", cli.lastLine());
    }

    @Test
    void item01_aLeadingOrTrailingSeparatorIsNotAnError() throws Exception {
        JsonNode q = firstQuestion(7);
        Cli cli = Cli.withInput("," + rightAnswer(q) + ",\n", "practice", "--plain", "--seed", "7", "--count", "1");
        assertEquals(0, cli.code(), cli.err());
        assertFalse(cli.out().contains("is not"), cli.out());
        assertEquals("Score: 1/1", cli.lastLine());
    }

    @Test
    void item05_anOverlongLineIsBadInputWithTheScoreLineNotAnOutOfMemoryError() {
        String endless = "1".repeat(5000) + "\n";
        Cli cli = Cli.withInput(endless, "practice", "--plain", "--seed", "3", "--count", "2");
        assertEquals(2, cli.code());
        assertEquals("whoowns: an answer line is longer than 4096 characters (question 1)\n", cli.err());
        assertEquals("Score: 0/2 (0 of 2 answered)", cli.lastLine());
    }

    @Test
    void item09_aTypedAnswerIsEchoedWithoutItsEscapeSequences() throws Exception {
        JsonNode q = firstQuestion(7);
        Cli cli = Cli.withInput("\u001b]0;PWNED\u0007x\u001b[2J\n" + rightAnswer(q) + "\n", "practice", "--plain", "--seed", "7", "--count", "1");
        assertTrue(cli.out().contains("\"x\" is not a choice"), cli.out());
        assertFalse(cli.out().contains("\u001b") || cli.out().contains("\u0007") || cli.out().contains("PWNED"), cli.out());
    }

    @Test
    void item19_theTuiLettersAnswerToo() throws Exception {
        JsonNode q = firstQuestion(11);
        StringBuilder letters = new StringBuilder();
        q.get("answer").forEach(a -> letters.append(letters.length() == 0 ? "" : " ").append((char) ('a' + a.asInt())));
        Cli lower = Cli.withInput(letters + "\n", "practice", "--plain", "--seed", "11", "--count", "1");
        assertEquals("Score: 1/1", lower.lastLine(), lower.out());
        Cli upper = Cli.withInput(letters.toString().toUpperCase() + "\n", "practice", "--plain", "--seed", "11", "--count", "1");
        assertEquals("Score: 1/1", upper.lastLine(), upper.out());
    }

    @Test
    void item19_aRepeatedPickOnASingleChoiceQuestionIsAnError() throws Exception {
        int seed = seedWhereFirstIs("one", 1);
        JsonNode q = firstQuestion(seed);
        String right = rightAnswer(q);
        Cli cli = Cli.withInput(right + "," + right + "\n" + right + "\n", "practice", "--plain", "--seed", "" + seed, "--count", "1");
        assertTrue(cli.out().contains("This question takes one answer"), cli.out());
        assertEquals("Score: 1/1", cli.lastLine());
    }

    @Test
    void item19_noRunningScoreRightBeforeTheFinalScore() throws Exception {
        List<String> answers = new ArrayList<>();
        for (JsonNode q : export(4, 3).get("questions")) {
            answers.add(rightAnswer(q));
        }
        Cli cli = Cli.withInput(String.join("\n", answers) + "\n", "practice", "--plain", "--seed", "4", "--count", "3");
        assertEquals(2, cli.out().split("Score so far: ", -1).length - 1, "after questions 1 and 2 only: " + cli.out());
        assertFalse(cli.out().contains("Score so far: 3/3"), cli.out());
        assertEquals("Score: 3/3", cli.lastLine());
    }

    @Test
    void item20_inputEndingEarlyIsAnErrorAfterTheScoreLine() throws Exception {
        JsonNode q = firstQuestion(2);
        Cli cli = Cli.withInput(rightAnswer(q) + "\n", "practice", "--plain", "--seed", "2", "--count", "3");
        assertEquals(2, cli.code(), cli.err());
        assertEquals("whoowns: input ended before question 2 of 3 was answered\n", cli.err());
        assertEquals("Score: 1/3 (1 of 3 answered)", cli.lastLine());
    }

    @Test
    void issue10_aWrongPickGetsItsOwnLineAndTheRightAnswerInFull() throws Exception {
        int seed = seedWhereFirstIs("one", 1);
        JsonNode q = firstQuestion(seed);
        int wrong = firstWrong(q);
        Cli cli = Cli.withInput((wrong + 1) + "\n", "practice", "--plain", "--seed", "" + seed, "--count", "1");
        String out = cli.out();
        assertTrue(out.contains("\nWrong.\n"), out);
        int right = q.get("answer").get(0).asInt();
        assertTrue(out.contains("\nRight answer: " + (right + 1) + ") " + q.get("choices").get(right).asText() + "\n"), out);
        String note = q.get("notes").get(wrong).asText();
        assertTrue(out.contains("Your pick \"" + q.get("choices").get(wrong).asText() + "\" is wrong"
                + (note.isEmpty() ? "." : ": " + note)), out);
        assertEquals(1, out.lines().filter(l -> l.startsWith("Your pick")).count(), out);
    }

    @Test
    void issue10_selectAllShowsHowItsCreditWasComputedAndEachMissedChoice() throws Exception {
        int seed = seedWhereFirstIs("all", 2);
        JsonNode q = firstQuestion(seed);
        int k = q.get("answer").size();
        Cli cli = Cli.withInput((q.get("answer").get(0).asInt() + 1) + "\n", "practice", "--plain", "--seed", "" + seed, "--count", "1");
        String expected = org.whoowns.quiz.Summary.format(1.0 / k);
        assertTrue(cli.out().contains("\nPartly right: 1 of " + k + " right picks, 0 wrong picks: " + expected + "\n"), cli.out());
        assertEquals(k - 1, cli.out().lines().filter(l -> l.startsWith("You missed \"")).count(), cli.out());
        assertEquals(k, cli.out().lines().filter(l -> l.startsWith("Right answer: ")).count(), cli.out());
        assertEquals("Score: " + expected + "/1", cli.lastLine());
    }

    @Test
    void issue10_sourcesAreOneLinePerDocument() throws Exception {
        for (int seed = 1; seed < 40; seed++) {
            JsonNode q = firstQuestion(seed);
            Set<String> documents = new TreeSet<>();
            q.get("sources").forEach(s -> documents.add(s.get("document").asText()));
            Cli cli = Cli.withInput(rightAnswer(q) + "\n", "practice", "--plain", "--seed", "" + seed, "--count", "1");
            assertEquals(documents.size(), cli.out().lines().filter(l -> l.startsWith("Source: ")).count(), cli.out());
        }
    }

    @Test
    void outputHasNoTerminalControlSequences() {
        Cli cli = Cli.withInput("1\n1\n1\n1\n1\n", "practice", "--plain", "--seed", "9", "--count", "5");
        assertFalse(cli.out().chars().anyMatch(c -> c == 0x1B || (c < 0x20 && c != '\n')), "no ESC or other controls");
    }

    @Test
    void sameSeedSameQuizDifferentSeedDifferentQuiz() {
        String a = Cli.withInput("", "practice", "--plain", "--seed", "42", "--count", "1").out();
        String b = Cli.withInput("", "practice", "--plain", "--seed", "42", "--count", "1").out();
        String c = Cli.withInput("", "practice", "--plain", "--seed", "43", "--count", "1").out();
        assertEquals(a, b);
        assertFalse(a.replace("42", "").equals(c.replace("43", "")));
    }

    /** The first seed from 1 whose first question is single ("one") or select-all ("all") with at least {@code answers} right choices. */
    private static int seedWhereFirstIs(String select, int answers) throws Exception {
        for (int seed = 1; seed < 300; seed++) {
            JsonNode q = firstQuestion(seed);
            if (q.get("select").asText().equals(select) && q.get("answer").size() >= answers) {
                return seed;
            }
        }
        throw new AssertionError("no seed whose first question is select " + select);
    }

    private static JsonNode firstQuestion(int seed) throws Exception {
        return export(seed, 1).get("questions").get(0);
    }

    private static JsonNode export(int seed, int count) throws Exception {
        return JSON.readTree(Cli.run("export", "--seed", "" + seed, "--count", "" + count).out());
    }

    private static String rightAnswer(JsonNode q) {
        StringBuilder s = new StringBuilder();
        q.get("answer").forEach(a -> s.append(s.length() == 0 ? "" : ",").append(a.asInt() + 1));
        return s.toString();
    }

    private static int firstWrong(JsonNode q) {
        Set<Integer> answer = new TreeSet<>();
        q.get("answer").forEach(a -> answer.add(a.asInt()));
        int wrong = 0;
        while (answer.contains(wrong)) {
            wrong++;
        }
        return wrong;
    }
}
