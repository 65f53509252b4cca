package org.whoowns.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackLoader;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.QuestionBank;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GIFT: escaping of hostile text and Moodle's weight rules, read back by the independent parser. */
class GiftTest {
    private static final String HOSTILE = "a {b} = c ~ d # e : f \\ g \\n h :: i #### j %50% k";

    @Test
    void everySpecialCharacterIsEscapedAndReadsBackAsWritten() {
        assertEquals("\\{\\}\\=\\~\\#\\:\\\\", Gift.escape("{}=~#:\\"));
        assertEquals("one\\ntwo", Gift.escape("one\ntwo"));
        assertEquals("50%", Gift.escape("50%"), "% is not an escape");
    }

    @Test
    void hostileTextInEveryPlaceParsesBackExactly() throws Exception {
        Pack pack = hostilePack();
        List<Question> questions = QuestionBank.generate(pack, 7);
        List<JsonNode> parsed = GiftParser.questions(Gift.write(pack, questions));
        assertEquals(questions.size(), parsed.size());
        Question fact = questions.stream().filter(q -> q.id().equals("fact:fact-one")).findFirst().orElseThrow();
        JsonNode read = parsed.get(questions.indexOf(fact));
        assertEquals("fact:fact-one", read.get("title").asText());
        assertEquals(HOSTILE + " prompt?", read.get("stem").get("text").asText());
        for (int i = 0; i < fact.choices().size(); i++) {
            assertEquals(fact.choices().get(i).text(), read.get("choices").get(i).get("text").get("text").asText());
            assertEquals(fact.choices().get(i).note(), read.get("choices").get(i).get("feedback").get("text").asText());
        }
        assertTrue(read.get("globalFeedback").get("text").asText().startsWith(HOSTILE + " explanation"),
                read.get("globalFeedback").toString());
        assertTrue(read.get("globalFeedback").get("text").asText().contains("Pitfall: " + HOSTILE + " pitfall"));
    }

    @Test
    void weightsAreOnMoodlesListAndAddUpTo100() {
        for (int k = 1; k <= 10; k++) {
            double weight = Double.parseDouble(Gift.weight(100.0 / k));
            assertEquals(100, weight * k, 1e-4, k + " right answers");
        }
        assertEquals("33.33333", Gift.weight(100.0 / 3));
        assertEquals("50", Gift.weight(50));
        assertThrows(IllegalArgumentException.class, () -> Gift.weight(100.0 / 11), "100/11 is not on the list");
    }

    /** small-valid.json with hostile text in the prompt, choices, notes, explanation and pitfall of its fact. */
    static Pack hostilePack() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(Files.readAllBytes(Path.of("src/test/resources/packs/small-valid.json")));
        ObjectNode fact = (ObjectNode) root.get("questions").get(0);
        fact.put("prompt", HOSTILE + " prompt?");
        ArrayNode choices = fact.putArray("choices");
        ArrayNode notes = fact.putArray("notes");
        for (String c : List.of("=Red", "~Green#", "{Blue}", "back\\slash: x")) {
            choices.add(c);
            notes.add(HOSTILE + " note " + c);
        }
        ObjectNode explanation = (ObjectNode) fact.get("explanation");
        explanation.put("text", HOSTILE + " explanation");
        explanation.put("pitfall", HOSTILE + " pitfall");
        return PackLoader.parse("hostile.json", json.writeValueAsBytes(root));
    }

    static String kinds(List<Question> questions) {
        return questions.stream().map(q -> q.kind().id()).distinct().collect(Collectors.joining(","));
    }
}
