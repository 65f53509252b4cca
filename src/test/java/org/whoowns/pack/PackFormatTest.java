package org.whoowns.pack;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whoowns.pack.TestPacks.at;
import static org.whoowns.pack.TestPacks.rejected;
import static org.whoowns.pack.TestPacks.replaceOnce;

/**
 * The pack format's teaching fields (questions/README.md): a model's sentence phrase and cloud flag, tasks,
 * splits, topics, and a fact's notes and topic. Read from the RACI pack, which uses every one of them; each
 * rule is broken once in a copy of it and must give one exact line, file:line:column: field.path: message.
 */
class PackFormatTest {
    private static final String RACI = TestPacks.packText(TestPacks.RACI);

    private static void assertOnly(String bad, String expected) {
        assertEquals(List.of(expected), rejected(bad).problems().stream().map(Problem::toString).toList());
    }

    /** "x.json:LINE:COLUMN" of the first {@code token} after the one occurrence of {@code anchor}. */
    private static String after(String text, String anchor, String token) {
        at(text, anchor); // fails unless the anchor occurs exactly once
        int index = text.indexOf(token, text.indexOf(anchor));
        assertTrue(index >= 0, () -> token + " does not follow " + anchor);
        return at(text, index);
    }

    // ---- reading ----

    @Test
    void theRaciPackReadsEveryNewField() {
        Pack pack = TestPacks.pack(TestPacks.RACI);
        List<Model> models = pack.models();
        assertEquals(List.of("on self-managed servers", "on the managed platform", "for a hosted service"),
                models.stream().map(Model::where).toList());
        assertEquals(List.of(false, true, true), models.stream().map(Model::cloud).toList());

        assertEquals(List.of("restore-backup", "grant-access", "patch-os", "repair-server"),
                pack.tasks().stream().map(Task::id).toList());
        Task restore = pack.tasks().get(0);
        assertEquals("data", restore.area().id());
        assertEquals("restores the business data from a backup", restore.text());
        assertEquals(models, restore.models(), "a task that lists no models is asked in all");
        assertEquals(List.of(models.get(0), models.get(1)), pack.tasks().get(1).models());
        assertEquals("Roles", restore.sources().get(0).section());

        assertEquals(3, pack.splits().size());
        Split app = pack.splits().get(1);
        assertEquals("app", app.area().id());
        assertEquals(List.of(models.get(1), models.get(2)), app.models());
        assertEquals(List.of("customer:configuration review", "provider:deployment support"),
                app.parts().stream().map(p -> p.owner().id() + ":" + p.text()).toList());

        assertEquals(List.of("escalation", "roles"), pack.topics().stream().map(Topic::id).toList());
        Topic roles = pack.topics().get(1);
        assertEquals("What the owning team keeps", roles.title());
        assertEquals(2, roles.points().size());
        assertEquals("Roles", roles.sources().get(0).section());

        Authored.Fact fact = (Authored.Fact) pack.questions().get(1);
        assertEquals(Optional.of("roles"), fact.topic());
        assertEquals("Wrong: the hosting team repairs hardware in every option.", fact.notes().get(2));
    }

    @Test
    void everythingNewIsOptional() {
        Pack small = TestPacks.pack(TestPacks.SMALL);
        assertEquals("under IaaS", small.models().get(0).where());
        assertTrue(small.models().stream().allMatch(Model::cloud));
        assertTrue(small.tasks().isEmpty() && small.splits().isEmpty() && small.topics().isEmpty());
        Authored.Fact fact = (Authored.Fact) small.questions().get(0);
        assertEquals(List.of("", "", ""), fact.notes(), "one blank note per choice when the author wrote none");
        assertEquals(Optional.empty(), fact.topic());
    }

    // ---- models ----

    @Test
    void whereContinuesASentence() {
        String upper = replaceOnce(RACI, "\"on the managed platform\"", "\"On the managed platform\"");
        assertOnly(upper, at(upper, "\"On the managed platform\"")
                + ": models[1].where: continues a sentence, so it begins with a lower-case letter, not \"O\"");
        String stop = replaceOnce(RACI, "\"on the managed platform\"", "\"on the managed platform.\"");
        assertOnly(stop, at(stop, "\"on the managed platform.\"") + ": models[1].where: is part of a sentence, so it has no final \".\"");
        String longer = replaceOnce(RACI, "\"on the managed platform\"", "\"on the managed platform that the hosting team runs\"");
        assertOnly(longer, at(longer, "\"on the managed platform that") + ": models[1].where: is 50 characters long; at most 40 allowed");
    }

    @Test
    void twoModelsReadingAlikeAreRejected() {
        String bad = replaceOnce(RACI, "\"for a hosted service\"", "\"on self-managed servers\"");
        assertOnly(bad, at(bad, "\"on self-managed servers\"", 1) + ": models[2].where: another model already reads \"on self-managed servers\"");
    }

