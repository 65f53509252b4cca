package org.whoowns.quiz;

import org.whoowns.pack.Area;
import org.whoowns.pack.Authored;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Document;
import org.whoowns.pack.Model;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;
import org.whoowns.pack.Source;
import org.whoowns.pack.Split;
import org.whoowns.pack.Task;
import org.whoowns.pack.TerminalText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks a generated question against the pack it came from, recomputing the right answer from the matrix
 * independently of the generators, and lists which questions a pack must (and must not) yield.
 */
final class QuestionChecks {
    private QuestionChecks() {
    }

    /** Shape rules every question obeys, whatever its kind. */
    static void wellFormed(Pack pack, Question q) {
        Supplier<String> where = () -> q.id() + " (" + q.prompt() + ")";
        assertTrue(q.id().startsWith(q.kind().id() + ":"), where);
        assertFalse(q.prompt().isBlank(), where);
        assertTrue(q.choices().size() >= 2 && q.choices().size() <= 8, where);
        List<String> texts = q.choices().stream().map(Choice::text).toList();
        assertEquals(texts.size(), new HashSet<>(texts).size(), () -> "duplicate choice texts in " + where.get() + ": " + texts);
        texts.forEach(t -> assertFalse(t.isBlank(), where));
        long right = q.choices().stream().filter(Choice::correct).count();
        assertTrue(right >= 1, () -> "no right choice: " + where.get());
        assertTrue(right < q.choices().size(), () -> "no wrong choice: " + where.get());
        if (!q.selectAll()) {
            assertEquals(1, right, () -> "single-answer question with " + right + " right choices: " + where.get());
        }
        assertEquals(q.answer().size(), (int) right);
        assertFalse(q.explanation().text().isBlank(), where);
        q.explanation().pitfall().ifPresent(p -> assertFalse(p.isBlank(), where));
        assertFalse(q.explanation().sources().isEmpty(), () -> "no source: " + where.get());
        for (Source source : q.explanation().sources()) {
            Document document = pack.documents().stream().filter(d -> d.equals(source.document())).findFirst().orElse(null);
            assertNotNull(document, where);
            assertTrue(document.sections().contains(source.section()), where);
        }
        for (Cell cell : q.cells()) {
            assertNotNull(pack.owner(cell), () -> "cell outside the matrix in " + where.get());
        }
        assertEquals(q.cells().size(), new HashSet<>(q.cells()).size(), () -> "repeated cell in " + where.get());
        // generated text is as safe as pack text
        assertNull(TerminalText.firstUnsafe(q.prompt()), where);
        texts.forEach(t -> assertNull(TerminalText.firstUnsafe(t), where));
        assertNull(TerminalText.firstUnsafe(q.explanation().text()), where);
    }

    /** Strings no generated text may contain (issue 10's acceptance), compared ignoring case. */
    static final List<String> BANNED = List.of("who owns", "under on-premises", "on-premises model", "about on-premises",
            "first rests");
    /** "a and b and c": a list of three joined by two "and"s, items of one or two words. */
    private static final java.util.regex.Pattern TWO_ANDS = java.util.regex.Pattern.compile("(?<!,) and (\\w+ ){1,2}and\\b");

