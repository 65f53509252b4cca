package org.whoowns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainModeTest {

    @Test
    void feedbackFollowsEveryAnswerWithExplanationAndSource() throws Exception {
        JsonNode q = firstQuestion(11);
        int right = q.get("answer").get(0).asInt() + 1;
        String answer = q.get("select").asText().equals("all") ? join(q.get("answer")) : String.valueOf(right);
        Cli cli = Cli.withInput(answer + "\n", "practice", "--plain", "--seed", "11", "--count", "1");
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
        String answer = q.get("select").asText().equals("all") ? join(q.get("answer")) : String.valueOf(q.get("answer").get(0).asInt() + 1);
        Cli cli = Cli.withInput("\nbanana\n" + (choices + 1) + "\n" + answer + "\n", "practice", "--plain", "--seed", "5", "--count", "1");
        assertEquals(0, cli.code(), cli.err());
        assertTrue(cli.out().contains("\"banana\" is not a number from 1 to " + choices + "."), cli.out());
        assertTrue(cli.out().contains((choices + 1) + " is not a number from 1 to " + choices + "."), cli.out());
        assertEquals("Score: 1/1", cli.lastLine());
    }

    @Test
    void partialCreditShowsAsAFraction() throws Exception {
        // Find a select-all question with at least two right choices and answer only one of them.
        ObjectMapper json = new ObjectMapper();
        for (int seed = 1; seed < 200; seed++) {
            JsonNode q = json.readTree(Cli.run("export", "--seed", "" + seed, "--count", "1").out()).get("questions").get(0);
            if (q.get("select").asText().equals("all") && q.get("answer").size() >= 2) {
                int k = q.get("answer").size();
                Cli cli = Cli.withInput((q.get("answer").get(0).asInt() + 1) + "\n", "practice", "--plain", "--seed", "" + seed, "--count", "1");
                String expected = org.whoowns.quiz.Summary.format(1.0 / k);
                assertTrue(cli.out().contains("Partly right: " + expected + " of 1."), cli.out());
                assertEquals("Score: " + expected + "/1", cli.lastLine());
                return;
            }
        }
        throw new AssertionError("no select-all question with two right answers among the first questions of 200 seeds");
    }

    @Test
    void inputEndingEarlyStillPrintsTheScoreOverAllQuestions() {
        Cli cli = Cli.withInput("", "practice", "--plain", "--seed", "2", "--count", "3");
        assertEquals(0, cli.code(), cli.err());
        assertTrue(cli.out().contains("Input ended before question 1 was answered."), cli.out());
        assertEquals("Score: 0/3", cli.lastLine());
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

    private static JsonNode firstQuestion(int seed) throws Exception {
        return new ObjectMapper().readTree(Cli.run("export", "--seed", "" + seed, "--count", "1").out()).get("questions").get(0);
    }

    private static String join(JsonNode answer) {
        StringBuilder s = new StringBuilder();
        answer.forEach(a -> s.append(s.length() == 0 ? "" : ",").append(a.asInt() + 1));
        return s.toString();
    }
}
