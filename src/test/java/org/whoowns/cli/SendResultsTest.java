package org.whoowns.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whoowns.export.XapiStatements;
import org.whoowns.learn.Attempt;
import org.whoowns.learn.DataDir;
import org.whoowns.learn.Tally;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `results --send`'s sending part against a real HTTP server: success, 400, 401, timeout, unreachable, resend. */
class SendResultsTest {
    private static final XapiStatements.Config CONFIG = new XapiStatements.Config("https://lms.example.com",
            "https://example.org/whoowns/xapi/", "whoowns 0.1.0", "en-US");
    private static final Map<String, String> ENV = Map.of(SendResults.AUTH_VARIABLE, FakeLrs.KEY + ":" + FakeLrs.SECRET);
    private static final Duration TIMEOUT = Duration.ofMillis(800);
    @TempDir
    Path home;

    record Run(int code, String out, String err) {
    }

    private Run send(String url, Map<String, String> env, Optional<String> auth, Attempt... attempts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Io io = Io.of(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = SendResults.run(url, auth, env, new DataDir(home), XapiStatements.write(List.of(attempts), CONFIG), io, TIMEOUT);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run send(String url, Attempt... attempts) throws Exception {
        return send(url, ENV, Optional.empty(), attempts);
    }

    static Attempt attempt(String learner) {
        Instant start = Instant.parse("2025-03-01T09:00:00Z");
        List<Attempt.Answered> answers = List.of(
                new Attempt.Answered("owner-of-cell:os@iaas", "owner-of-cell", "Under IaaS, who is responsible for the OS?",
                        List.of("Customer", "Shared", "Microsoft"), List.of(0), List.of(0), 1, false),
                new Attempt.Answered("true-false:hosts@saas", "true-false", "True or false? Hosts are yours under SaaS.",
                        List.of("True", "False"), List.of(1), List.of(0), 0, false));
        return new Attempt(new Attempt.Taker(learner, learner, Optional.empty()), "https://example.org/whoowns/exam/azure",
                "azure", "2026.1", "0.1.0", "7", UUID.nameUUIDFromBytes(learner.getBytes(StandardCharsets.UTF_8)), 1, start,
                start.plusSeconds(300), 1, 2, 80, false, Map.of("os", new Tally("Operating system", 1, 1)),
                Map.of("iaas", new Tally("IaaS", 1, 1)), answers, "").sealed();
    }

    @Test
    void deliversEveryStatementWithTheHeadersAndAuthAndNeverTwice() throws Exception {
        try (FakeLrs lrs = new FakeLrs()) {
            Run run = send(lrs.url(), attempt("ada"), attempt("bob"));
            assertEquals(0, run.code(), run.err());
            assertEquals("Sent 6 statements to " + lrs.url().replaceAll("/$", "") + " (6 new); nothing waiting.\n", run.out());
            assertEquals(6, lrs.stored.size(), "an outcome and two answers per attempt");
            assertEquals(List.of("POST /xapi/statements"), lrs.requests);
            Run again = send(lrs.url(), attempt("ada"), attempt("bob"));
            assertEquals(0, again.code());
            assertTrue(again.out().startsWith("Sent 0 statements"), again.out());
            assertEquals(1, lrs.requests.size(), "a resend posts nothing");
            lrs.receptions.values().forEach(n -> assertEquals(1, n));
        }
    }

    @Test
    void wrongCredentialsAreOneLineAndNothingIsMarkedSent() throws Exception {
        try (FakeLrs lrs = new FakeLrs()) {
            Run run = send(lrs.url(), Map.of(), Optional.of("key:wrong"), attempt("ada"));
            assertEquals(2, run.code());
            assertEquals("whoowns: the LRS at " + lrs.url().replaceAll("/$", "") + " refused the credentials (401): check"
                    + " --auth or WHOOWNS_LRS_AUTH; 3 statements kept in the queue\n", run.err());
            assertEquals(0, lrs.stored.size());
            Run fixed = send(lrs.url(), attempt("ada"));
            assertEquals(0, fixed.code(), fixed.err());
            assertEquals(3, lrs.stored.size());
        }
    }

    @Test
    void aRejectedBatchSaysWhyAndStaysQueued() throws Exception {
        try (FakeLrs lrs = new FakeLrs()) {
            lrs.failWith = 400;
            Run run = send(lrs.url(), attempt("ada"));
            assertEquals(2, run.code());
            assertTrue(run.err().startsWith("whoowns: the LRS at " + lrs.url().replaceAll("/$", "")
                    + " rejected the statements (400: {\"error\": \"statement invalid: result.score.scaled\"}); 3 statements kept"),
                    run.err());
            assertEquals(1, run.err().lines().count());
            lrs.failWith = 0;
            assertEquals(0, send(lrs.url()).code(), "the queue alone is sent");
            assertEquals(3, lrs.stored.size());
        }
    }

    @Test
    void statementsMadeWhileTheLrsWasDownGoOutLaterExactlyOnce() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Run down = send("http://127.0.0.1:" + port + "/xapi", attempt("ada"));
        assertEquals(2, down.code());
        assertEquals("whoowns: cannot reach the LRS at http://127.0.0.1:" + port + "/xapi: connection refused; 3 statements"
                + " kept in the queue, sent on the next try\n", down.err());
        try (FakeLrs lrs = new FakeLrs()) {
            // the same LRS, now reachable at its address: its outbox is keyed by the URL
            Path outbox = home.resolve("lrs").resolve(SendResults.key("http://127.0.0.1:" + port + "/xapi"));
            Path moved = home.resolve("lrs").resolve(SendResults.key(lrs.url().replaceAll("/$", "")));
            Files.move(outbox, moved);
            Run up = send(lrs.url(), attempt("bob"));
            assertEquals(0, up.code(), up.err());
            assertTrue(up.out().startsWith("Sent 6 statements"), up.out());
            List<String> learners = new ArrayList<>();
            lrs.stored.values().forEach(s -> learners.add(s.get("actor").get("account").get("name").asText()));
            assertEquals(3, learners.stream().filter("ada"::equals).count());
            assertEquals(3, learners.stream().filter("bob"::equals).count());
            lrs.receptions.values().forEach(n -> assertEquals(1, n));
        }
    }

    @Test
    void aTimeoutKeepsTheStatementsAndTheRetryFindsThemStoredWithoutDuplicates() throws Exception {
        try (FakeLrs lrs = new FakeLrs()) {
            lrs.delayMillis = 2000;
            Run slow = send(lrs.url(), attempt("ada"));
            assertEquals(2, slow.code());
            assertTrue(slow.err().contains("did not answer within 0.8 s;"), slow.err());
            assertTrue(slow.err().endsWith("3 statements kept in the queue, sent on the next try\n"), slow.err());
            lrs.delayMillis = 0;
            Run retry = send(lrs.url(), attempt("ada"));
            assertEquals(0, retry.code(), retry.err());
            assertTrue(retry.out().startsWith("Sent 3 statements"), retry.out());
            assertEquals(3, lrs.stored.size());
            lrs.receptions.values().forEach(n -> assertEquals(1, n, "stored once although posted twice"));
            assertEquals(0, send(lrs.url(), attempt("ada")).code());
            assertTrue(lrs.requests.size() <= 5, "batch, 409, three singles: " + lrs.requests);
        }
    }

    @Test
    void missingCredentialsOrABadUrlAreUsageErrors() throws Exception {
        UsageException missing = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> send("http://127.0.0.1:1/xapi", Map.of(), Optional.empty(), attempt("ada")));
        assertEquals("sending needs the LRS's credentials: set WHOOWNS_LRS_AUTH=KEY:SECRET (or give --auth KEY:SECRET)",
                missing.getMessage());
        Run bad = send("ftp://lrs.example.org", attempt("ada"));
        assertEquals(2, bad.code());
        assertEquals("whoowns: the LRS address ftp://lrs.example.org must be an http or https URL, e.g."
                + " https://lrs.example.org/xapi\n", bad.err());
    }
}
