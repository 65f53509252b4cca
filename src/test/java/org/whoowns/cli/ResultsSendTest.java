package org.whoowns.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `whoowns results --send URL` as a user runs it, after real exams: every saved attempt reaches the LRS exactly
 * once, including attempts made while the LRS was down.
 */
class ResultsSendTest {
    @TempDir
    Path home;

    record Run(int code, String out, String err) {
    }

    private Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = Io.of(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .withEnv(Map.of("WHOOWNS_HOME", home.toString(), "USER", "ada",
                        SendResults.AUTH_VARIABLE, FakeLrs.KEY + ":" + FakeLrs.SECRET));
        int code = Commands.run(args, io);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Takes a 5-question exam answered from its own key: a pass, saved. */
    private void passAnExam(long seed) throws Exception {
        Run export = run("", "export", "--mode", "exam", "--seed", Long.toString(seed), "--count", "5");
        assertEquals(0, export.code(), export.err());
        String answers = StreamSupport.stream(new ObjectMapper().readTree(export.out()).get("questions").spliterator(), false)
                .map(q -> StreamSupport.stream(q.get("answer").spliterator(), false)
                        .map(a -> Integer.toString(a.asInt() + 1)).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n"));
        Run exam = run(answers, "exam", "--plain", "--count", "5", "--seed", Long.toString(seed));
        assertEquals(0, exam.code(), exam.err());
    }

    @Test
    void everyAttemptReachesTheLrsExactlyOnceEvenThoseMadeWhileItWasDown() throws Exception {
        try (FakeLrs lrs = new FakeLrs()) {
            passAnExam(7);
            lrs.failWith = 503; // down
            Run down = run("", "results", "--send", lrs.url());
            assertEquals(2, down.code(), down.out());
            assertEquals(1, down.err().lines().count(), down.err());
            assertTrue(lrs.stored.isEmpty(), "nothing stored while it is down");

            passAnExam(8); // made while the LRS was down
            lrs.failWith = 0;
            Run up = run("", "results", "--send", lrs.url());
            assertEquals(0, up.code(), up.err());
            assertEquals(2 * (1 + 5), lrs.stored.size(), "each attempt's outcome and its five answers");
            JsonNode first = lrs.stored.values().iterator().next();
            assertEquals("1.0.3", first.get("version").asText());

            Run again = run("", "results", "--send", lrs.url());
            assertEquals(0, again.code(), again.err());
            assertTrue(again.out().startsWith("Sent 0 statements"), again.out());
            lrs.receptions.values().forEach(n -> assertEquals(1, n, "no statement stored twice"));
        }
    }

    @Test
    void sendingTakesNoFormatAndAuthNeedsSend() {
        Run both = run("", "results", "--send", "http://127.0.0.1:9/xapi/", "--format", "csv");
        assertEquals(2, both.code());
        assertEquals("whoowns: --send always sends xAPI statements: leave out --format\n", both.err());
        Run auth = run("", "results", "--auth", "k:s");
        assertEquals(2, auth.code());
        assertEquals("whoowns: --auth goes with --send URL\n", auth.err());
    }
}