    /**
     * The teaching rules: every wrong choice says why it is wrong, every right choice of a generated
     * select-all says why it is right, True and False say different things, no banned wording, and a pitfall
     * only where it names a tested area.
     */
    static void teaches(Pack pack, Question q) {
        Supplier<String> where = () -> q.id() + " (" + q.prompt() + ")";
        boolean generated = q.kind() != Kind.FACT && q.kind() != Kind.SCENARIO;
        for (Choice c : q.choices()) {
            if (!c.correct() || q.selectAll()) {
                assertFalse(c.note().isBlank(), () -> "no note on \"" + c.text() + "\" in " + where.get());
            }
            if (generated && q.kind() != Kind.MODELS_OF_AREA) {
                assertFalse(c.cells().isEmpty(), () -> "choice names no cell: " + c.text() + " in " + where.get());
            }
        }
        if (q.kind() == Kind.TRUE_FALSE) {
            assertFalse(q.choices().get(0).note().equals(q.choices().get(1).note()), where);
        }
        List<String> texts = new ArrayList<>(List.of(q.prompt(), q.explanation().text()));
        q.choices().forEach(c -> {
            texts.add(c.text());
            texts.add(c.note());
        });
        if (generated) {
            for (String text : texts) {
                for (String banned : BANNED) {
                    assertFalse(lower(text).contains(banned), () -> "\"" + banned + "\" in " + text);
                }
                assertFalse(TWO_ANDS.matcher(text).find(), () -> "two ands in a list: " + text);
            }
            Set<Cell> about = new HashSet<>(q.cells());
            q.choices().forEach(c -> about.addAll(c.cells()));
            q.explanation().pitfall().ifPresent(p -> assertTrue(Explain.concerns(p, about),
                    () -> "pitfall about no tested area: " + p + " in " + where.get()));
        }
    }

