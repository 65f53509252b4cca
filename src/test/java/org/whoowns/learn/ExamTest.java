package org.whoowns.learn;

import org.junit.jupiter.api.Test;
import org.whoowns.TestClock;
import org.whoowns.pack.Cell;
import org.whoowns.quiz.Grader;
import org.whoowns.quiz.Question;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExamTest {


    @Test
    void aPaperIsTheSameForASeedAndBalancedOverAreasModelsAndKinds() {
        List<Question> paper = Exams.paper(20, 7);
        assertEquals(paper, Exams.paper(20, 7));
        assertNotEquals(paper.stream().map(Question::id).toList(), Exams.paper(20, 8).stream().map(Question::id).toList());
        assertEquals(20, paper.stream().map(Question::id).distinct().count());
        Map<String, Integer> areas = new HashMap<>();
        Map<String, Integer> models = new HashMap<>();
        Map<String, Integer> kinds = new HashMap<>();
        for (Question q : paper) {
            ExamPaper.areasOf(q).forEach(a -> areas.merge(a, 1, Integer::sum));
            ExamPaper.modelsOf(q).forEach(m -> models.merge(m, 1, Integer::sum));
            kinds.merge(q.kind().id(), 1, Integer::sum);
        }
        assertEquals(Exams.PACK.areas().size(), areas.size(), "every area is asked: " + areas);
        assertEquals(Exams.PACK.models().size(), models.size(), "every model is asked: " + models);
        IntSummaryStatistics perModel = models.values().stream().mapToInt(Integer::intValue).summaryStatistics();
        assertTrue(perModel.getMax() - perModel.getMin() <= perModel.getMax() / 2 + 1, "models balanced: " + models);
        assertTrue(kinds.size() >= 6, "kinds mixed: " + kinds);
        assertTrue(kinds.values().stream().allMatch(n -> n <= 3), "no kind dominates: " + kinds);
        assertThrows(IllegalArgumentException.class, () -> ExamPaper.select(paper, 21, 1));
    }

    @Test
    void flagGoBackAndSubmitWithABreakdown() {
        TestClock clock = new TestClock(Exams.T0);
        List<Question> paper = Exams.paper(10, 3);
        ExamSession exam = new ExamSession(paper, clock, Optional.empty(), Grader.STRICT, 80);
        for (int i = 0; i < 10; i++) {
            assertTrue(exam.go(i));
            if (i != 4) {
                exam.answer(new HashSet<>(exam.question().answer()));
            }
        }
        assertEquals(List.of(4), exam.unanswered());
        assertTrue(exam.go(2));
        assertTrue(exam.toggleFlag());
        assertTrue(exam.back());
        assertEquals(1, exam.position());
        assertTrue(exam.next());
        assertEquals(2, exam.position());
        assertEquals(List.of(2), exam.flaggedList());
        assertFalse(exam.go(10));
        clock.advance(Duration.ofSeconds(95));
        ExamResult result = exam.submit();
        assertEquals(9, result.raw(), 1e-9);
        assertEquals(90, result.percent(), 1e-9);
        assertTrue(result.passed());
        assertEquals(List.of(4), result.missed());
        assertEquals(Duration.ofSeconds(95), result.duration());
        assertTrue(result.flags().get(2));
        // the missed question counts against each area and model it tests, and only those
        Question missed = paper.get(4);
        for (Cell cell : missed.cells()) {
            Tally area = result.byArea().get(cell.area().id());
            assertTrue(area.raw() < area.max(), area.toString());
        }
        int counted = result.byModel().values().stream().mapToInt(Tally::max).sum();
        assertEquals(paper.stream().mapToInt(q -> ExamPaper.modelsOf(q).size()).sum(), counted);
        // once submitted, nothing changes
        assertFalse(exam.answer(Set.of(0)));
        assertEquals(result, exam.submit());
    }

    @Test
    void theMarkIsInclusiveAndAFailIsAFail() {
        List<Question> paper = Exams.paper(5, 1);
        ExamSession exam = new ExamSession(paper, new TestClock(Exams.T0), Optional.empty(), Grader.STRICT, 80);
        for (int i = 0; i < 4; i++) {
            exam.go(i);
            exam.answer(new HashSet<>(exam.question().answer()));
        }
        assertTrue(exam.submit().passed(), "4 of 5 is 80 %");
        ExamSession strict = new ExamSession(paper, new TestClock(Exams.T0), Optional.empty(), Grader.STRICT, 81);
        assertFalse(strict.submit().passed());
        assertEquals(0, strict.submit().raw());
        assertThrows(IllegalArgumentException.class, () -> new ExamSession(paper, new TestClock(Exams.T0), Optional.empty(), Grader.STRICT, 0));
    }

    @Test
    void timeUpSubmitsAtTheDeadline() {
        TestClock clock = new TestClock(Exams.T0);
        ExamSession exam = new ExamSession(Exams.paper(5, 2), clock, Optional.of(Duration.ofMinutes(10)), Grader.STRICT, 80);
        exam.answer(new HashSet<>(exam.question().answer()));
        clock.advance(Duration.ofMinutes(9));
        assertEquals(Optional.of(Duration.ofMinutes(1)), exam.remaining());
        assertTrue(exam.tick().isEmpty());
        assertTrue(exam.next());
        clock.advance(Duration.ofMinutes(5));
        assertEquals(Optional.of(Duration.ZERO), exam.remaining());
        assertFalse(exam.answer(new HashSet<>(exam.question().answer())), "too late");
        ExamResult result = exam.tick().orElseThrow();
        assertTrue(result.timeUp());
        assertEquals(Exams.T0.plus(Duration.ofMinutes(10)), result.completed());
        assertEquals(1, result.raw(), 1e-9);
        assertEquals(result, exam.submit());
    }
}