    @Test
    void cloudIsABoolean() {
        String bad = replaceOnce(RACI, "\"cloud\": false", "\"cloud\": \"no\"");
        assertOnly(bad, at(bad, "\"no\"") + ": models[0].cloud: expected true or false, found the string \"no\"");
    }

    // ---- tasks ----

    @Test
    void taskReferencesMustExist() {
        String area = replaceOnce(RACI, "\"area\": \"hardware\", \"text\"", "\"area\": \"servers\", \"text\"");
        assertOnly(area, at(area, "\"servers\"") + ": tasks[3].area: unknown area \"servers\" (expected one of data, access, app, runtime, hardware)");
        String model = replaceOnce(RACI, "\"models\": [\"self-managed\", \"managed\"],\n     \"sources\": [{\"document\": \"handbook\", \"section\": \"Responsibility table\"}]},\n    {\"id\": \"patch-os\"",
                "\"models\": [\"self-managed\", \"cloud\"],\n     \"sources\": [{\"document\": \"handbook\", \"section\": \"Responsibility table\"}]},\n    {\"id\": \"patch-os\"");
        assertOnly(model, at(model, "\"cloud\"]") + ": tasks[1].models[1]: unknown model \"cloud\" (expected one of self-managed, managed, hosted)");
        String twice = replaceOnce(RACI, "\"models\": [\"self-managed\", \"managed\"],\n     \"sources\": [{\"document\": \"handbook\", \"section\": \"Responsibility table\"}]},\n    {\"id\": \"patch-os\"",
                "\"models\": [\"managed\", \"managed\"],\n     \"sources\": [{\"document\": \"handbook\", \"section\": \"Responsibility table\"}]},\n    {\"id\": \"patch-os\"");
        assertOnly(twice, after(twice, "{\"id\": \"grant-access\"", "\"managed\"]") + ": tasks[1].models[1]: model \"managed\" is listed twice");
        String section = replaceOnce(RACI, "\"text\": \"repairs a broken server\",\n     \"sources\": [{\"document\": \"handbook\", \"section\": \"Roles\"}]",
                "\"text\": \"repairs a broken server\",\n     \"sources\": [{\"document\": \"handbook\", \"section\": \"Racks\"}]");
        assertOnly(section, at(section, "\"Racks\"") + ": tasks[3].sources[0].section: \"Racks\" is not a section of document \"handbook\"");
    }

    @Test
    void taskTextCompletesWhoQuestion() {
        String upper = replaceOnce(RACI, "\"patches the operating system\"", "\"Patches the operating system\"");
        assertOnly(upper, at(upper, "\"Patches") + ": tasks[2].text: continues a sentence, so it begins with a lower-case letter, not \"P\"");
        String question = replaceOnce(RACI, "\"patches the operating system\"", "\"patches the operating system?\"");
        assertOnly(question, at(question, "\"patches") + ": tasks[2].text: is part of a sentence, so it has no final \"?\"");
        String longer = replaceOnce(RACI, "\"patches the operating system\"", "\"patches " + "x".repeat(120) + "\"");
        assertOnly(longer, at(longer, "\"patches") + ": tasks[2].text: is 128 characters long; at most 120 allowed");
    }

    @Test
    void taskIdsAreUniqueAndFieldsKnown() {
        String twice = replaceOnce(RACI, "{\"id\": \"patch-os\"", "{\"id\": \"grant-access\"");
        assertOnly(twice, at(twice, "\"grant-access\"", 1) + ": tasks[2].id: another task already has id \"grant-access\"");
        String unknown = replaceOnce(RACI, "{\"id\": \"patch-os\",", "{\"id\": \"patch-os\", \"owner\": \"provider\",");
        assertOnly(unknown, after(unknown, "{\"id\": \"patch-os\"", "\"owner\"") + ": tasks[2].owner: unknown field (expected one of area, id, models, sources, text)");
        String missing = replaceOnce(RACI, "\"text\": \"repairs a broken server\",\n     \"sources\": [{\"document\": \"handbook\", \"section\": \"Roles\"}]",
                "\"text\": \"repairs a broken server\"");
        assertOnly(missing, at(missing, "{\"id\": \"repair-server\"") + ": tasks[3].sources: missing required field");
        String notAList = replaceOnce(RACI, "\"tasks\": [", "\"tasks\": {\"x\": [").replace("\n  ],\n  \"splits\"", "\n  ]},\n  \"splits\"");
        assertOnly(notAList, at(notAList, "{\"x\"") + ": tasks: expected a list");
    }