    /** The right choices are exactly the ones the matrix (or the authored question) makes right. */
    static void agreesWithPack(Pack pack, Question q) {
        String[] id = q.id().split(":");
        Supplier<String> where = () -> q.id() + " (" + q.prompt() + ")";
        switch (q.kind()) {
            case OWNER_OF_CELL -> {
                assertEquals(2, id.length, where);
                assertEquals(1, q.cells().size(), where);
                Cell cell = q.cells().get(0);
                assertEquals(cell.area().id() + "@" + cell.model().id(), id[1], where);
                ownerChoices(pack, q, cell);
                assertTrue(lower(q.prompt()).contains(lower(cell.model().where())) && q.prompt().contains(cell.area().phrase()), where);
            }
            case SCENARIO -> {
                Authored.Scenario scenario = (Authored.Scenario) authored(pack, id[1]);
                assertEquals(scenario.prompt(), q.prompt());
                assertEquals(List.of(scenario.cell()), q.cells());
                assertEquals(scenario.explanation(), q.explanation());
                ownerChoices(pack, q, scenario.cell());
            }
            case TRUE_FALSE -> {
                assertEquals(1, q.cells().size(), where);
                Cell cell = q.cells().get(0);
                assertEquals(List.of("True", "False"), q.choices().stream().map(Choice::text).toList(), where);
                Owner stated = statedOwner(pack, q.prompt(), "True or false? " + capitalized(cell.model().where())
                        + ", responsibility for " + cell.area().phrase() + " lies with ", ".");
                boolean truth = stated.equals(pack.owner(cell));
                assertEquals(truth ? "True" : "False", rightTexts(q).get(0), where);
                assertEquals(pack.explanation(cell).text(), q.explanation().text(), where);
            }
            case AREAS_OF_OWNER -> {
                Model model = model(pack, id[1]);
                Owner owner = owner(pack, id[2]);
                assertTrue(q.selectAll(), where);
                Set<Cell> cells = new HashSet<>();
                for (Choice c : q.choices()) {
                    Area area = areaNamed(pack, c.text());
                    cells.add(new Cell(area, model));
                    assertEquals(pack.owner(area, model).equals(owner), c.correct(), () -> c.text() + " in " + where.get());
                }
                assertEquals(cells, new HashSet<>(q.cells()), where);
                assertTrue(q.choices().size() <= Draw.MAX_OPTIONS, where);
            }
            case MODELS_OF_AREA -> {
                Area area = area(pack, id[1]);
                Owner owner = owner(pack, id[2]);
                assertTrue(q.selectAll(), where);
                List<String> names = new ArrayList<>(cloud(pack).stream().map(Model::name).toList());
                names.add("None of them");
                assertEquals(names, q.choices().stream().map(Choice::text).toList(), where);
                boolean none = true;
                for (Choice c : q.choices().subList(0, names.size() - 1)) {
                    Model model = modelNamed(pack, c.text());
                    assertEquals(pack.owner(area, model).equals(owner), c.correct(), () -> c.text() + " in " + where.get());
                    none &= !c.correct();
                }
                assertEquals(none, q.choices().get(names.size() - 1).correct(), where);
            }
            case ALWAYS_RETAINED -> {
                Owner owner = owner(pack, id[1]);
                assertEquals(id.length == 2, q.selectAll(), where);
                for (Choice c : q.choices()) {
                    Area area = areaNamed(pack, c.text());
                    boolean always = pack.models().stream().allMatch(m -> pack.owner(area, m).equals(owner));
                    assertEquals(always, c.correct(), () -> c.text() + " in " + where.get());
                }
                if (id.length == 3) {
                    assertEquals(List.of(area(pack, id[2]).name()), rightTexts(q), where);
                }
            }
            case TRANSITION -> {
                Model from = model(pack, id[1]);
                Model to = model(pack, id[2]);
                assertTrue(pack.models().indexOf(from) < pack.models().indexOf(to), where);
                assertTrue(q.selectAll(), where);
                for (Choice c : q.choices()) {
                    Area area = areaNamed(pack, c.text());
                    boolean shifts = pack.owners().indexOf(pack.owner(area, to)) > pack.owners().indexOf(pack.owner(area, from));
                    assertEquals(shifts, c.correct(), () -> c.text() + " in " + where.get());
                    assertTrue(q.cells().contains(new Cell(area, from)) && q.cells().contains(new Cell(area, to)), where);
                }
                assertTrue(q.choices().size() <= Draw.MAX_OPTIONS, where);
            }
            case FIRST_MODEL -> {
                Area area = area(pack, id[1]);
                Owner owner = owner(pack, id[2]);
                int first = firstIndex(pack, area, owner);
                assertTrue(first >= 2 && holding(pack, area, owner) >= 2, where);
                assertEquals(List.of(pack.models().get(first).name()), rightTexts(q), where);
                // the first model is not offered: its owner is another by construction
                assertEquals(pack.models().subList(1, pack.models().size()).stream().map(Model::name).toList(),
                        q.choices().stream().map(Choice::text).toList(), where);
            }
            case RANKING -> {
                Owner owner = owner(pack, id[1]);
                boolean most = switch (id[2]) {
                    case "most" -> true;
                    case "fewest" -> false;
                    default -> throw new AssertionError(where.get());
                };
                int[] counts = counts(pack, owner);
                int best = extreme(counts, most);
                assertTrue(best >= 0, () -> "ranking asked where the count is not unique: " + where.get());
                assertEquals(List.of(cloud(pack).get(best).name()), rightTexts(q), where);
                assertEquals(cloud(pack).stream().map(Model::name).toList(), q.choices().stream().map(Choice::text).toList(), where);
                Model answer = cloud(pack).get(best);
                // the counted cells of the answer's column, or the whole column where that count is zero
                List<Cell> column = pack.areas().stream().map(a -> new Cell(a, answer)).toList();
                List<Cell> counted = column.stream().filter(c -> pack.owner(c).equals(owner)).toList();
                assertEquals(counted.isEmpty() ? column : counted, q.cells(), where);
            }
            case TRUE_STATEMENTS -> {
                assertTrue(q.selectAll(), where);
                boolean column = pack.models().stream().anyMatch(m -> m.id().equals(id[1]));
                assertTrue(q.choices().size() == Math.min(4, column ? pack.areas().size() : pack.models().size()), where);
                for (Choice c : q.choices()) {
                    Cell matched = null;
                    Owner stated = null;
                    for (Cell cell : q.cells()) {
                        Owner owner = column
                                ? statedOwnerOrNull(pack, c.text(), "Responsibility for " + cell.area().phrase() + " lies with ", ".")
                                : statedOwnerOrNull(pack, c.text(), capitalized(cell.model().where()) + ", responsibility for "
                                        + cell.area().phrase() + " lies with ", ".");
                        if (owner != null) {
                            assertNull(matched, () -> "statement matches two cells: " + c.text());
                            matched = cell;
                            stated = owner;
                        }
                    }
                    assertNotNull(matched, () -> "statement about no cell of the question: " + c.text());
                    assertEquals(stated.equals(pack.owner(matched)), c.correct(), () -> c.text() + " in " + where.get());
                    if (column) {
                        assertEquals(id[1], matched.model().id(), where);
                    } else {
                        assertEquals(id[1], matched.area().id(), where);
                    }
                }
            }
            case TASK_OWNER -> {
                Task task = pack.tasks().stream().filter(t -> t.id().equals(id[1])).findFirst().orElseThrow();
                Cell cell = new Cell(task.area(), model(pack, id[2]));
                assertEquals(List.of(cell), q.cells(), where);
                assertTrue(pack.isSole(pack.owner(cell)), where);
                ownerChoices(pack, q, cell);
                assertTrue(q.prompt().endsWith("who " + task.text() + "?"), where);
                assertTrue(q.explanation().sources().containsAll(task.sources()), where);
            }
            case SPLIT_CELL -> {
                Cell cell = new Cell(area(pack, id[1]), model(pack, id[2]));
                Owner owner = owner(pack, id[3]);
                assertEquals(List.of(cell), q.cells(), where);
                assertTrue(q.selectAll(), where);
                assertFalse(pack.isSole(pack.owner(cell)), where);
                Set<String> parts = new HashSet<>();
                pack.splits().stream().filter(sp -> sp.area().equals(cell.area()) && sp.models().contains(cell.model()))
                        .flatMap(sp -> sp.parts().stream()).filter(pt -> pt.owner().equals(owner)).forEach(pt -> parts.add(pt.text()));
                for (Choice c : q.choices()) {
                    assertEquals(parts.contains(c.text()), c.correct(), () -> c.text() + " in " + where.get());
                }
                assertTrue(q.choices().size() <= Draw.MAX_OPTIONS, where);
            }
            case MODEL_FROM_DESCRIPTION -> {
                Model model = model(pack, id[1]);
                assertEquals(List.of(model.name()), rightTexts(q), where);
                assertEquals(pack.models().stream().map(Model::name).toList(), q.choices().stream().map(Choice::text).toList(), where);
                for (Area area : pack.areas()) {
                    assertTrue(q.prompt().contains(area.phrase()), where);
                }
                assertEquals(pack.areas().stream().map(a -> new Cell(a, model)).toList(), q.cells(), where);
            }
            case FACT -> {
                Authored.Fact fact = (Authored.Fact) authored(pack, id[1]);
                assertEquals(fact.prompt(), q.prompt());
                assertEquals(fact.selectAll(), q.selectAll());
                assertEquals(Set.copyOf(fact.choices()), q.choices().stream().map(Choice::text).collect(Collectors.toSet()));
                assertEquals(fact.answer().stream().map(fact.choices()::get).collect(Collectors.toSet()), Set.copyOf(rightTexts(q)));
                assertEquals(List.of(), q.cells());
                assertEquals(fact.explanation(), q.explanation());
            }
            default -> fail("unchecked kind " + q.kind());
        }
    }

