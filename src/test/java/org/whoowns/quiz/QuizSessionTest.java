package org.whoowns.quiz;

import org.junit.jupiter.api.Test;
import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Explanation;
import org.whoowns.pack.Model;
import org.whoowns.pack.Pack;
import org.whoowns.pack.TestPacks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuizSessionTest {
    private static final Pack PACK = TestPacks.pack(TestPacks.SMALL);

    private static Cell cell(String area, String model) {
        return new Cell(QuestionChecks.area(PACK, area), QuestionChecks.model(PACK, model));
    }

    /** Choice 0 right; for select-all, choices 0 and 1 right, 2 and 3 wrong. */
    private static Question question(String id, boolean selectAll, Cell... cells) {
        List<Choice> choices = new ArrayList<>(List.of(new Choice("a", true, ""), new Choice("b", selectAll, ""),
                new Choice("c", false, ""), new Choice("d", false, "")));
        return new Question(id, Kind.OWNER_OF_CELL, "Who?", choices, selectAll, List.of(cells),
                new Explanation("Because.", Optional.empty(), List.of()));
    }

    private final Question q1 = question("q1", false, cell("data", "iaas"));
    private final Question q2 = question("q2", true, cell("apps", "paas"), cell("apps", "saas"));
    private final Question q3 = question("q3", false, cell("os", "iaas"));
    private final Question q4 = question("q4", false, cell("hosts", "saas"));

    @Test
    void answeringAdvancesUntilFinished() {
        QuizSession session = new QuizSession(PACK, List.of(q1, q2), Grader.PRACTICE);
        assertSame(PACK, session.pack());
        assertEquals(2, session.size());
        assertEquals(0, session.position());
        assertFalse(session.finished());
        assertEquals(q1, session.current());
        Feedback first = session.answer(Set.of(0));
        assertTrue(first.right());
        assertEquals(q1, first.question());
        assertEquals(1, session.position());
        assertEquals(q2, session.current());
        Feedback second = session.answer(Set.of(0));
        assertTrue(second.partlyRight());
        assertTrue(second.picked(0) && !second.picked(1));
        assertTrue(session.finished());
        assertEquals(2, session.position());
        assertThrows(IllegalStateException.class, session::current);
        assertThrows(IllegalStateException.class, () -> session.answer(Set.of(0)));
        assertEquals(List.of(first, second), session.answers());
    }

    @Test
    void badPicksAreRejectedAndDoNotAdvance() {
        QuizSession session = new QuizSession(PACK, List.of(q1, q2), Grader.PRACTICE);
        assertThrows(IllegalArgumentException.class, () -> session.answer(Set.of()));
        assertThrows(IllegalArgumentException.class, () -> session.answer(Set.of(0, 1)));
        assertThrows(IllegalArgumentException.class, () -> session.answer(Set.of(9)));
        assertEquals(0, session.position());
        assertEquals(List.of(), session.answers());
        session.answer(Set.of(2));
        // select-all takes several picks, not none
        assertThrows(IllegalArgumentException.class, () -> session.answer(Set.of()));
        session.answer(Set.of(0, 1));
        assertTrue(session.finished());
        assertEquals(1.0, session.score());
    }

    @Test
    void aSessionNeedsQuestions() {
        assertThrows(IllegalArgumentException.class, () -> new QuizSession(PACK, List.of(), Grader.PRACTICE));
    }

    @Test
    void scoreIsTheSumAndTheSummaryCountsMissesByCell() {
        QuizSession session = new QuizSession(PACK, List.of(q1, q2, q3, q4), Grader.PRACTICE);
        Feedback wrong = session.answer(Set.of(1));       // q1 wrong: data under IaaS
        Feedback partial = session.answer(Set.of(0));     // q2 half right: applications under PaaS and SaaS
        session.answer(Set.of(0));                        // q3 right
        assertEquals(0.0 + 0.5 + 1.0, session.score(), 1e-9);

        Summary summary = session.summary();
        assertEquals(1.5, summary.score(), 1e-9);
        assertEquals(3, summary.answered());
        assertEquals(4, summary.total());
        assertEquals(List.of(wrong, partial), summary.misses());
        Map<Area, Integer> areas = summary.areaMisses();
        assertEquals(List.of("data", "apps"), areas.keySet().stream().map(Area::id).toList());
        assertEquals(List.of(1, 1), List.copyOf(areas.values()));
        Map<Model, Integer> models = summary.modelMisses();
        // pack order, each model once per missed question, untouched models left out
        assertEquals(List.of("iaas", "paas", "saas"), models.keySet().stream().map(Model::id).toList());
        assertEquals(List.of(1, 1, 1), List.copyOf(models.values()));
        assertEquals("1.5/4", summary.scoreText());
    }

    @Test
    void missesAddUpPerAreaAndModel() {
        Question q5 = question("q5", false, cell("data", "paas"), cell("data", "saas"));
        QuizSession session = new QuizSession(PACK, List.of(q1, q5, q3), Grader.STRICT);
        session.answer(Set.of(3));
        session.answer(Set.of(2));
        session.answer(Set.of(1));
        Summary summary = session.summary();
        assertEquals(0.0, summary.score());
        assertEquals(Map.of("data", 2, "os", 1), byId(summary.areaMisses()));
        assertEquals(Map.of("iaas", 2, "paas", 1, "saas", 1), byModelId(summary.modelMisses()));
        assertEquals("0/3", summary.scoreText());
    }

    @Test
    void documentFactsAreMissesWithoutCells() {
        Question fact = new Question("fact:x", Kind.FACT, "Which?", List.of(new Choice("yes", true, ""), new Choice("no", false, "")),
                false, List.of(), new Explanation("Because.", Optional.empty(), List.of()));
        QuizSession session = new QuizSession(PACK, List.of(fact), Grader.PRACTICE);
        session.answer(Set.of(1));
        Summary summary = session.summary();
        assertEquals(1, summary.misses().size());
        assertTrue(summary.areaMisses().isEmpty());
        assertTrue(summary.modelMisses().isEmpty());
    }

    @Test
    void scoreTextFormats() {
        assertEquals("7/10", summary(7.0, 10).scoreText());
        assertEquals("7.5/10", summary(7.5, 10).scoreText());
        assertEquals("2.33/3", summary(7.0 / 3, 3).scoreText());
        assertEquals("0.67/1", summary(2.0 / 3, 1).scoreText());
        assertEquals("0/5", summary(0.0, 5).scoreText());
        assertEquals("10/10", summary(10.0, 10).scoreText());
        assertEquals("2/2", summary(1.999, 2).scoreText());
        assertEquals("0.3/1", summary(0.1 + 0.2, 1).scoreText());
        assertEquals("1.1/3", summary(1.1, 3).scoreText());
        assertEquals("8.05/10", summary(8.05, 10).scoreText());
        assertEquals("12.5", Summary.format(12.5));
        assertEquals("0.01", Summary.format(0.005));
    }

    @Test
    void aPracticeRunWithPartialCreditPrintsAFraction() {
        QuizSession session = new QuizSession(PACK, List.of(q2, q2, q1), Grader.PRACTICE);
        session.answer(Set.of(0));     // 1/2
        session.answer(Set.of(0, 1));  // 1
        session.answer(Set.of(0));     // 1
        assertEquals("2.5/3", session.summary().scoreText());
    }

    private static Summary summary(double score, int total) {
        return new Summary(score, total, total, Map.of(), Map.of(), List.of());
    }

    private static Map<String, Integer> byId(Map<Area, Integer> misses) {
        Map<String, Integer> out = new java.util.HashMap<>();
        misses.forEach((a, n) -> out.put(a.id(), n));
        return out;
    }

    private static Map<String, Integer> byModelId(Map<Model, Integer> misses) {
        Map<String, Integer> out = new java.util.HashMap<>();
        misses.forEach((m, n) -> out.put(m.id(), n));
        return out;
    }
}