    @Test
    void aTaskAskedOnlyInSharedCellsIsNeverAsked() {
        // user access is customer-led (a degree of sharing) for a hosted service: the cell does not say who grants it
        String bad = replaceOnce(RACI, "\"models\": [\"self-managed\", \"managed\"],\n     \"sources\": [{\"document\": \"handbook\", \"section\": \"Responsibility table\"}]},\n    {\"id\": \"patch-os\"",
                "\"models\": [\"hosted\"],\n     \"sources\": [{\"document\": \"handbook\", \"section\": \"Responsibility table\"}]},\n    {\"id\": \"patch-os\"");
        assertOnly(bad, at(bad, "{\"id\": \"grant-access\"") + ": tasks[1]: the task is asked in no model: access is shared in every model it lists");
    }

    // ---- splits ----

    @Test
    void aSplitCellMustBeShared() {
        String bad = replaceOnce(RACI, "{\"area\": \"app\", \"models\": [\"managed\", \"hosted\"]", "{\"area\": \"app\", \"models\": [\"self-managed\", \"hosted\"]");
        assertOnly(bad, at(bad, "\"self-managed\", \"hosted\"]") + ": splits[1].models[0]: cell app@self-managed is customer's alone, so it has no parts to split");
        String provider = replaceOnce(RACI, "{\"area\": \"runtime\", \"models\": [\"self-managed\", \"managed\"]", "{\"area\": \"runtime\", \"models\": [\"self-managed\", \"hosted\"]");
        assertOnly(provider, after(provider, "{\"area\": \"runtime\"", "\"hosted\"]") + ": splits[2].models[1]: cell runtime@hosted is provider's alone, so it has no parts to split");
    }

    @Test
    void aCellIsSplitAtMostOnce() {
        String bad = replaceOnce(RACI, "{\"area\": \"runtime\", \"models\": [\"self-managed\", \"managed\"]", "{\"area\": \"app\", \"models\": [\"managed\"]");
        assertOnly(bad, after(bad, "{\"area\": \"app\", \"models\": [\"managed\"]", "\"managed\"]") + ": splits[2].models[0]: cell app@managed is already split by splits[1]");
    }

    @Test
    void aSplitHasTwoPartsOfTwoOwners() {
        String one = replaceOnce(RACI, "[{\"owner\": \"customer\", \"text\": \"configuration review\"}, {\"owner\": \"provider\", \"text\": \"deployment support\"}]",
                "[{\"owner\": \"customer\", \"text\": \"configuration review\"}]");
        assertOnly(one, at(one, "[{\"owner\": \"customer\", \"text\": \"configuration review\"}]") + ": splits[1].parts: needs at least 2 entries, has 1");
        String same = replaceOnce(RACI, "{\"owner\": \"provider\", \"text\": \"deployment support\"}", "{\"owner\": \"customer\", \"text\": \"deployment support\"}");
        assertOnly(same, at(same, "[{\"owner\": \"customer\", \"text\": \"configuration review\"}")
                + ": splits[1].parts: every part names customer; a split names at least 2 different owners");
        String unknown = replaceOnce(RACI, "{\"owner\": \"provider\", \"text\": \"deployment support\"}", "{\"owner\": \"vendor\", \"text\": \"deployment support\"}");
        assertOnly(unknown, at(unknown, "\"vendor\"") + ": splits[1].parts[1].owner: unknown owner \"vendor\" (expected one of customer, customer-led, provider-led, provider)");
    }

    @Test
    void partTextsAreDistinctPhrases() {
        String twice = replaceOnce(RACI, "\"text\": \"deployment support\"", "\"text\": \"Configuration review\"");
        assertOnly(twice, at(twice, "\"Configuration review\"") + ": splits[1].parts[1].text: the same part appears twice: \"Configuration review\"");
        String stop = replaceOnce(RACI, "\"text\": \"deployment support\"", "\"text\": \"deployment support.\"");
        assertOnly(stop, at(stop, "\"deployment support.\"") + ": splits[1].parts[1].text: is part of a sentence, so it has no final \".\"");
        String longer = replaceOnce(RACI, "\"text\": \"deployment support\"", "\"text\": \"" + "d".repeat(121) + "\"");
        assertOnly(longer, at(longer, "\"ddd") + ": splits[1].parts[1].text: is 121 characters long; at most 120 allowed");
    }

    @Test
    void splitReferencesMustExist() {
        String area = replaceOnce(RACI, "{\"area\": \"runtime\", \"models\"", "{\"area\": \"platform\", \"models\"");
        assertOnly(area, at(area, "\"platform\"") + ": splits[2].area: unknown area \"platform\" (expected one of data, access, app, runtime, hardware)");
        String field = replaceOnce(RACI, "{\"area\": \"runtime\", \"models\"", "{\"area\": \"runtime\", \"owner\": \"provider\", \"models\"");
        assertOnly(field, at(field, "\"owner\": \"provider\", \"models\"") + ": splits[2].owner: unknown field (expected one of area, models, parts, sources)");
    }

