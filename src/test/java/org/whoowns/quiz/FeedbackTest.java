package org.whoowns.quiz;

import org.junit.jupiter.api.Test;
import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Explanation;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feedback answers the learner's own pick, and the summary blames only the cells got wrong. */
class FeedbackTest {
    private static final Pack AZURE = TeachingPacks.azure();

    private static Question byId(String id) {
        return QuestionBank.generate(AZURE, 1).stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static int choice(Question q, String text) {
        for (int i = 0; i < q.choices().size(); i++) {
            if (q.choices().get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void creditSaysHowItWasComputed() {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            choices.add(new Choice("c" + i, i < 3, "why " + i));
        }
        Question q = new Question("fact:x", Kind.FACT, "Which?", choices, true, List.of(),
                new Explanation("Because.", Optional.empty(), List.of()));
        Set<Integer> picks = Set.of(0, 1, 3);
        Feedback f = new Feedback(q, picks, Grader.PRACTICE.score(q, picks));
        assertEquals("2 of 3 right picks, 1 wrong pick: 0.33", f.creditText());
        assertEquals(List.of("You missed \"c2\": why 2", "Your pick \"c3\" is wrong: why 3"), f.pickNotes());
    }

    @Test
    void aWrongPickHearsItsOwnCell() {
        Question q = byId("owner-of-cell:network-controls@paas");
        int pick = choice(q, "Microsoft");
        Feedback f = new Feedback(q, Set.of(pick), 0);
        assertEquals(List.of("Your pick \"Microsoft\" is wrong: Under PaaS, responsibility for network controls lies with "
                + "the customer and Microsoft together, not with Microsoft alone."), f.pickNotes());
    }

    @Test
    void aMissedRankingBlamesTheAreasWhereTheModelsDiffer() {
        Question ranking = byId("ranking:customer:most");
        QuizSession session = new QuizSession(AZURE, List.of(ranking), Grader.PRACTICE);
        session.answer(Set.of(choice(ranking, "PaaS")));
        Summary summary = session.summary();
        // IaaS and PaaS differ for the customer on applications, network controls and the operating system only
        assertEquals(Set.of("applications", "network-controls", "operating-system"),
                summary.areaMisses().keySet().stream().map(Area::id).collect(Collectors.toSet()));
        assertEquals(Set.of("iaas", "paas"), summary.modelMisses().keySet().stream().map(m -> m.id()).collect(Collectors.toSet()));
    }

    @Test
    void aSelectAllMissBlamesTheWrongAndTheMissedPicksOnly() {
        Question q = byId("areas-of-owner:paas:microsoft");
        int wrong = q.choices().indexOf(q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow());
        Set<Integer> picks = new java.util.HashSet<>(q.answer());
        picks.add(wrong);
        Feedback f = new Feedback(q, picks, Grader.PRACTICE.score(q, picks));
        assertEquals(q.choices().get(wrong).cells(), f.blamedCells());
    }

    @Test
    void missesReplayInTheOrderAsked() {
        Question a = byId("owner-of-cell:operating-system@iaas");
        Question b = byId("true-false:physical-hosts@saas");
        Question c = byId("task-owner:leaver:iaas");
        QuizSession session = new QuizSession(AZURE, List.of(a, b, c), Grader.PRACTICE);
        session.answer(Set.of(a.answer().get(0) == 0 ? 1 : 0));
        session.answer(Set.copyOf(b.answer()));
        session.answer(Set.of(c.answer().get(0) == 0 ? 1 : 0));
        assertEquals(List.of(a, c), session.summary().missedQuestions());
        QuizSession again = session.replayMisses();
        assertEquals(List.of(a, c), again.questions());
        again.answer(Set.copyOf(a.answer()));
        again.answer(Set.copyOf(c.answer()));
        assertThrows(IllegalStateException.class, again::replayMisses);
        List<Cell> blamed = session.answers().get(0).blamedCells();
        assertEquals(a.cells(), blamed);
        assertTrue(session.answers().get(1).blamedCells().isEmpty());
    }
}
