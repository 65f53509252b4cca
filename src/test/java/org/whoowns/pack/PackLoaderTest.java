package org.whoowns.pack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whoowns.pack.TestPacks.at;
import static org.whoowns.pack.TestPacks.rejected;
import static org.whoowns.pack.TestPacks.replaceOnce;

/**
 * PackLoader on broken packs: every class of error gives one exact line, file:line:column: path: message,
 * pointing at the offending token. Each bad pack is the small valid pack with one change.
 */
class PackLoaderTest {
    private static final String VALID = TestPacks.packText(TestPacks.SMALL);
    private static final String OWNERS = "(expected one of customer, shared, provider)";
    private static final String TOP_FIELDS = "(expected one of areas, description, documents, explanations, format, id, "
            + "models, owners, questions, splits, tasks, title, topics, version)";

    /** The only problem reported for {@code bad}, as printed. */
    private static void assertOnly(String bad, String expected) {
        assertEquals(List.of(expected), lines(rejected(bad)));
    }

    private static List<String> lines(PackException e) {
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void theBasePackIsValid() {
        Pack pack = TestPacks.parse("small.json", VALID);
        assertEquals("small", pack.id());
        assertEquals(List.of("IaaS", "PaaS", "SaaS"), pack.models().stream().map(Model::name).toList());
        assertEquals(List.of("data", "apps", "os", "hosts"), pack.areas().stream().map(Area::id).toList());
        assertEquals(List.of("Customer", "Shared", "Provider"), pack.owners().stream().map(Owner::name).toList());
        assertEquals(12, pack.matrix().size());
        assertEquals(12, pack.explanations().size());
        assertEquals(2, pack.questions().size());
        // phrase defaults to the lower-cased name; long names are optional
        assertEquals("applications", pack.areas().get(1).phrase());
        assertEquals("the operating system", pack.areas().get(2).phrase());
        assertEquals(Optional.empty(), pack.models().get(0).longName());
        assertEquals(Optional.of("Software as a Service"), pack.models().get(2).longName());
        Area apps = pack.areas().get(1);
        assertEquals("shared", pack.owner(apps, pack.models().get(1)).id());
        assertEquals(Optional.of("Not the provider alone."), pack.explanation(new Cell(apps, pack.models().get(2))).pitfall());
        Authored.Fact fact = (Authored.Fact) pack.questions().get(0);
        assertTrue(fact.selectAll());
        assertEquals(List.of(0, 2), fact.answer());
        Authored.Scenario scenario = (Authored.Scenario) pack.questions().get(1);
        assertEquals("os@paas", scenario.cell().id());
    }

    @Test
    void malformedJsonMissingComma() {
        String bad = replaceOnce(VALID, "\"version\": \"1.0\",", "\"version\": \"1.0\"");
        assertEquals("x.json:5:3", at(bad, "\"title\"", 0));
        assertOnly(bad, at(bad, "\"title\"", 0)
                + ": expected ',' or '}' after a value, found '\"'");
    }

    @Test
    void commentsAndNonStandardNumbers() {
        String comment = replaceOnce(VALID, "\"format\": 1,", "\"format\": 1, // the format\n");
        assertOnly(comment, at(comment, "//") + ": '/' cannot start a JSON value; comments are not allowed");
        String nan = replaceOnce(VALID, "\"format\": 1,", "\"format\": NaN,");
        assertEquals(List.of("'NaN' is not a JSON number"), rejected(nan).problems().stream().map(Problem::message).toList());
        String big = replaceOnce(VALID, "\"format\": 1,", "\"format\":\n    123456789012345678901234567890,");
        assertOnly(big, at(big, "1234", 0) + ": a number longer than 24 characters (the most the pack format allows)");
        String bigInList = replaceOnce(VALID, "\"answer\": [0, 2]", "\"answer\": [0, 123456789012345678901234567890]");
        assertOnly(bigInList, at(bigInList, "1234", 0) + ": a number longer than 24 characters (the most the pack format allows)");
        String outOfRange = replaceOnce(VALID, "\"answer\": [0, 2]", "\"answer\": [0, 12345678901234567890123]");
        assertOnly(outOfRange, at(outOfRange, "1234", 0) + ": questions[0].answer[1]: expected a whole number, "
                + "found a fraction or a number out of range");
    }

    @Test
    void unclosedObjectAtTheEnd() {
        String bad = VALID.substring(0, VALID.lastIndexOf('}'));
        assertOnly(bad, at(bad, bad.length()) + ": the file ends before an object is closed: a '}' is missing");
    }

    @Test
    void wrongClosingBracketDoesNotQuoteTheSource() {
        String bad = replaceOnce(VALID, "\"sections\": [\"Matrix\", \"Notes\"]}", "\"sections\": [\"Matrix\", \"Notes\"}}");
        assertOnly(bad, at(bad, bad.indexOf("\"Notes\"}") + 7) + ": '}' where ']' should close the list");
    }

    @Test
    void trailingGarbageAfterTheRootObject() {
        String bad = VALID.stripTrailing() + " x\n";
        assertOnly(bad, at(bad, bad.lastIndexOf('x')) + ": unexpected content after the end of the pack object");
        String second = VALID.stripTrailing() + "\n{}\n";
        assertOnly(second, at(second, second.lastIndexOf('{')) + ": unexpected content after the end of the pack object");
        String brace = VALID.stripTrailing() + "}";
        assertOnly(brace, at(brace, brace.length() - 1) + ": unexpected content after the end of the pack object");
    }

    @Test
    void duplicateKey() {
        String bad = replaceOnce(VALID, "\"title\": \"Small test pack\",", "\"title\": \"Small test pack\", \"title\": \"Again\",");
        assertOnly(bad, at(bad, "\"title\"", 1) + ": title: duplicate key \"title\"");
        String nested = replaceOnce(VALID, "\"key\": \"P\",", "\"key\": \"P\", \"key\": \"Q\",");
        assertOnly(nested, at(nested, "\"key\": \"Q\"") + ": owners[2].key: duplicate key \"key\"");
    }

    @Test
    void unknownFieldAtTopLevel() {
        String bad = replaceOnce(VALID, "\"format\": 1,", "\"format\": 1, \"colour\": \"red\",");
        assertEquals("x.json:2:16", at(bad, "\"colour\""));
        assertOnly(bad, at(bad, "\"colour\"") + ": colour: unknown field " + TOP_FIELDS);
    }

    @Test
    void unknownFieldNested() {
        String bad = replaceOnce(VALID, "{\"id\": \"iaas\", \"name\": \"IaaS\"}", "{\"id\": \"iaas\", \"name\": \"IaaS\", \"size\": 3}");
        assertOnly(bad, at(bad, "\"size\"") + ": models[0].size: unknown field (expected one of cloud, id, long, name, where)");
        String deeper = replaceOnce(VALID, "\"cell\": {\"area\": \"os\", \"model\": \"paas\"}",
                "\"cell\": {\"area\": \"os\", \"model\": \"paas\", \"owner\": \"provider\"}");
        assertOnly(deeper, at(deeper, "\"owner\"") + ": questions[1].cell.owner: unknown field (expected one of area, model)");
    }

    @Test
    void missingRequiredField() {
        String bad = replaceOnce(VALID, "\"version\": \"1.0\",\n", "");
        assertOnly(bad, "x.json:1:1: version: missing required field");
        String nested = replaceOnce(VALID, ", \"holder\": \"the provider\"", "");
        assertOnly(nested, at(nested, "{\"id\": \"provider\"") + ": owners[2].holder: missing required field");
    }

    @Test
    void wrongType() {
        String bad = replaceOnce(VALID, "\"version\": \"1.0\"", "\"version\": 10");
        assertOnly(bad, at(bad, "10") + ": version: expected a string, found a number");
        String list = replaceOnce(VALID, "\"id\": \"small\"", "\"id\": [\"small\"]");
        assertOnly(list, at(list, "[\"small\"]") + ": id: expected a string, found a list");
        String answer = replaceOnce(VALID, "\"answer\": [0, 2]", "\"answer\": 0");
        assertOnly(answer, at(answer, answer.indexOf("\"answer\": 0") + 10)
                + ": questions[0].answer: expected a list of choice indexes, e.g. [0, 2]");
        String index = replaceOnce(VALID, "\"answer\": [0, 2]", "\"answer\": [0, \"2\"]");
        assertOnly(index, at(index, "\"2\"") + ": questions[0].answer[1]: expected a whole number, found the string \"2\"");
        String fraction = replaceOnce(VALID, "\"format\": 1,", "\"format\": 1.0,");
        assertOnly(fraction, at(fraction, "1.0,") + ": format: expected a whole number, found a fraction or a number out of range");
    }

    @Test
    void aListThatIsNotAListIsOneProblem() {
        // Everything that refers to models is left unchecked rather than reported as unknown.
        String bad = replaceOnce(VALID, "\"models\": [\n", "\"models\": {\"all\": [\n");
        bad = replaceOnce(bad, "{\"id\": \"saas\", \"name\": \"SaaS\", \"long\": \"Software as a Service\"}\n  ],",
                "{\"id\": \"saas\", \"name\": \"SaaS\", \"long\": \"Software as a Service\"}\n  ]},");
        assertOnly(bad, at(bad, "{\"all\"") + ": models: expected a list");
        String questions = replaceOnce(VALID, "\"questions\": [", "\"questions\": {\"all\": [");
        questions = questions.substring(0, questions.lastIndexOf(']') + 1) + "}\n}\n";
        assertOnly(questions, at(questions, "{\"all\"") + ": questions: expected a list");
    }

    @Test
    void cellNamingAnUnknownOwner() {
        String bad = replaceOnce(VALID, "\"paas\": \"shared\", \"saas\": \"shared\"", "\"paas\": \"both\", \"saas\": \"shared\"");
        assertEquals("x.json:21:82", at(bad, "\"both\""));
        assertOnly(bad, at(bad, "\"both\"") + ": areas[1].cells.paas: unknown owner \"both\" " + OWNERS);
    }

    @Test
    void missingCell() {
        String bad = replaceOnce(VALID, "\"cells\": {\"iaas\": \"customer\", \"paas\": \"shared\", \"saas\": \"shared\"}",
                "\"cells\": {\"iaas\": \"customer\", \"saas\": \"shared\"}");
        assertOnly(bad, at(bad, "{\"iaas\": \"customer\", \"saas\"") + ": areas[1].cells: missing cell for model \"paas\"");
    }

    @Test
    void cellKeyedByAnUnknownModel() {
        String bad = replaceOnce(VALID, "\"paas\": \"shared\", \"saas\": \"shared\"", "\"paas\": \"shared\", \"saas\": \"shared\", \"faas\": \"shared\"");
        assertOnly(bad, at(bad, "\"faas\"") + ": areas[1].cells.faas: unknown model \"faas\" (expected one of iaas, paas, saas)");
    }

    @Test
    void explanationNamingUnknownAreaAndModel() {
        String bad = replaceOnce(VALID, "{\"areas\": [\"data\"], \"models\": [\"iaas\", \"paas\", \"saas\"]",
                "{\"areas\": [\"data\", \"disk\"], \"models\": [\"iaas\", \"paas\", \"saas\", \"faas\"]");
        assertEquals(List.of(
                at(bad, "\"disk\"") + ": explanations[0].areas[1]: unknown area \"disk\" (expected one of data, apps, os, hosts)",
                at(bad, "\"faas\"") + ": explanations[0].models[3]: unknown model \"faas\" (expected one of iaas, paas, saas)"),
                lines(rejected(bad)));
    }

    @Test
    void cellCoveredByTwoExplanations() {
        String bad = replaceOnce(VALID, "{\"areas\": [\"hosts\"]", "{\"areas\": [\"hosts\", \"data\"]");
        String where = at(bad, "{\"areas\": [\"hosts\"");
        assertEquals(List.of(
                where + ": explanations[4]: cell data@iaas is already explained by explanations[0]",
                where + ": explanations[4]: cell data@paas is already explained by explanations[0]",
                where + ": explanations[4]: cell data@saas is already explained by explanations[0]"),
                lines(rejected(bad)));
    }

    @Test
    void cellCoveredByNoExplanation() {
        String bad = replaceOnce(VALID, "{\"areas\": [\"hosts\"], \"models\": [\"iaas\", \"paas\", \"saas\"]",
                "{\"areas\": [\"hosts\"], \"models\": [\"iaas\", \"paas\"]");
        assertOnly(bad, at(bad, bad.indexOf('[', bad.indexOf("\"explanations\"")))
                + ": explanations: no explanation covers cell hosts@saas");
        String two = replaceOnce(VALID, "{\"areas\": [\"hosts\"], \"models\": [\"iaas\", \"paas\", \"saas\"]",
                "{\"areas\": [\"hosts\"], \"models\": [\"iaas\"]");
        assertOnly(two, at(two, two.indexOf('[', two.indexOf("\"explanations\"")))
                + ": explanations: no explanation covers cells hosts@paas, hosts@saas");
    }

    @Test
    void sourceWithUnknownDocument() {
        String bad = replaceOnce(VALID, "{\"document\": \"doc\", \"section\": \"Notes\"}]}},",
                "{\"document\": \"book\", \"section\": \"Notes\"}]}},");
        assertOnly(bad, at(bad, "\"book\"") + ": questions[0].explanation.sources[0].document: unknown document \"book\" (expected one of doc)");
    }

    @Test
    void sourceWithUnknownSection() {
        String bad = replaceOnce(VALID, "{\"document\": \"doc\", \"section\": \"Notes\"}]}},",
                "{\"document\": \"doc\", \"section\": \"Appendix\"}]}},");
        assertOnly(bad, at(bad, "\"Appendix\"") + ": questions[0].explanation.sources[0].section: "
                + "\"Appendix\" is not a section of document \"doc\"");
    }

    @Test
    void emptyAndBlankText() {
        for (String empty : List.of("\"\"", "\"   \"")) {
            String bad = replaceOnce(VALID, "\"Data stays with the customer.\"", empty);
            // only the text is reported: the cells it covers are not also reported as uncovered
            assertOnly(bad, at(bad, empty + ", \"sources\"") + ": explanations[0].text: must not be empty");
        }
    }

    @Test
    void textWithAnEscapeCharacter() {
        String bad = replaceOnce(VALID, "\"Data stays with the customer.\"", "\"Data \\u001b[31mstays\"");
        assertOnly(bad, at(bad, "\"Data \\u001b") + ": explanations[0].text: contains control character U+001B, "
                + "which is not allowed in pack text");
        // unescaped, it is not even JSON
        String raw = replaceOnce(VALID, "\"Data stays with the customer.\"", "\"Data \u001b[31mstays\"");
        assertOnly(raw, at(raw, "\u001b") + ": control character U+001B inside a string; write a line break as \\n and a tab as \\t");
    }

    @Test
    void textWithABidiOverride() {
        String bad = replaceOnce(VALID, "\"Who patches the OS under PaaS?\"", "\"Who patches the OS under \u202eSaaP?\"");
        assertOnly(bad, at(bad, "\"Who patches") + ": questions[1].prompt: contains invisible formatting character U+202E, "
                + "which is not allowed in pack text");
        String escaped = replaceOnce(VALID, "\"Red\"", "\"R\\u2066ed\"");
        assertOnly(escaped, at(escaped, "\"R\\u2066ed\"") + ": questions[0].choices[0]: contains invisible formatting "
                + "character U+2066, which is not allowed in pack text");
    }

    @Test
    void mojibake() {
        String bad = replaceOnce(VALID, "\"Data stays with the customer.\"", "\"Data stays with the customer\u00e2\u20ac\u201dalways.\"");
        assertOnly(bad, at(bad, "\"Data stays") + ": explanations[0].text: contains \"\u00e2\u20ac\", text mis-decoded "
                + "from UTF-8 (e.g. an em dash); fix the characters");
    }

    @Test
    void invalidId() {
        String bad = replaceOnce(VALID, "\"id\": \"small\"", "\"id\": \"Small_Pack\"");
        assertEquals("x.json:3:9", at(bad, "\"Small_Pack\""));
        assertOnly(bad, at(bad, "\"Small_Pack\"") + ": id: \"Small_Pack\" is not an id "
                + "(1-40 of a-z, 0-9 and '-', starting with a letter or digit)");
        String dash = replaceOnce(VALID, "\"id\": \"fact-one\"", "\"id\": \"-fact\"");
        assertOnly(dash, at(dash, "\"-fact\"") + ": questions[0].id: \"-fact\" is not an id "
                + "(1-40 of a-z, 0-9 and '-', starting with a letter or digit)");
        String tooLong = replaceOnce(VALID, "\"id\": \"small\"", "\"id\": \"" + "a".repeat(41) + "\"");
        assertOnly(tooLong, at(tooLong, "\"aaaa") + ": id: is 41 characters long; at most 40 allowed");
    }

    @Test
    void duplicateIds() {
        String document = replaceOnce(VALID, "\"sections\": [\"Matrix\", \"Notes\"]}",
                "\"sections\": [\"Matrix\", \"Notes\"]}, {\"id\": \"doc\", \"title\": \"Other\", \"edition\": \"2021\", \"sections\": [\"A\"]}");
        assertOnly(document, at(document, "\"doc\"", 1) + ": documents[1].id: another document already has id \"doc\"");

        String question = replaceOnce(VALID, "\"id\": \"scenario-one\"", "\"id\": \"fact-one\"");
        assertOnly(question, at(question, "\"fact-one\"", 1) + ": questions[1].id: another question already has id \"fact-one\"");

        // a broken question before them must not shift the index or the location
        String shifted = replaceOnce(question, "\"questions\": [\n", "\"questions\": [\n    {\"id\": \"broken\", \"kind\": \"fact\"},\n");
        List<String> problems = lines(rejected(shifted));
        assertTrue(problems.contains(at(shifted, "\"fact-one\"", 1) + ": questions[2].id: another question already has id \"fact-one\""),
                problems::toString);
        assertEquals(1, problems.stream().filter(p -> p.contains("already has id")).count(), problems::toString);

        String model = replaceOnce(VALID, "{\"id\": \"paas\", \"name\": \"PaaS\"}", "{\"id\": \"iaas\", \"name\": \"PaaS\"}");
        assertEquals(at(model, "\"iaas\"", 1) + ": models[1].id: another model already has id \"iaas\"",
                lines(rejected(model)).get(0));
    }

    @Test
    void duplicateOwnerKeysAndNames() {
        String bad = replaceOnce(VALID, "\"key\": \"S\"", "\"key\": \"c\"");
        assertOnly(bad, at(bad, "\"c\"") + ": owners[1].key: owner \"customer\" already uses key \"c\"");
        String name = replaceOnce(VALID, "\"name\": \"Provider\"", "\"name\": \"Customer\"");
        assertOnly(name, at(name, "\"Customer\"", 1) + ": owners[2].name: another owner is already named \"Customer\"");
        String notALetter = replaceOnce(VALID, "\"key\": \"S\"", "\"key\": \"*\"");
        assertOnly(notALetter, at(notALetter, "\"*\"") + ": owners[1].key: a key is one letter or digit, not \"*\"");
    }

    /** Generated statements name areas by phrase and owners by holder: duplicates would make them ambiguous. */
    @Test
    void duplicatePhrasesAndHolders() {
        String phrase = replaceOnce(VALID, "{\"id\": \"hosts\", \"name\": \"Physical hosts\",",
                "{\"id\": \"hosts\", \"name\": \"Physical hosts\", \"phrase\": \"Applications\",");
        assertOnly(phrase, at(phrase, phrase.indexOf("\"phrase\": \"Applications\"") + 10) + ": areas[3].phrase: area \"apps\" already has the phrase \"Applications\"");
        String byName = replaceOnce(VALID, "\"name\": \"Physical hosts\"", "\"name\": \"DATA\"");
        assertOnly(byName, at(byName, "\"DATA\"") + ": areas[3].name: area \"data\" already has the phrase \"data\"");
        String holder = replaceOnce(VALID, "\"holder\": \"the provider\"", "\"holder\": \"the customer\"");
        assertOnly(holder, at(holder, "\"the customer\"", 1) + ": owners[2].holder: owner \"customer\" already has the holder \"the customer\"");
    }

    /** A broken name or key is compared with the next entry's without crashing the loader. */
    @Test
    void aBrokenEntryIsComparedWithTheNextWithoutCrashing() {
        String name = replaceOnce(VALID, "\"name\": \"Customer\", \"key\": \"C\"", "\"name\": \"\", \"key\": \"C\"");
        assertOnly(name, at(name, "\"\", \"key\": \"C\"") + ": owners[0].name: must not be empty");
        String key = replaceOnce(VALID, "\"key\": \"C\"", "\"key\": \"CC\"");
        assertOnly(key, at(key, "\"CC\"") + ": owners[0].key: is 2 characters long; at most 1 allowed");
        String holder = replaceOnce(VALID, "\"holder\": \"the customer\"", "\"holder\": 7");
        assertOnly(holder, at(holder, "7}") + ": owners[0].holder: expected a string, found a number");
        String model = replaceOnce(VALID, "{\"id\": \"iaas\", \"name\": \"IaaS\"}", "{\"id\": \"iaas\", \"name\": \"\"}");
        assertOnly(model, at(model, "\"\"}") + ": models[0].name: must not be empty");
        String area = replaceOnce(VALID, "{\"id\": \"data\", \"name\": \"Data\"", "{\"id\": \"data\", \"name\": \" \"");
        assertOnly(area, at(area, "\" \"") + ": areas[0].name: must not be empty");
    }

    @Test
    void answerIndexOutOfRange() {
        String bad = replaceOnce(VALID, "\"answer\": [0, 2]", "\"answer\": [0, 3]");
        assertOnly(bad, at(bad, "3]") + ": questions[0].answer[1]: index 3 is outside the 3 choices (0 to 2)");
        String negative = replaceOnce(VALID, "\"answer\": [0, 2]", "\"answer\": [-1]");
        assertOnly(negative, at(negative, "-1") + ": questions[0].answer[0]: index -1 is outside the 3 choices (0 to 2)");
        String empty = replaceOnce(VALID, "\"answer\": [0, 2]", "\"answer\": []");
        assertOnly(empty, at(empty, "[]") + ": questions[0].answer: at least one choice must be right");
        String twice = replaceOnce(VALID, "\"answer\": [0, 2]", "\"answer\": [2, 2]");
        assertOnly(twice, at(twice, "2]") + ": questions[0].answer[1]: index 2 is listed twice");
    }

    @Test
    void selectOneFactWithTwoAnswers() {
        String bad = replaceOnce(VALID, "\"select\": \"all\"", "\"select\": \"one\"");
        assertOnly(bad, at(bad, "[0, 2]") + ": questions[0].answer: a select \"one\" question has exactly one right choice; "
                + "use \"select\": \"all\"");
        String other = replaceOnce(VALID, "\"select\": \"all\"", "\"select\": \"some\"");
        assertOnly(other, at(other, "\"some\"") + ": questions[0].select: expected \"one\" or \"all\", not \"some\"");
    }

    @Test
    void duplicateChoice() {
        String bad = replaceOnce(VALID, "[\"Red\", \"Green\", \"Blue\"]", "[\"Red\", \"Red\", \"Blue\"]");
        assertOnly(bad, at(bad, "\"Red\"", 1) + ": questions[0].choices[1]: the same choice appears twice: \"Red\"");
    }

    @Test
    void tooManyModels() {
        StringBuilder more = new StringBuilder("{\"id\": \"saas\", \"name\": \"SaaS\"}");
        for (int i = 4; i <= 9; i++) {
            more.append(", {\"id\": \"m").append(i).append("\", \"name\": \"M").append(i).append("\"}");
        }
        String bad = replaceOnce(VALID, "{\"id\": \"saas\", \"name\": \"SaaS\", \"long\": \"Software as a Service\"}", more.toString());
        // one problem, not one for every cell and explanation that names a model
        assertOnly(bad, at(bad, bad.indexOf('[', bad.indexOf("\"models\""))) + ": models: has 9 entries; at most 8 are allowed");
    }

    @Test
    void tooFewOwners() {
        String bad = replaceOnce(VALID, "\"owners\": [\n    {\"id\": \"customer\", \"name\": \"Customer\", \"key\": \"C\", \"holder\": \"the customer\"},\n",
                "\"owners\": [\n");
        bad = replaceOnce(bad, "    {\"id\": \"shared\", \"name\": \"Shared\", \"key\": \"S\", \"holder\": \"the customer and the provider together\"},\n", "");
        assertOnly(bad, at(bad, bad.indexOf('[', bad.indexOf("\"owners\""))) + ": owners: needs at least 2 entries, has 1");
    }

    @Test
    void stringsOverTheLengthLimit() {
        String title = replaceOnce(VALID, "\"Small test pack\"", "\"" + "t".repeat(81) + "\"");
        assertOnly(title, at(title, "\"ttt") + ": title: is 81 characters long; at most 80 allowed");
        String text = replaceOnce(VALID, "\"Data stays with the customer.\"", "\"" + "d".repeat(1201) + "\"");
        assertOnly(text, at(text, "\"ddd") + ": explanations[0].text: is 1201 characters long; at most 1200 allowed");
        String ownerName = replaceOnce(VALID, "\"name\": \"Provider\"", "\"name\": \"Provider and more\"");
        assertOnly(ownerName, at(ownerName, "\"Provider and") + ": owners[2].name: is 17 characters long; at most 16 allowed");
        // the limit counts characters, not UTF-16 units or bytes (the emoji is then rejected for what it is)
        TestPacks.parse("x.json", replaceOnce(VALID, "\"Data stays with the customer.\"", "\"" + "\u4e2d".repeat(1200) + "\""));
        TestPacks.parse("x.json", replaceOnce(VALID, "\"Data stays with the customer.\"", "\"" + "\u00e9".repeat(1200) + "\""));
        String emoji = replaceOnce(VALID, "\"Data stays with the customer.\"", "\"" + "\uD83D\uDE00".repeat(1200) + "\"");
        assertOnly(emoji, at(emoji, "\"\uD83D") + ": explanations[0].text: contains character U+1F600 beyond U+FFFF "
                + "(an emoji or a rare script; the terminal library cannot draw it), which is not allowed in pack text");
        // beyond what the JSON parser itself accepts
        String huge = replaceOnce(VALID, "\"Data stays with the customer.\"", "\"" + "h".repeat(70_000) + "\"");
        assertOnly(huge, at(huge, "\"hhh") + ": a string longer than 64000 characters (the most the pack format allows)");
    }

    @Test
    void newerOlderAndMissingFormat() {
        String newer = replaceOnce(VALID, "\"format\": 1", "\"format\": 2");
        assertOnly(newer, at(newer, newer.indexOf("\"format\": 2") + 10) + ": format: pack format 2 is newer than this whoowns reads (1); update whoowns");
        String older = replaceOnce(VALID, "\"format\": 1", "\"format\": 0");
        assertOnly(older, at(older, older.indexOf("\"format\": 0") + 10) + ": format: unknown pack format 0 (expected 1)");
        String text = replaceOnce(VALID, "\"format\": 1", "\"format\": \"1\"");
        assertOnly(text, at(text, "\"1\"") + ": format: expected a whole number, found the string \"1\"");
    }

    @Test
    void emptyFile() {
        assertEquals(List.of("x.json:1:1: the file is empty; a pack is a JSON object"), lines(rejected(new byte[0])));
        assertEquals(List.of("x.json:1:1: the file is empty; a pack is a JSON object"), lines(rejected(" \n\t\n")));
        assertEquals(List.of("x.json:1:1: expected an object, found a list"), lines(rejected("[]")));
        assertEquals(List.of("x.json:2:3: expected an object, found the string \"pack\""), lines(rejected("\n  \"pack\"")));
    }

    @Test
    void bytesThatAreNotUtf8() {
        String marked = replaceOnce(VALID, "\"Small test pack\"", "\"Small #test pack\"");
        int hash = marked.indexOf('#');
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(marked.substring(0, hash).getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes(marked.substring(hash + 1).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(at(marked, hash) + ": byte 0xFF is not valid UTF-8; save the pack as UTF-8"), lines(rejected(bytes.toByteArray())));

        // Latin-1 text: the lone 0xE9 of "café", after a correctly encoded "é" on the same line
        String latin = replaceOnce(VALID, "\"Small test pack\"", "\"Caf\u00e9 #pack\"");
        int mark = latin.indexOf('#');
        byte[] utf8 = latin.getBytes(StandardCharsets.UTF_8);
        int byteIndex = latin.substring(0, mark).getBytes(StandardCharsets.UTF_8).length;
        utf8[byteIndex] = (byte) 0xE9;
        assertEquals(List.of(at(latin, mark) + ": byte 0xE9 is not valid UTF-8; save the pack as UTF-8"), lines(rejected(utf8)));

        // UTF-16 is not UTF-8 either
        byte[] utf16 = VALID.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertEquals(List.of("x.json:1:1: the pack is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8; save it as UTF-8"),
                lines(rejected(withBom)));
    }

    @Test
    void aByteOrderMarkIsAcceptedAndNotCounted() throws PackException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[valid.length + 3];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(valid, 0, withBom, 3, valid.length);
        assertEquals("small", PackLoader.parse("x.json", withBom).id());

        String bad = "{\"bogus\": 1}";
        byte[] badBytes = ("\uFEFF" + bad).getBytes(StandardCharsets.UTF_8);
        assertEquals("x.json:1:2: bogus: unknown field " + TOP_FIELDS, lines(rejected(badBytes)).get(0));
    }

    @Test
    void fileOverTwoMegabytes(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
        byte[] padded = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(padded, (byte) ' ');
        System.arraycopy(valid, 0, padded, 0, valid.length);
        Files.write(big, padded);
        PackException e = assertThrows(PackException.class, () -> PackLoader.load(big));
        assertEquals(List.of(big + ": the file is larger than 2 MB (2097152 bytes), the most a pack may be"), lines(e));

        // exactly 2 MB (valid JSON followed by white space) is still fine
        Path limit = dir.resolve("limit.json");
        Files.write(limit, java.util.Arrays.copyOf(padded, 2 * 1024 * 1024));
        assertEquals("small", PackLoader.load(limit).id());
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");
        PackException e = assertThrows(PackException.class, () -> PackLoader.load(missing));
        assertEquals(List.of(missing + ": no such file"), lines(e));
    }

    @Test
    void deepNesting() {
        String bad = replaceOnce(VALID, "\"title\": \"Small test pack\"", "\"title\": " + "[".repeat(40) + "]".repeat(40));
        // the root object is level 1, so the 32nd bracket opens level 33
        int first = bad.indexOf('[', bad.indexOf("\"title\""));
        assertEquals("x.json:5:43", at(bad, first + 31));
        assertOnly(bad, at(bad, first + 31) + ": nested more than 32 levels deep, the most the pack format allows");
        // 31 levels below the root is allowed by the parser (and then rejected as the wrong type)
        String deep = replaceOnce(VALID, "\"title\": \"Small test pack\"", "\"title\": " + "[".repeat(31) + "]".repeat(31));
        assertOnly(deep, at(deep, deep.indexOf("[[")) + ": title: expected a string, found a list");
    }

    @Test
    void questionWithoutKindIsReported() {
        String bad = replaceOnce(VALID, "{\"id\": \"scenario-one\", \"kind\": \"scenario\", ", "{\"id\": \"scenario-one\", ");
        assertOnly(bad, at(bad, "{\"id\": \"scenario-one\"") + ": questions[1].kind: missing required field (fact or scenario)");
        String unknown = replaceOnce(VALID, "\"kind\": \"scenario\"", "\"kind\": \"essay\"");
        assertOnly(unknown, at(unknown, "\"essay\"") + ": questions[1].kind: unknown question kind \"essay\" (expected fact or scenario)");
    }

    @Test
    void scenarioNamingAnUnknownCell() {
        String bad = replaceOnce(VALID, "\"cell\": {\"area\": \"os\", \"model\": \"paas\"}", "\"cell\": {\"area\": \"kernel\", \"model\": \"paas\"}");
        assertOnly(bad, at(bad, "\"kernel\"") + ": questions[1].cell.area: unknown area \"kernel\" (expected one of data, apps, os, hosts)");
    }

    @Test
    void severalProblemsAreAllReported() {
        String bad = replaceOnce(VALID, "\"version\": \"1.0\"", "\"version\": 10");
        bad = replaceOnce(bad, "\"key\": \"S\"", "\"key\": \"c\"");
        bad = replaceOnce(bad, "\"paas\": \"shared\", \"saas\": \"shared\"", "\"paas\": \"both\", \"saas\": \"shared\"");
        bad = replaceOnce(bad, "\"Data stays with the customer.\"", "\"\"");
        bad = replaceOnce(bad, "\"answer\": [0, 2]", "\"answer\": [0, 7]");
        PackException e = rejected(bad);
        List<String> lines = lines(e);
        assertTrue(lines.size() >= 5, lines::toString);
        assertEquals(List.of(
                at(bad, "10") + ": version: expected a string, found a number",
                at(bad, "\"c\"") + ": owners[1].key: owner \"customer\" already uses key \"c\"",
                at(bad, "\"both\"") + ": areas[1].cells.paas: unknown owner \"both\" " + OWNERS,
                at(bad, "\"\", \"sources\"") + ": explanations[0].text: must not be empty",
                at(bad, "7]") + ": questions[0].answer[1]: index 7 is outside the 3 choices (0 to 2)"), lines);
        // the exception's message is the first problem
        assertEquals(lines.get(0), e.getMessage());
    }

    @Test
    void columnsCountCharactersNotBytes() {
        String bad = replaceOnce(VALID, "\"text\": \"Data stays with the customer.\"",
                "\"text\": \"Caf\u00e9 \u2713 \uD83D\uDE00 \u4e2d\u6587\", \"colour\": 1");
        assertEquals(List.of(at(bad, "\"colour\"") + ": explanations[0].colour: unknown field "
                + "(expected one of areas, models, pitfall, sources, text)", at(bad, "\"Caf") + ": explanations[0].text: "
                + "contains character U+1F600 beyond U+FFFF (an emoji or a rare script; the terminal library cannot draw it), "
                + "which is not allowed in pack text"), lines(rejected(bad)));
    }

    @Test
    void windowsAndOldMacLineEndingsCountLinesTheSame() {
        String bad = replaceOnce(VALID, "\"paas\": \"shared\", \"saas\": \"shared\"", "\"paas\": \"both\", \"saas\": \"shared\"");
        String expected = at(bad, "\"both\"") + ": areas[1].cells.paas: unknown owner \"both\" " + OWNERS;
        assertOnly(bad.replace("\n", "\r\n"), expected);
        assertOnly(bad.replace("\n", "\r"), expected);
    }

    @Test
    void keysAndValuesQuotedInMessagesCannotBreakTheLine() {
        String bad = replaceOnce(VALID, "\"format\": 1,", "\"format\": 1, \"a\\nb\\u001b[2J\": 1,");
        assertOnly(bad, at(bad, "\"a\\nb") + ": a\\u000Ab\\u001B[2J: unknown field " + TOP_FIELDS);
        String value = replaceOnce(VALID, "\"format\": 1,", "\"format\": \"x\\r\\n\\u2028y\",");
        assertOnly(value, at(value, "\"x\\r") + ": format: expected a whole number, found the string \"x\\u000D\\u000A\\u2028y\"");
    }

    /** Every problem, of every bad pack above and a few more, is one line without Java internals. */
    @Test
    void messagesAreOneCleanLine() {
        List<String> bad = new ArrayList<>(List.of(
                replaceOnce(VALID, "\"version\": \"1.0\",", "\"version\": \"1.0\""),
                VALID.substring(0, VALID.lastIndexOf('}')),
                replaceOnce(VALID, "\"sections\": [\"Matrix\", \"Notes\"]}", "\"sections\": [\"Matrix\", \"Notes\"}}"),
                VALID.stripTrailing() + " x",
                replaceOnce(VALID, "\"title\": \"Small test pack\"", "\"title\": " + "[".repeat(40) + "]".repeat(40)),
                replaceOnce(VALID, "\"Data stays with the customer.\"", "\"" + "h".repeat(70_000) + "\""),
                replaceOnce(VALID, "\"format\": 1,", "\"format\": 1e400,"),
                replaceOnce(VALID, "\"format\": 1,", "\"format\": 123456789012345678901234567890,"),
                replaceOnce(VALID, "\"format\": 1,", "\"format\": tru,"),
                replaceOnce(VALID, "\"format\": 1,", "\"format\": 'single',"),
                replaceOnce(VALID, "\"format\": 1,", "\"format\": 1, // comment\n"),
                replaceOnce(VALID, "\"format\": 1,", "\"format\": 1, /* comment */"),
                replaceOnce(VALID, "\"format\": 1,", "\"format\": NaN,"),
                replaceOnce(VALID, "\"format\": 1,", "\"format\": +1,"),
                replaceOnce(VALID, "\"format\": 1,", "\"format\": 01,"),
                replaceOnce(VALID, "\"Data stays with the customer.\"", "\"Data\nstays\""),
                replaceOnce(VALID, "\"Data stays with the customer.\"", "\"Data \\x stays\""),
                replaceOnce(VALID, "\"Data stays with the customer.\"", "\"Data \\ud800 stays\""),
                replaceOnce(VALID, "\"format\": 1,", "\"\\u001b]0;pwned\\u0007\": 1,"),
                replaceOnce(VALID, "\"areas\": [\n", "\"areas\": 7, \"areas2\": [\n"),
                "{", "}", "nul", "{\"format\": 1}", "\"\u001b[2J\""));
        for (String text : bad) {
            PackException e = rejected(text);
            for (Problem p : e.problems()) {
                String line = p.toString();
                assertTrue(line.startsWith("x.json:" + p.line() + ":" + p.column() + ": "), line);
                assertTrue(p.line() >= 1 && p.column() >= 1, line);
                assertFalse(line.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL
                        || Character.getType(c) == Character.FORMAT), line);
                for (String internal : List.of("Exception", "java.", "com.fasterxml", "jackson", "Source:", "`",
                        "byte[]", "StreamRead", "JsonToken", "Feature", "org.whoowns", "\tat ")) {
                    assertFalse(line.contains(internal), () -> "'" + internal + "' in: " + line);
                }
            }
        }
    }
}