    // ---- topics ----

    @Test
    void topicsHaveOneToEightPoints() {
        String none = replaceOnce(RACI, "\"points\": [\"Outages of a hosted service go first to the hosting team's on-call engineer.\"]", "\"points\": []");
        assertOnly(none, at(none, "[]") + ": topics[0].points: needs at least 1 entry, has 0");
        String nine = replaceOnce(RACI, "\"points\": [\"Outages of a hosted service go first to the hosting team's on-call engineer.\"]",
                "\"points\": [" + "\"a point\", ".repeat(8) + "\"a point\"]");
        assertOnly(nine, at(nine, "[\"a point\"") + ": topics[0].points: has 9 entries; at most 8 are allowed");
        String longer = replaceOnce(RACI, "\"Outages of a hosted service go first to the hosting team's on-call engineer.\"", "\"" + "o".repeat(301) + "\"");
        assertOnly(longer, at(longer, "\"ooo") + ": topics[0].points[0]: is 301 characters long; at most 300 allowed");
    }

    @Test
    void topicIdsAreUniqueAndFieldsRequired() {
        String twice = replaceOnce(RACI, "{\"id\": \"roles\", \"title\"", "{\"id\": \"escalation\", \"title\"");
        // the fact naming "roles" now names an unknown topic: both problems are reported, each where it is
        assertEquals(List.of(at(twice, "\"escalation\"", 1) + ": topics[1].id: another topic already has id \"escalation\"",
                        at(twice, "\"roles\"") + ": questions[1].topic: unknown topic \"roles\" (expected one of escalation)"),
                rejected(twice).problems().stream().map(Problem::toString).toList());
        String untitled = replaceOnce(RACI, "\"title\": \"Who to call\",", "");
        assertOnly(untitled, at(untitled, "{\"id\": \"escalation\"") + ": topics[0].title: missing required field");
    }

    // ---- facts ----

    @Test
    void notesComeOnePerChoice() {
        String fewer = replaceOnce(RACI, "\"Wrong: the vendor is the hosting team's contact, not yours.\"]", "]")
                .replace("\"Wrong: the manager is told later, not called first.\",", "\"Wrong: the manager is told later, not called first.\"");
        assertOnly(fewer, at(fewer, "[\"Right: the on-call engineer")
                + ": questions[0].notes: has 2 notes for 3 choices; write one per choice, in the same order");
        String blank = replaceOnce(RACI, "\"Wrong: the vendor is the hosting team's contact, not yours.\"", "\" \"");
        assertOnly(blank, at(blank, "\" \"]") + ": questions[0].notes[2]: must not be empty");
        String longer = replaceOnce(RACI, "\"Wrong: the vendor is the hosting team's contact, not yours.\"", "\"" + "w".repeat(201) + "\"");
        assertOnly(longer, at(longer, "\"www") + ": questions[0].notes[2]: is 201 characters long; at most 200 allowed");
        String notAList = replaceOnce(RACI, "\"notes\": [\"Right: business data stays with the owning team.\",",
                "\"notes\": {\"a\": [\"Right: business data stays with the owning team.\",")
                .replace("\"Wrong: the hosting team leads on the OS for managed and hosted.\"],", "\"Wrong: the hosting team leads on the OS for managed and hosted.\"]},");
        assertOnly(notAList, at(notAList, "{\"a\"") + ": questions[1].notes: expected a list");
    }

    @Test
    void aFactNamesAKnownTopic() {
        String bad = replaceOnce(RACI, "\"topic\": \"roles\"", "\"topic\": \"rolls\"");
        assertOnly(bad, at(bad, "\"rolls\"") + ": questions[1].topic: unknown topic \"rolls\" (expected one of escalation, roles)");
        String small = TestPacks.packText(TestPacks.SMALL);
        String none = replaceOnce(small, "\"kind\": \"fact\",", "\"kind\": \"fact\", \"topic\": \"colours\",");
        assertOnly(none, at(none, "\"colours\"") + ": questions[0].topic: unknown topic \"colours\" (the pack lists no topics)");
    }

    @Test
    void aBrokenTopicIsReportedOnceNotAgainAtTheFact() {
        String bad = replaceOnce(RACI, "\"title\": \"What the owning team keeps\"", "\"title\": \"" + "t".repeat(81) + "\"");
        assertOnly(bad, at(bad, "\"ttt") + ": topics[1].title: is 81 characters long; at most 80 allowed");
    }

    @Test
    void aBrokenChoiceWithNotesIsReportedWithoutCrashing() {
        // the notes still count the choices as written; the broken choice is the one problem
        String bad = replaceOnce(RACI, "\"The vendor of the hardware\"", "\"\"");
        assertOnly(bad, at(bad, "\"\"]") + ": questions[0].choices[2]: must not be empty");
    }
}
