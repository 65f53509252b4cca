package org.whoowns.pack;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped pack against its sources (SPEC §1): the 2026 edition's responsibility matrix is the ground
 * truth, and every citation names a heading that really is in the document and edition it cites.
 */
class ShippedPackTest {

    /** The pack as the jar carries it and as the file in questions/ reads: both must match the seeds. */
    static Stream<Named<Pack>> packs() throws PackException {
        return Stream.of(Named.of("loadDefault()", PackLoader.loadDefault()),
                Named.of("load(questions/azure-shared-responsibility.json)",
                        PackLoader.load(Path.of("questions/azure-shared-responsibility.json"))));
    }

    /** The table under "### Responsibility matrix": header row, then one row per area. */
    record Table(List<String> models, Map<String, List<String>> rows) {
    }

    static Table seedMatrix() {
        List<String> lines = TestPacks.seed(TestPacks.SEED_2026).lines().toList();
        int heading = lines.indexOf("### Responsibility matrix");
        assertTrue(heading >= 0, "the 2026 seed has a Responsibility matrix section");
        List<List<String>> table = new ArrayList<>();
        for (int i = heading + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("|")) {
                table.add(cells(line));
            } else if (!table.isEmpty()) {
                break; // the first table only
            }
        }
        assertTrue(table.size() >= 3, "header, separator and rows");
        assertTrue(table.get(1).stream().allMatch(c -> c.matches(":?-+:?")), "second row is the separator");
        List<String> header = table.get(0);
        assertEquals("Responsibility area", header.get(0));
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (List<String> row : table.subList(2, table.size())) {
            assertEquals(header.size(), row.size(), () -> "row " + row);
            rows.put(row.get(0), row.subList(1, row.size()));
        }
        return new Table(header.subList(1, header.size()), rows);
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        return Stream.of(inner.split("\\|", -1)).map(String::strip).toList();
    }

    @Test
    void theSeedTableIsWhatTheSpecDescribes() {
        Table table = seedMatrix();
        assertEquals(List.of("On-premises", "IaaS", "PaaS", "SaaS"), table.models());
        assertEquals(10, table.rows().size());
        Set<String> words = new LinkedHashSet<>();
        table.rows().values().forEach(words::addAll);
        assertEquals(Set.of("Customer", "Shared", "Microsoft"), words);
        assertEquals(List.of("Customer", "Customer", "Customer", "Shared"), table.rows().get("Client devices"));
    }

    @ParameterizedTest
    @MethodSource("packs")
    void areasModelsAndEveryCellMatchTheSeedTable(Pack pack) {
        Table table = seedMatrix();
        assertEquals(List.copyOf(table.rows().keySet()), pack.areas().stream().map(Area::name).toList());
        assertEquals(table.models(), pack.models().stream().map(Model::name).toList());
        // owners in the pack's order: customer's end first, provider's end last
        assertEquals(List.of("Customer", "Shared", "Microsoft"), pack.owners().stream().map(Owner::name).toList());
        int checked = 0;
        for (Area area : pack.areas()) {
            List<String> row = table.rows().get(area.name());
            for (int m = 0; m < pack.models().size(); m++) {
                Model model = pack.models().get(m);
                Owner owner = pack.owner(area, model);
                assertNotNull(owner, area.name() + " / " + model.name());
                assertEquals(row.get(m), owner.name(), area.name() + " under " + model.name());
                checked++;
            }
        }
        assertEquals(40, checked);
        assertEquals(40, pack.matrix().size());
        assertEquals(40, pack.explanations().size());
    }

    // ---- sources ----

    private static final Pattern HEADING = Pattern.compile("^(#{1,3}) (.+?)\\s*$");
    private static final Pattern DATE = Pattern.compile("(?m)^ms\\.date: (\\d\\d)/(\\d\\d)/(\\d{4})\\s*$");
    private static final Pattern TITLE = Pattern.compile("(?m)^title: (.+?)\\s*$");

    /** A seed document: its headings (outside the front matter), its ms.date as ISO, its front-matter title. */
    record Seed(String file, Set<String> headings, String edition, String title) {
        static Seed read(String file) {
            String text = TestPacks.seed(file);
            assertTrue(text.startsWith("---\n"), file + " starts with front matter");
            int end = text.indexOf("\n---\n", 4);
            assertTrue(end > 0, file + " front matter ends");
            String front = text.substring(0, end);
            Matcher date = DATE.matcher(front);
            assertTrue(date.find(), file + " has ms.date");
            Matcher title = TITLE.matcher(front);
            assertTrue(title.find(), file + " has a title");
            Set<String> headings = new LinkedHashSet<>();
            for (String line : text.substring(end + 5).lines().toList()) {
                Matcher h = HEADING.matcher(line);
                if (h.matches()) {
                    headings.add(h.group(2));
                }
            }
            return new Seed(file, headings, date.group(3) + "-" + date.group(1) + "-" + date.group(2), title.group(1));
        }
    }

    private static List<Seed> seeds() {
        return List.of(Seed.read(TestPacks.SEED_2018), Seed.read(TestPacks.SEED_2026));
    }

    @Test
    void seedHeadingsAndEditionsAreReadCorrectly() {
        Seed s2018 = Seed.read(TestPacks.SEED_2018);
        Seed s2026 = Seed.read(TestPacks.SEED_2026);
        assertEquals("2018-06-25", s2018.edition());
        assertEquals("2026-01-06", s2026.edition());
        assertEquals(Set.of("Security of Azure infrastructure", "Shared responsibility model", "Next steps"), s2018.headings());
        assertTrue(s2026.headings().containsAll(List.of("Shared responsibility in the cloud", "Responsibility matrix",
                "Responsibilities you always retain", "AI Shared Responsibility", "Cloud security advantages")));
        // "#customer intent:" in the front matter is not a heading
        assertFalse(s2026.headings().stream().anyMatch(h -> h.contains("intent")));
    }

    /** The seed whose ms.date is the document's edition; fails if none or several. */
    private static Seed seedOf(Document document) {
        List<Seed> matching = seeds().stream().filter(s -> s.edition().equals(document.edition())).toList();
        assertEquals(1, matching.size(), () -> "one seed of edition " + document.edition() + " for " + document.id());
        return matching.get(0);
    }

    @ParameterizedTest
    @MethodSource("packs")
    void documentsAreTheSeedEditions(Pack pack) {
        Map<String, String> files = new LinkedHashMap<>();
        for (Document document : pack.documents()) {
            Seed seed = seedOf(document);
            files.put(document.id(), seed.file());
            assertTrue(seed.title().startsWith(document.title()),
                    () -> document.id() + " title \"" + document.title() + "\" vs seed \"" + seed.title() + "\"");
            for (String section : document.sections()) {
                assertTrue(seed.headings().contains(section),
                        () -> document.id() + " lists section \"" + section + "\", which is not a heading of " + seed.file());
            }
        }
        assertEquals(Map.of("sr2026", TestPacks.SEED_2026, "sai2018", TestPacks.SEED_2018), files);
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everySourceNamesARealHeadingOfTheDocumentItCites(Pack pack) {
        List<Source> sources = new ArrayList<>();
        pack.explanations().values().forEach(e -> sources.addAll(e.sources()));
        pack.questions().forEach(q -> sources.addAll(q.explanation().sources()));
        pack.tasks().forEach(t -> sources.addAll(t.sources()));
        pack.splits().forEach(s -> sources.addAll(s.sources()));
        pack.topics().forEach(t -> sources.addAll(t.sources()));
        assertTrue(sources.size() > 200, "every cell, authored question, task, split and topic cites something");
        Set<String> cited = new LinkedHashSet<>();
        for (Source source : sources) {
            Seed seed = seedOf(source.document());
            assertTrue(seed.headings().contains(source.section()),
                    () -> source.citation() + " is not a heading of " + seed.file());
            cited.add(source.document().id() + ": " + source.section());
        }
        // the sections the spec names as sources of facts are all cited somewhere
        assertTrue(cited.containsAll(List.of("sr2026: Responsibility matrix", "sr2026: Responsibilities you always retain",
                "sr2026: Shared responsibilities explained", "sr2026: Microsoft responsibilities",
                "sr2026: AI Shared Responsibility", "sr2026: Cloud security advantages",
                "sai2018: Shared responsibility model", "sai2018: Security of Azure infrastructure")), cited::toString);
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everyMatrixExplanationCitesTheMatrixOrTheDivisionOfResponsibility(Pack pack) {
        for (Map.Entry<Cell, Explanation> e : pack.explanations().entrySet()) {
            assertTrue(e.getValue().sources().stream().anyMatch(s -> s.document().id().equals("sr2026")
                            && (s.section().equals("Responsibility matrix") || s.section().equals("Division of responsibility"))),
                    () -> e.getKey().id() + " does not cite the 2026 table");
        }
    }

    @ParameterizedTest
    @MethodSource("packs")
    void sharedCellsSayWhatEachSideDoes(Pack pack) {
        for (Cell cell : pack.cells()) {
            if (pack.owner(cell).id().equals("shared")) {
                String text = pack.explanation(cell).text();
                assertTrue(text.contains("Microsoft") && (text.contains("customer") || text.contains("you")),
                        () -> cell.id() + " is Shared but its explanation does not name both sides: " + text);
            }
        }
    }

    /** Every text of the pack a learner reads, each with where it comes from. */
    static Map<String, String> texts(Pack pack) {
        Map<String, String> texts = new LinkedHashMap<>();
        pack.explanations().forEach((cell, e) -> {
            texts.put("explanation " + cell.id(), e.text());
            e.pitfall().ifPresent(p -> texts.put("pitfall " + cell.id(), p));
        });
        for (Authored q : pack.questions()) {
            texts.put(q.id() + " prompt", q.prompt());
            texts.put(q.id() + " explanation", q.explanation().text());
            q.explanation().pitfall().ifPresent(p -> texts.put(q.id() + " pitfall", p));
            if (q instanceof Authored.Fact fact) {
                for (int i = 0; i < fact.choices().size(); i++) {
                    texts.put(q.id() + " choice " + i, fact.choices().get(i));
                    texts.put(q.id() + " note " + i, fact.notes().get(i));
                }
            }
        }
        pack.tasks().forEach(t -> texts.put("task " + t.id(), t.text()));
        pack.splits().forEach(s -> s.parts().forEach(p -> texts.put("split part " + s.area().id() + " " + p.text(), p.text())));
        pack.topics().forEach(t -> {
            texts.put("topic " + t.id(), t.title());
            for (int i = 0; i < t.points().size(); i++) {
                texts.put("topic " + t.id() + " point " + i, t.points().get(i));
            }
        });
        return texts;
    }

    @ParameterizedTest
    @MethodSource("packs")
    void noMisDecodedCharactersSurvive(Pack pack) {
        for (String text : texts(pack).values()) {
            assertFalse(text.contains("\u00e2\u20ac") || text.contains("\u00c3"), text);
            assertEquals(null, TerminalText.firstUnsafe(text), text);
        }
    }

    // ---- teaching content (issue 10) ----

    private static final int COPIED_RUN = 8;

    private static List<String> words(String text) {
        return Stream.of(text.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void theCopyCheckFindsACopiedSentence() {
        String copied = "Microsoft is responsible for securing the AI infrastructure, model hosting, and platform-level safeguards.";
        assertEquals(Set.of("copied"), copiedRuns(Map.of("copied", copied, "own words", "Microsoft secures the hosting of models.")).keySet());
    }

    /** The texts that repeat a run of {@link #COPIED_RUN} words of either seed document, with the first such run. */
    private static Map<String, String> copiedRuns(Map<String, String> texts) {
        Set<String> seedRuns = new java.util.HashSet<>();
        for (String seed : List.of(TestPacks.SEED_2018, TestPacks.SEED_2026)) {
            List<String> words = words(TestPacks.seed(seed));
            for (int i = 0; i + COPIED_RUN <= words.size(); i++) {
                seedRuns.add(String.join(" ", words.subList(i, i + COPIED_RUN)));
            }
        }
        Map<String, String> copied = new LinkedHashMap<>();
        texts.forEach((where, text) -> {
            List<String> words = words(text);
            for (int i = 0; i + COPIED_RUN <= words.size() && !copied.containsKey(where); i++) {
                String run = String.join(" ", words.subList(i, i + COPIED_RUN));
                if (seedRuns.contains(run)) {
                    copied.put(where, run);
                }
            }
        });
        return copied;
    }

    @ParameterizedTest
    @MethodSource("packs")
    void noTextRepeatsEightWordsOfTheDocuments(Pack pack) {
        assertEquals(Map.of(), copiedRuns(texts(pack)));
    }

    @ParameterizedTest
    @MethodSource("packs")
    void cellsAreResponsibilitiesNotOwnership(Pack pack) {
        texts(pack).forEach((where, text) -> assertFalse(text.matches("(?is).*\\b(owns|who owns|under on-premises|on-premises model)\\b.*"),
                () -> where + ": " + text));
    }

    @ParameterizedTest
    @MethodSource("packs")
    void modelsReadAsPlacesInSentences(Pack pack) {
        assertEquals(List.of("in an on-premises datacenter", "under IaaS", "under PaaS", "under SaaS"),
                pack.models().stream().map(Model::where).toList());
        assertEquals(List.of(false, true, true, true), pack.models().stream().map(Model::cloud).toList());
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everyFactExplainsEveryChoiceAndNamesATopic(Pack pack) {
        Set<String> topics = new LinkedHashSet<>(pack.topics().stream().map(Topic::id).toList());
        int facts = 0;
        for (Authored q : pack.questions()) {
            if (q instanceof Authored.Fact fact) {
                facts++;
                for (int i = 0; i < fact.choices().size(); i++) {
                    String choice = fact.choices().get(i);
                    String note = fact.notes().get(i);
                    String expected = fact.answer().contains(i) ? "Right: " : "Wrong: ";
                    assertTrue(note.startsWith(expected) && note.length() > expected.length() + 10,
                            () -> fact.id() + " choice \"" + choice + "\" has note \"" + note + "\"");
                }
                assertTrue(fact.topic().isPresent() && topics.contains(fact.topic().get()), () -> fact.id() + " names no existing topic");
            }
        }
        assertTrue(facts >= 22, "facts: " + facts);
    }

    @ParameterizedTest
    @MethodSource("packs")
    void topicsCoverWhatTheDocumentsTeachBesideTheMatrix(Pack pack) {
        assertEquals(List.of("always-retained", "microsoft-list", "ai", "cloud-advantages", "azure-datacenters-2018"),
                pack.topics().stream().map(Topic::id).toList());
        String retained = String.join(" ", pack.topics().get(0).points());
        for (String point : List.of("data, endpoints, accounts and access management", "\"Account\"",
                "customer data, configurations and settings, and identities and users", "Shared under SaaS")) {
            assertTrue(retained.contains(point), () -> "always-retained topic lacks: " + point);
        }
        String advantages = String.join(" ", pack.topics().get(3).points());
        assertTrue(advantages.contains("four gains") && advantages.contains("Fourth") && advantages.contains("budget"), advantages);
        assertTrue(String.join(" ", pack.topics().get(4).points()).contains("ISO/IEC 27001:2013")
                && String.join(" ", pack.topics().get(4).points()).contains("NIST SP 800-53"));
    }

    @ParameterizedTest
    @MethodSource("packs")
    void tasksAreVerbPhrasesAskedOnlyWhereTheirCellAnswersThem(Pack pack) {
        assertTrue(pack.tasks().size() >= 20, "tasks: " + pack.tasks().size());
        Set<String> areas = new LinkedHashSet<>();
        for (Task task : pack.tasks()) {
            areas.add(task.area().id());
            String verb = task.text().split(" ")[0];
            assertTrue(verb.endsWith("s") && Character.isLowerCase(verb.charAt(0)), () -> task.id() + ": \"who " + task.text() + "?\"");
            assertTrue(task.models().stream().anyMatch(m -> pack.isSole(pack.owner(task.area(), m))), () -> task.id() + " is asked nowhere");
        }
        assertEquals(Set.of("customer-data", "client-devices", "identities-and-users", "applications", "network-controls",
                "operating-system", "physical-hosts", "physical-network", "physical-datacenter"), areas);
        Task hypervisor = pack.tasks().stream().filter(t -> t.id().equals("manage-hypervisor")).findFirst().orElseThrow();
        assertEquals(List.of("iaas", "paas"), hypervisor.models().stream().map(Model::id).toList(), "the document names IaaS and PaaS");
        hypervisor.models().forEach(m -> assertEquals("microsoft", pack.owner(hypervisor.area(), m).id()));
        // runtime and middleware are not rows: asked only where the operating-system cell is Microsoft's platform service
        Task runtime = pack.tasks().stream().filter(t -> t.id().equals("manage-runtime-middleware")).findFirst().orElseThrow();
        runtime.models().forEach(m -> assertEquals("microsoft", pack.owner(runtime.area(), m).id()));
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everySharedCellIsSplitAndEverySplitCellIsShared(Pack pack) {
        Set<String> split = new LinkedHashSet<>();
        for (Split s : pack.splits()) {
            for (Model model : s.models()) {
                Cell cell = new Cell(s.area(), model);
                assertFalse(pack.isSole(pack.owner(cell)), cell.id() + " is split but not shared");
                split.add(cell.id());
            }
            assertTrue(s.parts().stream().anyMatch(p -> p.owner().equals(pack.customer()))
                    && s.parts().stream().anyMatch(p -> p.owner().equals(pack.provider())), s.area().id() + ": both sides have a part");
        }
        Set<String> shared = new LinkedHashSet<>();
        pack.cells().stream().filter(c -> !pack.isSole(pack.owner(c))).forEach(c -> shared.add(c.id()));
        assertEquals(shared, split);
    }

    @ParameterizedTest
    @MethodSource("packs")
    void scenariosOnACloudModelSayTheServiceIsMicrosofts(Pack pack) {
        for (Authored q : pack.questions()) {
            if (q instanceof Authored.Scenario scenario && scenario.cell().model().cloud()) {
                assertTrue(scenario.prompt().contains("Azure") || scenario.prompt().contains("Microsoft"),
                        () -> scenario.id() + ": " + scenario.prompt());
            }
        }
    }

    /** The review's content points (issue 10, item 7) stay fixed. */
    @ParameterizedTest
    @MethodSource("packs")
    void theReviewedContentPointsStayFixed(Pack pack) {
        Map<String, String> texts = texts(pack);
        texts.forEach((where, text) -> {
            assertFalse(text.contains("three gains"), where);
            assertFalse(text.contains("does not become responsible"), where);
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("installing"), where);
            assertFalse(text.contains("part starts at the operating system") || text.contains("part in IaaS begins at the operating system"), where);
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("you own the whole stack")
                    || text.toLowerCase(java.util.Locale.ROOT).contains("you own the complete stack"), where);
            assertFalse(text.contains("just because Microsoft hosts"), where);
        });
        Authored.Fact advantages = fact(pack, "fact-advantages");
        assertEquals(4, advantages.answer().size());
        assertTrue(advantages.explanation().text().contains("four gains"));
        Authored.Fact hypervisor = fact(pack, "fact-hypervisor");
        assertEquals(List.of("Microsoft responsibilities"), hypervisor.explanation().sources().stream().map(Source::section).toList());
        assertTrue(fact(pack, "fact-ai-customer").explanation().pitfall().orElseThrow().contains("whatever safeguards"));
    }

    private static Authored.Fact fact(Pack pack, String id) {
        return pack.questions().stream().filter(q -> q.id().equals(id)).map(Authored.Fact.class::cast).findFirst().orElseThrow();
    }
}