    /**
     * The ids of the matrix questions the pack supports, computed from the matrix: a kind's question is
     * generated exactly where it can be asked cleanly (SPEC §2), and nowhere else.
     */
    static Set<String> expectedIds(Pack pack) {
        Set<String> ids = new LinkedHashSet<>();
        List<Model> models = pack.models();
        for (Cell cell : pack.cells()) {
            ids.add("owner-of-cell:" + cell.id());
            ids.add("true-false:" + cell.id());
        }
        for (Model model : models) {
            for (Owner owner : pack.owners()) {
                long n = pack.areas().stream().filter(a -> pack.owner(a, model).equals(owner)).count();
                if (n > 0 && n < pack.areas().size()) {
                    ids.add("areas-of-owner:" + model.id() + ":" + owner.id());
                }
            }
        }
        if (cloud(pack).size() >= 2 && cloud(pack).size() < 8) {
            for (Area area : pack.areas()) {
                for (Owner owner : pack.owners()) {
                    long n = cloud(pack).stream().filter(m -> pack.owner(area, m).equals(owner)).count();
                    if (holding(pack, area, owner) > 0 && n < cloud(pack).size()) {
                        ids.add("models-of-area:" + area.id() + ":" + owner.id());
                    }
                }
            }
        }
        for (Owner owner : pack.owners()) {
            List<Area> always = pack.areas().stream()
                    .filter(a -> models.stream().allMatch(m -> pack.owner(a, m).equals(owner))).toList();
            if (!always.isEmpty() && always.size() < pack.areas().size()) {
                ids.add("always-retained:" + owner.id());
                always.forEach(a -> ids.add("always-retained:" + owner.id() + ":" + a.id()));
            }
        }
        for (int i = 0; i < models.size(); i++) {
            for (int j = i + 1; j < models.size(); j++) {
                Model from = models.get(i);
                Model to = models.get(j);
                long shifts = pack.areas().stream().filter(a -> pack.owners().indexOf(pack.owner(a, to))
                        > pack.owners().indexOf(pack.owner(a, from))).count();
                if (shifts > 0 && shifts < pack.areas().size()) {
                    ids.add("transition:" + from.id() + ":" + to.id());
                }
            }
        }
        if (models.size() >= 3) {
            for (Area area : pack.areas()) {
                for (Owner owner : pack.owners()) {
                    if (firstIndex(pack, area, owner) >= 2 && holding(pack, area, owner) >= 2) {
                        ids.add("first-model:" + area.id() + ":" + owner.id());
                    }
                }
            }
        }
        for (Owner owner : cloud(pack).size() >= 2 ? pack.owners() : List.<Owner>of()) {
            int[] counts = counts(pack, owner);
            if (extreme(counts, true) >= 0) {
                ids.add("ranking:" + owner.id() + ":most");
            }
            if (extreme(counts, false) >= 0) {
                ids.add("ranking:" + owner.id() + ":fewest");
            }
        }
        if (pack.areas().size() >= 4) {
            models.stream().filter(m -> pack.areas().stream().map(a -> pack.owner(a, m)).distinct().count() > 1)
                    .forEach(m -> ids.add("true-statements:" + m.id()));
        }
        if (models.size() >= 3) {
            pack.areas().forEach(a -> ids.add("true-statements:" + a.id()));
        }
        for (Task task : pack.tasks()) {
            for (Model model : task.models().isEmpty() ? models : task.models()) {
                if (pack.isSole(pack.owner(task.area(), model))) {
                    ids.add("task-owner:" + task.id() + ":" + model.id());
                }
            }
        }
        for (Split split : pack.splits()) {
            for (Model model : split.models()) {
                if (!pack.isSole(pack.owner(split.area(), model))) {
                    split.parts().stream().map(Split.Part::owner).distinct()
                            .forEach(o -> ids.add("split-cell:" + split.area().id() + ":" + model.id() + ":" + o.id()));
                }
            }
        }
        for (Model model : models) {
            if (models.stream().noneMatch(m -> m != model && pack.areas().stream().allMatch(a -> pack.owner(a, m).equals(pack.owner(a, model))))) {
                ids.add("model-from-description:" + model.id());
            }
        }
        for (Authored authored : pack.questions()) {
            ids.add((authored instanceof Authored.Fact ? "fact:" : "scenario:") + authored.id());
        }
        return ids;
    }

