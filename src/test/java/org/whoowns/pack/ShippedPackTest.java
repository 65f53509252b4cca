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
        assertTrue(sources.size() > 100, "every cell and every authored question cites something");
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

    @ParameterizedTest
    @MethodSource("packs")
    void noMisDecodedCharactersSurvive(Pack pack) {
        List<String> texts = new ArrayList<>();
        pack.explanations().values().forEach(e -> {
            texts.add(e.text());
            e.pitfall().ifPresent(texts::add);
        });
        pack.questions().forEach(q -> {
            texts.add(q.prompt());
            texts.add(q.explanation().text());
        });
        for (String text : texts) {
            assertFalse(text.contains("\u00e2\u20ac") || text.contains("\u00c3"), text);
            assertEquals(null, TerminalText.firstUnsafe(text), text);
        }
    }
}
