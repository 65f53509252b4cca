package org.whoowns.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.whoowns.learn.Attempt;
import org.whoowns.learn.Tally;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Exam attempts as xAPI 1.0.3 statements (shared/notes/interop.md): per attempt one passed/failed statement
 * and one answered statement per question. Statement ids derive from the attempt id, so sending the same
 * results again never duplicates them in a learning record store; the attempt id is the registration.
 */
public final class XapiStatements {
    static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    static final String ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
    static final String INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";
    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * Where learners' accounts live ({@code homePage}, an IRL), the base IRI of our extension keys, and the
     * platform and language the context names.
     */
    public record Config(String homePage, String extensionBase, String platform, String language) {
    }

    private XapiStatements() {
    }

    public static String write(List<Attempt> attempts, Config config) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (Attempt a : attempts) {
                outcome(json, a, config);
                for (int i = 0; i < a.answers().size(); i++) {
                    answered(json, a, i, config);
                }
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory", e);
        }
        return out.append('\n').toString();
    }

    /** A version-3 (name-based) UUID of the attempt and the statement's role in it. */
    static UUID statementId(Attempt a, String role) {
        return UUID.nameUUIDFromBytes((a.id() + "/" + role).getBytes(StandardCharsets.UTF_8));
    }

    private static void outcome(JsonGenerator json, Attempt a, Config config) throws IOException {
        json.writeStartObject();
        head(json, statementId(a, "outcome"), a, config);
        verb(json, a.passed() ? "passed" : "failed");
        json.writeObjectFieldStart("object");
        json.writeStringField("objectType", "Activity");
        json.writeStringField("id", a.activity());
        json.writeObjectFieldStart("definition");
        json.writeStringField("type", ASSESSMENT);
        language(json, "name", config, "whoowns exam: " + a.packId());
        json.writeEndObject();
        json.writeEndObject();
        json.writeObjectFieldStart("result");
        score(json, a.raw(), a.max());
        json.writeBooleanField("success", a.passed());
        json.writeBooleanField("completion", true);
        json.writeStringField("duration", a.duration().toString());
        json.writeEndObject();
        json.writeObjectFieldStart("context");
        context(json, a, config);
        json.writeObjectFieldStart("extensions");
        json.writeStringField(config.extensionBase() + "pack-version", a.packVersion());
        json.writeStringField(config.extensionBase() + "certificate-sha256", a.sha256());
        json.writeNumberField(config.extensionBase() + "pass-mark", a.passMark());
        tallies(json, config.extensionBase() + "areas", a.byArea());
        tallies(json, config.extensionBase() + "models", a.byModel());
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void answered(JsonGenerator json, Attempt a, int index, Config config) throws IOException {
        Attempt.Answered q = a.answers().get(index);
        boolean trueFalse = q.kind().equals("true-false") && q.choices().size() == 2
                && q.choices().get(0).equalsIgnoreCase("true") && q.choices().get(1).equalsIgnoreCase("false");
        json.writeStartObject();
        head(json, statementId(a, "question/" + index), a, config);
        verb(json, "answered");
        json.writeObjectFieldStart("object");
        json.writeStringField("objectType", "Activity");
        json.writeStringField("id", a.activity() + "/question/" + URLEncoder.encode(q.question(), StandardCharsets.UTF_8));
        json.writeObjectFieldStart("definition");
        json.writeStringField("type", INTERACTION);
        language(json, "name", config, q.question());
        language(json, "description", config, q.prompt());
        json.writeStringField("interactionType", trueFalse ? "true-false" : "choice");
        json.writeArrayFieldStart("correctResponsesPattern");
        json.writeString(trueFalse ? booleanOf(q.answer()) : ids(q.answer()));
        json.writeEndArray();
        if (!trueFalse) {
            json.writeArrayFieldStart("choices");
            for (int c = 0; c < q.choices().size(); c++) {
                json.writeStartObject();
                json.writeStringField("id", "c" + c);
                language(json, "description", config, q.choices().get(c));
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeObjectFieldStart("result");
        score(json, q.credit(), 1);
        json.writeBooleanField("success", q.credit() >= 1);
        json.writeBooleanField("completion", !q.picks().isEmpty());
        json.writeStringField("response", trueFalse && q.picks().size() == 1 ? booleanOf(q.picks()) : ids(q.picks()));
        json.writeEndObject();
        json.writeObjectFieldStart("context");
        context(json, a, config);
        json.writeObjectFieldStart("contextActivities");
        json.writeArrayFieldStart("parent");
        json.writeStartObject();
        json.writeStringField("objectType", "Activity");
        json.writeStringField("id", a.activity());
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void head(JsonGenerator json, UUID id, Attempt a, Config config) throws IOException {
        json.writeStringField("id", id.toString());
        json.writeStringField("version", "1.0.3");
        json.writeStringField("timestamp", a.completed().toString());
        json.writeObjectFieldStart("actor");
        json.writeStringField("objectType", "Agent");
        json.writeStringField("name", a.learner().name());
        json.writeObjectFieldStart("account");
        json.writeStringField("homePage", config.homePage());
        json.writeStringField("name", a.learner().id());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void verb(JsonGenerator json, String verb) throws IOException {
        json.writeObjectFieldStart("verb");
        json.writeStringField("id", VERBS + verb);
        json.writeObjectFieldStart("display");
        json.writeStringField("en-US", verb);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void context(JsonGenerator json, Attempt a, Config config) throws IOException {
        json.writeStringField("registration", a.id().toString());
        json.writeStringField("platform", config.platform());
        json.writeStringField("language", config.language());
    }

    private static void language(JsonGenerator json, String field, Config config, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField(config.language(), text);
        json.writeEndObject();
    }

    private static void score(JsonGenerator json, double raw, int max) throws IOException {
        json.writeObjectFieldStart("score");
        json.writeNumberField("scaled", raw / max);
        json.writeNumberField("raw", raw);
        json.writeNumberField("min", 0);
        json.writeNumberField("max", max);
        json.writeEndObject();
    }

    private static void tallies(JsonGenerator json, String key, Map<String, Tally> tallies) throws IOException {
        json.writeObjectFieldStart(key);
        for (Map.Entry<String, Tally> e : new TreeMap<>(tallies).entrySet()) {
            json.writeObjectFieldStart(e.getKey());
            json.writeStringField("name", e.getValue().name());
            json.writeNumberField("raw", e.getValue().raw());
            json.writeNumberField("max", e.getValue().max());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    /** Choice ids joined by xAPI's "[,]". */
    private static String ids(List<Integer> indexes) {
        List<String> ids = new ArrayList<>();
        indexes.forEach(i -> ids.add("c" + i));
        return String.join("[,]", ids);
    }

    /** A true-false answer: choice 0 is True, choice 1 is False. */
    private static String booleanOf(List<Integer> indexes) {
        return indexes.equals(List.of(0)) ? "true" : "false";
    }
}
