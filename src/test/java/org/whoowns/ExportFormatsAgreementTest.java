package org.whoowns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.whoowns.export.CsvReader;
import org.whoowns.export.GiftParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every export format against the JSON export of the same selection: the same questions in the same order,
 * the same right answers. Run on the shipped pack and the RACI example (4 owners, 3 models).
 */
class ExportFormatsAgreementTest {
    static final String RACI = "questions/example-raci.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> args(String pack, String... rest) {
        List<String> args = new ArrayList<>(List.of(rest));
        if (!pack.isEmpty()) {
            args.add("--pack");
            args.add(pack);
        }
        return args;
    }

    static JsonNode json(String pack, String... selection) throws Exception {
        Cli cli = Cli.run(args(pack, concat(new String[] {"export", "--format", "json"}, selection)).toArray(String[]::new));
        assertEquals(0, cli.code(), cli.err());
        return JSON.readTree(cli.out()).get("questions");
    }

    static String export(String pack, String format, String... selection) {
        Cli cli = Cli.run(args(pack, concat(new String[] {"export", "--format", format}, selection)).toArray(String[]::new));
        assertEquals(0, cli.code(), cli.err());
        assertEquals("", cli.err());
        return cli.out();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", RACI})
    void giftParsesInGiftPegjsWithTheJsonAnswers(String pack) throws Exception {
        for (String seed : List.of("1", "2", "3")) {
            JsonNode questions = json(pack, "--all", "--seed", seed);
            List<JsonNode> gift = GiftParser.questions(export(pack, "gift", "--all", "--seed", seed));
            assertEquals(questions.size(), gift.size(), "question count");
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < questions.size(); i++) {
                JsonNode q = questions.get(i);
                JsonNode g = gift.get(i);
                assertTrue(ids.add(q.get("id").asText()), "one variant per id: " + q.get("id"));
                assertEquals(q.get("id").asText(), g.get("title").asText());
                assertEquals(q.get("prompt").asText(), g.get("stem").get("text").asText());
                List<Integer> answer = new ArrayList<>();
                q.get("answer").forEach(a -> answer.add(a.asInt()));
                if (g.get("type").asText().equals("TF")) {
                    assertEquals("true-false", q.get("kind").asText());
                    assertEquals(answer.equals(List.of(0)), g.get("isTrue").asBoolean(), q.toString());
                    continue;
                }
                assertEquals("MC", g.get("type").asText(), q.toString());
                JsonNode choices = g.get("choices");
                assertEquals(q.get("choices").size(), choices.size());
                double positive = 0;
                for (int c = 0; c < choices.size(); c++) {
                    JsonNode choice = choices.get(c);
                    assertEquals(q.get("choices").get(c).asText(), choice.get("text").get("text").asText());
                    assertEquals(answer.contains(c), choice.get("isCorrect").asBoolean() || choice.get("weight").asDouble() > 0,
                            "right answer marked as in JSON: " + q.get("id") + " choice " + c);
                    if (q.get("select").asText().equals("all")) {
                        double weight = choice.get("weight").asDouble();
                        assertTrue(onMoodlesList(weight), weight + " in " + q.get("id"));
                        positive += Math.max(0, weight);
                    }
                }
                if (q.get("select").asText().equals("all")) {
                    assertEquals(100, positive, 1e-4, "weights of " + q.get("id"));
                }
            }
        }
    }

    private static boolean onMoodlesList(double weight) {
        for (double grade : new double[] {100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
                16.66667, 14.28571, 12.5, 11.11111, 10, 5}) {
            if (Math.abs(Math.abs(weight) - grade) < 1e-5) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", RACI})
    void csvHasOneRowPerJsonQuestionAndRoundTrips(String pack) throws Exception {
        JsonNode questions = json(pack, "--seed", "5");
        List<List<String>> rows = CsvReader.read(export(pack, "csv", "--seed", "5"));
        assertEquals(List.of("id", "kind", "select", "prompt", "choices", "answer", "correct", "explanation", "pitfall",
                "sources"), rows.get(0));
        assertEquals(questions.size(), rows.size() - 1);
        for (int i = 0; i < questions.size(); i++) {
            JsonNode q = questions.get(i);
            List<String> row = rows.get(i + 1);
            assertEquals(q.get("id").asText(), row.get(0));
            assertEquals(q.get("kind").asText(), row.get(1));
            assertEquals(q.get("select").asText(), row.get(2));
            assertEquals(q.get("prompt").asText(), row.get(3));
            List<String> choices = new ArrayList<>();
            q.get("choices").forEach(c -> choices.add(c.asText()));
            assertEquals(choices, List.of(row.get(4).split("\n")));
            List<String> answer = new ArrayList<>();
            List<String> correct = new ArrayList<>();
            q.get("answer").forEach(a -> {
                answer.add(a.asText());
                correct.add(choices.get(a.asInt()));
            });
            assertEquals(String.join(";", answer), row.get(5));
            assertEquals(String.join("\n", correct), row.get(6));
            assertEquals(q.get("explanation").asText(), row.get(7));
            assertEquals(q.has("pitfall") ? q.get("pitfall").asText() : "", row.get(8));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", RACI})
    void ankiHeaderIsWhatAnkiReadsAndGuidsAreStable(String pack) throws Exception {
        String first = export(pack, "anki", "--all", "--seed", "1");
        String again = export(pack, "anki", "--all", "--seed", "99");
        Map<String, String> header = ankiHeader(first);
        assertEquals("tab", header.get("separator"));
        assertEquals("true", header.get("html"));
        assertEquals("Basic", header.get("notetype"));
        assertTrue(header.get("deck").startsWith("whoowns::"));
        assertEquals("1", header.get("guid column"));
        assertEquals("4", header.get("tags column"));
        assertEquals("GUID\tFront\tBack\tTags", header.get("columns"));
        JsonNode questions = json(pack, "--all", "--seed", "1");
        Map<String, String> guids = guidsByFront(first);
        assertEquals(questions.size(), guids.size(), "one note per question");
        Set<String> distinct = new HashSet<>(guids.values());
        assertEquals(questions.size(), distinct.size(), "GUIDs unique");
        assertEquals(distinct, new HashSet<>(guidsByFront(again).values()), "the same GUIDs on re-export, another seed");
        assertEquals(first.lines().filter(l -> !l.startsWith("#")).map(l -> l.split("\t")[0]).toList(),
                again.lines().filter(l -> !l.startsWith("#")).map(l -> l.split("\t")[0]).toList(), "and in the same order");
    }

    /**
     * The header as Anki's text importer reads it: leading lines "#key:value", keys separator, html, tags,
     * columns, notetype, deck, and "notetype|deck|tags|guid column"; an unknown key is an error here.
     */
    private static Map<String, String> ankiHeader(String text) {
        Set<String> known = Set.of("separator", "html", "tags", "columns", "notetype", "deck", "notetype column",
                "deck column", "tags column", "guid column");
        Map<String, String> header = new HashMap<>();
        for (String line : text.lines().takeWhile(l -> l.startsWith("#")).toList()) {
            int colon = line.indexOf(':');
            assertTrue(colon > 1, line);
            String key = line.substring(1, colon);
            assertTrue(known.contains(key), "Anki knows no header " + key);
            assertTrue(header.put(key, line.substring(colon + 1)) == null, "header given twice: " + key);
        }
        assertTrue(text.lines().skip(header.size()).noneMatch(l -> l.startsWith("#")), "headers only at the top");
        return header;
    }

    /** The characters a Markdown reader would take as markup, backslash-escaped. */
    private static String markdown(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>|#~&!])", "\\\\$1");
    }

    private static Map<String, String> guidsByFront(String anki) {
        Map<String, String> guids = new HashMap<>();
        for (String line : anki.lines().filter(l -> !l.startsWith("#")).toList()) {
            String[] fields = line.split("\t", -1);
            assertEquals(4, fields.length, line);
            assertTrue(fields[0].matches("[0-9a-z]+"), fields[0]);
            assertTrue(fields[3].contains("whoowns"), "tagged");
            guids.put(fields[1], fields[0]);
        }
        return guids;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", RACI})
    void worksheetNumbersTheJsonQuestionsAndTheKeyGivesTheirAnswers(String pack) throws Exception {
        JsonNode questions = json(pack, "--seed", "4", "--count", "6");
        String sheet = export(pack, "markdown", "--seed", "4", "--count", "6");
        String withKey = export(pack, "markdown", "--seed", "4", "--count", "6", "--key");
        assertFalse(sheet.contains("Answer key"));
        assertTrue(sheet.contains("Name: ____"));
        assertTrue(withKey.startsWith(sheet), "the key follows the worksheet unchanged");
        assertTrue(withKey.contains("page-break-before: always"));
        String key = withKey.substring(withKey.indexOf("# Answer key"));
        for (int i = 0; i < questions.size(); i++) {
            JsonNode q = questions.get(i);
            assertTrue(sheet.contains("## " + (i + 1) + ". " + markdown(q.get("prompt").asText()) + "\n"),
                    "question " + (i + 1));
            List<String> right = new ArrayList<>();
            q.get("answer").forEach(a -> right.add((char) ('A' + a.asInt()) + ". "
                    + markdown(q.get("choices").get(a.asInt()).asText())));
            assertTrue(key.contains("## " + (i + 1) + ". " + String.join("; ", right) + "\n"), "key " + (i + 1) + ": " + right);
        }
        long boxes = sheet.lines().filter(l -> l.startsWith("- [ ] ")).count();
        long choices = 0;
        for (JsonNode q : questions) {
            choices += q.get("choices").size();
        }
        assertEquals(choices, boxes, "a box per choice");
    }

    @Test
    void keyOnlyGoesWithMarkdownAndAllNotWithCount() {
        Cli cli = Cli.run("export", "--format", "gift", "--key");
        assertEquals(2, cli.code());
        assertEquals("whoowns: --key goes with --format markdown (the other formats always carry the answers)\n", cli.err());
        assertEquals(2, Cli.run("export", "--all", "--count", "3").code());
        assertEquals(2, Cli.run("export", "--format", "pdf").code());
    }
}
