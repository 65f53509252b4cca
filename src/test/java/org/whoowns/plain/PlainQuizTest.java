package org.whoowns.plain;

import org.junit.jupiter.api.Test;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackLoader;
import org.whoowns.pack.TerminalText;
import org.whoowns.quiz.Grader;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.quiz.QuizSession;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PlainQuiz with the width and the interrupt injected (issue 11 items 19 and 20). */
class PlainQuizTest {

    @Test
    void item19_onATerminalLinesWrapAtSpacesWithinItsWidth() throws Exception {
        String wide = run(40, "1\n1\n1\n1\n1\n");
        String unwrapped = run(0, "1\n1\n1\n1\n1\n");
        assertTrue(wide.lines().allMatch(l -> TerminalText.width(l) <= 40), wide);
        assertTrue(unwrapped.lines().anyMatch(l -> l.length() > 40), "into a pipe nothing is wrapped");
        // The same words in the same order: wrapping only replaced spaces by line breaks and indents.
        assertEquals(words(unwrapped), words(wide));
        Set<String> known = Set.copyOf(java.util.Arrays.asList(unwrapped.split("\\s+")));
        for (String word : wide.split("\\s+")) {
            assertTrue(known.contains(word), "no word split across lines: \"" + word + "\"");
        }
    }

    @Test
    void item19_wrapBreaksOnlyWhatIsWiderThanALine() {
        assertEquals(java.util.List.of("Why: the", "  operating", "  system"), LineWrap.lines("Why: the operating system", 11, 2));
        assertEquals(java.util.List.of("abcde", "  fgh"), LineWrap.lines("abcdefgh", 5, 2));
        assertEquals(java.util.List.of("漢字漢", "  字漢"), LineWrap.lines("漢字漢字漢", 6, 2), "by display width");
        assertEquals(java.util.List.of("one two"), LineWrap.lines("one two", 0, 2));
    }

    @Test
    void item20_anInterruptEndsWithTheScoreLineAndNothingAfterIt() throws Exception {
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(typing);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        PlainQuiz quiz = new PlainQuiz(session(3), stdin, out, 0);
        CompletableFuture<Optional<String>> run = CompletableFuture.supplyAsync(() -> quiz.run("heading"));
        typing.write("1\n".getBytes(StandardCharsets.UTF_8));
        typing.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!bytes.toString(StandardCharsets.UTF_8).contains("Question 2/3") && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        quiz.interrupt(); // what the SIGINT shutdown hook calls
        String atInterrupt = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(atInterrupt.strip().endsWith("(1 of 3 answered)"), atInterrupt);
        assertTrue(atInterrupt.strip().lines().reduce((a, b) -> b).orElseThrow().matches("Score: [0-9.]+/3 \\(1 of 3 answered\\)"), atInterrupt);
        typing.write("1\n".getBytes(StandardCharsets.UTF_8));
        typing.close();
        run.get(10, TimeUnit.SECONDS);
        assertEquals(atInterrupt, bytes.toString(StandardCharsets.UTF_8), "nothing printed after the Score line");
    }

    @Test
    void endlessGarbageGivesUpInsteadOfAskingForever() {
        String garbage = "x\n".repeat(PlainQuiz.GIVE_UP_AFTER + 50);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PlainQuiz quiz = new PlainQuiz(session(2), new ByteArrayInputStream(garbage.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), 0);
        Optional<String> cutShort = quiz.run("heading");
        assertEquals(Optional.of("100 unusable answers in a row to question 1; giving up"), cutShort);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.strip().endsWith("Score: 0/2 (0 of 2 answered)"), out);
        assertFalse(out.contains("Question 2/2"), out);
    }

    private static String run(int columns, String input) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PlainQuiz quiz = new PlainQuiz(session(5), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8), columns);
        assertEquals(Optional.empty(), quiz.run("whoowns practice: a heading long enough to need wrapping on a narrow terminal"));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String words(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }

    private static QuizSession session(int count) {
        try {
            Pack pack = PackLoader.loadDefault();
            return new QuizSession(pack, PracticeDeck.deal(pack, 9, count), Grader.PRACTICE);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
