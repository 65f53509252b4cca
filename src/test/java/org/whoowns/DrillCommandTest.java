package org.whoowns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.whoowns.classroom.Drill;
import org.whoowns.classroom.DrillCode;
import org.whoowns.pack.TestPacks;
import org.whoowns.quiz.Question;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** drill, serve and the drill answer key on the command line (in-process, no terminal). */
class DrillCommandTest {
    @Test
    void theAnswerKeyIsTheDrillTheCodeDealsInItsOrderWithItsChoiceOrder() throws Exception {
        Cli key = Cli.run("export", "--format", "json", "--mode", "drill", "--code", " k7q2m ", "--count", "6");
        assertEquals(0, key.code(), key.err());
        assertEquals(key.out(), Cli.run("export", "--format", "json", "--mode", "drill", "--code", "K7Q2M",
                "--count", "6").out(), "the same code gives the same key on every run");
        List<Question> drill = Drill.deal(TestPacks.shipped(), DrillCode.parse("K7Q2M"), 6).questions();
        JsonNode questions = new ObjectMapper().readTree(key.out()).get("questions");
        assertEquals(drill.size(), questions.size());
        for (int i = 0; i < drill.size(); i++) {
            JsonNode q = questions.get(i);
            assertEquals(drill.get(i).id(), q.get("id").asText());
            List<String> choices = new ArrayList<>();
            q.get("choices").forEach(c -> choices.add(c.asText()));
            assertEquals(drill.get(i).choices().stream().map(c -> c.text()).toList(), choices);
            List<Integer> answer = new ArrayList<>();
            q.get("answer").forEach(a -> answer.add(a.asInt()));
            assertEquals(drill.get(i).answer(), answer);
        }
        assertNotEquals(key.out(), Cli.run("export", "--format", "json", "--mode", "drill", "--code", "K7Q2N",
                "--count", "6").out(), "another code, another drill");
    }

    @Test
    void badDrillOptionsAreOneLineErrors() {
        assertUsage(Cli.run("export", "--format", "json", "--mode", "drill"), "--mode drill needs --code CODE");
        assertUsage(Cli.run("export", "--format", "json", "--mode", "drill", "--code", "K7O2M"),
                "--code: drill code \"K7O2M\": character 3 'O' is not used in codes");
        assertUsage(Cli.run("export", "--format", "json", "--code", "K7Q2M"), "--code goes with --mode drill");
        assertUsage(Cli.run("drill", "--code", "\u001b[2JK7Q2M"), "--code: drill code");
        assertUsage(Cli.run("drill", "--seconds", "2"), "--seconds needs a whole number from 5 to 600");
        assertUsage(Cli.run("drill", "--players", "Ann, ann"), "--players: \"ann\" is named twice");
        assertUsage(Cli.run("drill", "--count", "999"), "--count 999 is more than this pack supports");
        assertUsage(Cli.run("serve", "--port", "70000"), "--port needs a whole number from 0 to 65535");
        assertUsage(Cli.run("serve", "--max-players", "0"), "--max-players needs a whole number from 1");
    }

    @Test
    void withoutATerminalDrillPointsToTheAnswerKeyAndServeSaysWhy() {
        Cli drill = Cli.run("drill", "--code", "K7Q2M", "--no-speed");
        assertUsage(drill, "terminal");
        assertTrue(drill.err().contains("whoowns export --format json --mode drill --code K7Q2M"), drill.err());
        assertUsage(Cli.run("serve", "--port", "0"), "the instructor's screen");
    }

    @Test
    void helpListsDrillServeAndResults() {
        String help = Cli.run("--help").out();
        assertTrue(help.contains("whoowns drill [--code CODE]"), help);
        assertTrue(help.contains("whoowns serve [--port 2222]"), help);
        assertTrue(help.contains("whoowns results --drills"), help);
        assertTrue(help.contains("--mode drill --code CODE"), help);
    }

    private static void assertUsage(Cli cli, String message) {
        assertEquals(2, cli.code(), cli.out() + cli.err());
        assertTrue(cli.err().contains(message), cli.err());
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
    }
}