    // ---- recomputed from the pack ----

    static List<String> rightTexts(Question q) {
        return q.choices().stream().filter(Choice::correct).map(Choice::text).toList();
    }

    private static void ownerChoices(Pack pack, Question q, Cell cell) {
        assertFalse(q.selectAll());
        assertEquals(List.of(pack.owner(cell).name()), rightTexts(q), q.id());
        Set<String> names = pack.owners().stream().map(Owner::name).collect(Collectors.toSet());
        q.choices().forEach(c -> assertTrue(names.contains(c.text()), q.id()));
        assertEquals(Math.min(4, pack.owners().size()), q.choices().size(), q.id());
        // owners keep the scale's order, customer's end first
        List<Integer> ranks = q.choices().stream().map(c -> pack.rank(pack.owners().stream()
                .filter(o -> o.name().equals(c.text())).findFirst().orElseThrow())).toList();
        assertEquals(ranks.stream().sorted().toList(), ranks, q.id());
    }

    /** How a sentence names an owner: the two ends of the scale "alone", the owners between as written. */
    private static String sentenceHolder(Pack pack, Owner owner) {
        int rank = pack.owners().indexOf(owner);
        return rank == 0 || rank == pack.owners().size() - 1 ? owner.holder() + " alone" : owner.holder();
    }

