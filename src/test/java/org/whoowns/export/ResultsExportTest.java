package org.whoowns.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.whoowns.learn.Attempt;
import org.whoowns.learn.Tally;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsExportTest {
    private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final XapiStatements.Config CONFIG = new XapiStatements.Config("https://lms.example.com",
            "https://example.org/whoowns/xapi/", "whoowns 0.1.0", "en-US");

    static Attempt attempt(String learner, String name, boolean pass) {
        List<Attempt.Answered> answers = List.of(
                new Attempt.Answered("owner-of-cell:os@iaas", "owner-of-cell", "Under IaaS, who is responsible for the OS?",
                        List.of("Customer", "Shared", "Microsoft"), List.of(0), pass ? List.of(0) : List.of(2), pass ? 1 : 0, false),
                new Attempt.Answered("true-false:hosts@saas", "true-false", "True or false? Hosts are yours under SaaS.",
                        List.of("True", "False"), List.of(1), List.of(1), 1, true),
                new Attempt.Answered("areas-of-owner:microsoft@saas", "areas-of-owner", "Which are Microsoft's?",
                        List.of("Hosts", "Network", "Data"), List.of(0, 1), List.of(0), 0.5, false));
        double raw = answers.stream().mapToDouble(Attempt.Answered::credit).sum();
        return new Attempt(new Attempt.Taker(learner, name, Optional.of("Sales")), "https://example.org/whoowns/exam/azure",
                "azure", "2026.1", "0.1.0", "7", UUID.nameUUIDFromBytes(learner.getBytes()), 1, START, START.plusMillis(452_500),
                raw, 3, 80, pass, Map.of("os", new Tally("Operating system", pass ? 1 : 0, 1)),
                Map.of("iaas", new Tally("IaaS", pass ? 1 : 0, 1)), answers, "").sealed();
    }

    @Test
    void csvHasOneRowPerAttemptAndNoFormulas() {
        String csv = ResultsCsv.write(List.of(attempt("ada", "Ada", true), attempt("bob", "=HYPERLINK(\"http://evil\")", false)));
        List<String> rows = csv.lines().toList();
        assertEquals(3, rows.size());
        assertEquals(String.join(",", ResultsCsv.HEADER), rows.get(0));
        assertTrue(rows.get(1).startsWith("ada,Ada,Sales,https://example.org/whoowns/exam/azure,azure,2026.1,0.1.0,7,3,"), rows.get(1));
        assertTrue(rows.get(1).contains(",PT7M32.5S,2.50,3,83.33,80,passed,Operating system 1/1,IaaS 1/1,WO-"), rows.get(1));
        assertTrue(rows.get(2).startsWith("bob,\"'=HYPERLINK(\"\"http://evil\"\")\","), rows.get(2));
        assertTrue(rows.get(2).contains(",failed,"));
    }

    @Test
    void xapiStatementsFollowTheNotes() throws Exception {
        Attempt passed = attempt("ada", "Ada", true);
        Attempt failed = attempt("bob", "Bob", false);
        String text = XapiStatements.write(List.of(passed, failed), CONFIG);
        JsonNode statements = new ObjectMapper().readTree(text);
        assertEquals(8, statements.size(), "one outcome and three answered per attempt");
        Set<String> ids = new HashSet<>();
        for (JsonNode s : statements) {
            assertTrue(UUID_FORM.matcher(s.get("id").asText()).matches(), s.get("id").asText());
            assertTrue(ids.add(s.get("id").asText()), "ids are distinct");
            assertEquals("1.0.3", s.get("version").asText());
            assertTrue(s.get("timestamp").asText().endsWith("Z"));
            assertFalse(s.has("stored"));
            JsonNode actor = s.get("actor");
            assertEquals("Agent", actor.get("objectType").asText());
            assertEquals(1, (actor.has("mbox") ? 1 : 0) + (actor.has("mbox_sha1sum") ? 1 : 0) + (actor.has("openid") ? 1 : 0)
                    + (actor.has("account") ? 1 : 0), "exactly one identifier");
            assertEquals("https://lms.example.com", actor.get("account").get("homePage").asText());
            assertTrue(s.get("verb").get("id").asText().startsWith("http://adlnet.gov/expapi/verbs/"));
            assertTrue(s.get("verb").get("display").has("en-US"));
            JsonNode score = s.get("result").get("score");
            assertTrue(score.get("scaled").asDouble() >= -1 && score.get("scaled").asDouble() <= 1);
            assertTrue(score.get("min").asDouble() <= score.get("raw").asDouble() && score.get("raw").asDouble() <= score.get("max").asDouble());
            assertTrue(UUID_FORM.matcher(s.get("context").get("registration").asText()).matches());
            JsonNode activities = s.get("context").get("contextActivities");
            if (activities != null) {
                activities.fields().forEachRemaining(e -> assertTrue(e.getValue().isArray(), e.getKey() + " is an array"));
            }
            s.get("context").path("extensions").fieldNames().forEachRemaining(k -> assertTrue(k.startsWith("https://"), k));
        }
        JsonNode outcome = statements.get(0);
        assertEquals("http://adlnet.gov/expapi/verbs/passed", outcome.get("verb").get("id").asText());
        assertEquals(XapiStatements.ASSESSMENT, outcome.get("object").get("definition").get("type").asText());
        assertEquals("PT7M32.5S", outcome.get("result").get("duration").asText());
        assertEquals(2.5 / 3, outcome.get("result").get("score").get("scaled").asDouble(), 1e-12);
        assertEquals(passed.id().toString(), outcome.get("context").get("registration").asText());
        assertEquals("http://adlnet.gov/expapi/verbs/failed", statements.get(4).get("verb").get("id").asText());

        JsonNode choice = statements.get(1);
        assertEquals("http://adlnet.gov/expapi/verbs/answered", choice.get("verb").get("id").asText());
        JsonNode definition = choice.get("object").get("definition");
        assertEquals(XapiStatements.INTERACTION, definition.get("type").asText());
        assertEquals("choice", definition.get("interactionType").asText());
        assertEquals("c0", definition.get("correctResponsesPattern").get(0).asText());
        assertEquals(3, definition.get("choices").size());
        assertEquals("c0", choice.get("result").get("response").asText());
        assertEquals("https://example.org/whoowns/exam/azure", choice.get("context").get("contextActivities").get("parent").get(0).get("id").asText());
        assertTrue(choice.get("object").get("id").asText().startsWith("https://example.org/whoowns/exam/azure/question/owner-of-cell%3Aos%40iaas"));

        JsonNode trueFalse = statements.get(2).get("object").get("definition");
        assertEquals("true-false", trueFalse.get("interactionType").asText());
        assertEquals("false", trueFalse.get("correctResponsesPattern").get(0).asText());
        assertFalse(trueFalse.has("choices"));
        assertEquals("false", statements.get(2).get("result").get("response").asText());

        JsonNode many = statements.get(3);
        assertEquals("c0[,]c1", many.get("object").get("definition").get("correctResponsesPattern").get(0).asText());
        assertFalse(many.get("result").get("success").asBoolean());

        // a resend is the same statements: an LRS keeps one copy
        assertEquals(text, XapiStatements.write(List.of(passed, failed), CONFIG));
    }
}