    private static Owner statedOwner(Pack pack, String text, String prefix, String suffix) {
        Owner owner = statedOwnerOrNull(pack, text, prefix, suffix);
        assertNotNull(owner, () -> "no owner stated in: " + text);
        return owner;
    }

    private static Owner statedOwnerOrNull(Pack pack, String text, String prefix, String suffix) {
        List<Owner> matches = new ArrayList<>();
        for (Owner owner : pack.owners()) {
            if (text.equals(prefix + sentenceHolder(pack, owner) + suffix)) {
                matches.add(owner);
            }
        }
        assertTrue(matches.size() <= 1, () -> "ambiguous: " + text);
        return matches.isEmpty() ? null : matches.get(0);
    }

    static int firstIndex(Pack pack, Area area, Owner owner) {
        for (int i = 0; i < pack.models().size(); i++) {
            if (pack.owner(area, pack.models().get(i)).equals(owner)) {
                return i;
            }
        }
        return -1;
    }

    static List<Model> cloud(Pack pack) {
        return pack.models().stream().filter(Model::cloud).toList();
    }

    static long holding(Pack pack, Area area, Owner owner) {
        return pack.models().stream().filter(m -> pack.owner(area, m).equals(owner)).count();
    }

    static String lower(String text) {
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Counts per cloud model, as ranking compares them. */
    static int[] counts(Pack pack, Owner owner) {
        return cloud(pack).stream()
                .mapToInt(m -> (int) pack.areas().stream().filter(a -> pack.owner(a, m).equals(owner)).count()).toArray();
    }

    /** Index of the unique largest (or smallest) count, or -1 when it is shared by two models. */
    static int extreme(int[] counts, boolean most) {
        int value = most ? java.util.Arrays.stream(counts).max().orElseThrow() : java.util.Arrays.stream(counts).min().orElseThrow();
        int index = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == value) {
                if (index >= 0) {
                    return -1;
                }
                index = i;
            }
        }
        return index;
    }

    private static Authored authored(Pack pack, String id) {
        return pack.questions().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no authored question " + id));
    }

    static Model model(Pack pack, String id) {
        return pack.models().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("model " + id));
    }

    static Area area(Pack pack, String id) {
        return pack.areas().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("area " + id));
    }

    static Owner owner(Pack pack, String id) {
        return pack.owners().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("owner " + id));
    }

    static Area areaNamed(Pack pack, String name) {
        return pack.areas().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("area " + name));
    }

    static Model modelNamed(Pack pack, String name) {
        return pack.models().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("model " + name));
    }
}
