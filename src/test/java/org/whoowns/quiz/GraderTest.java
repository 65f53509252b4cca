package org.whoowns.quiz;

import org.junit.jupiter.api.Test;
import org.whoowns.pack.Explanation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GraderTest {
    private static final double EPSILON = 1e-9;

    /** A question whose choice i is right where {@code right[i]}. */
    static Question question(boolean selectAll, boolean... right) {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < right.length; i++) {
            choices.add(new Choice("choice " + i, right[i], ""));
        }
        return new Question("fact:test-" + right.length, Kind.FACT, "Which?", choices, selectAll, List.of(),
                new Explanation("Because.", Optional.empty(), List.of()));
    }

    private static final Question SINGLE = question(false, false, true, false, false);
    /** Three right (0, 1, 2), two wrong (3, 4). */
    private static final Question ALL = question(true, true, true, true, false, false);

    @Test
    void singleAnswerIsAllOrNothing() {
        for (Grader grader : List.of(Grader.PRACTICE, Grader.STRICT)) {
            assertEquals(1.0, grader.score(SINGLE, Set.of(1)));
            assertEquals(0.0, grader.score(SINGLE, Set.of(0)));
            assertEquals(0.0, grader.score(SINGLE, Set.of(3)));
            // two picks on a single-answer question earn nothing, the right one included
            assertEquals(0.0, grader.score(SINGLE, Set.of(1, 2)));
            assertEquals(0.0, grader.score(SINGLE, Set.of()));
        }
    }

    @Test
    void selectAllExactSetEarnsOne() {
        assertEquals(1.0, Grader.PRACTICE.score(ALL, Set.of(0, 1, 2)));
        assertEquals(1.0, Grader.STRICT.score(ALL, Set.of(2, 1, 0)));
    }

    @Test
    void partialCreditIsTheShareOfRightChoicesPicked() {
        assertEquals(2.0 / 3, Grader.PRACTICE.score(ALL, Set.of(0, 2)), EPSILON);
        assertEquals(1.0 / 3, Grader.PRACTICE.score(ALL, Set.of(1)), EPSILON);
    }

    @Test
    void wrongPicksCostTheShareOfWrongChoices() {
        // 2/3 right picked, 1/2 wrong picked
        assertEquals(2.0 / 3 - 1.0 / 2, Grader.PRACTICE.score(ALL, Set.of(0, 1, 3)), EPSILON);
        // every right one and one wrong: 1 - 1/2
        assertEquals(0.5, Grader.PRACTICE.score(ALL, Set.of(0, 1, 2, 4)), EPSILON);
        // never below zero
        assertEquals(0.0, Grader.PRACTICE.score(ALL, Set.of(0, 3, 4)));
        assertEquals(0.0, Grader.PRACTICE.score(ALL, Set.of(3)));
        assertEquals(0.0, Grader.PRACTICE.score(ALL, Set.of()));
    }

    @Test
    void tickingEverythingEarnsNothing() {
        assertEquals(0.0, Grader.PRACTICE.score(ALL, Set.of(0, 1, 2, 3, 4)));
        Question oneWrong = question(true, true, true, true, false);
        assertEquals(0.0, Grader.PRACTICE.score(oneWrong, Set.of(0, 1, 2, 3)));
    }

    @Test
    void strictGivesNothingForPartialAnswers() {
        assertEquals(0.0, Grader.STRICT.score(ALL, Set.of(0, 2)));
        assertEquals(0.0, Grader.STRICT.score(ALL, Set.of(0, 1, 2, 3)));
    }

    @Test
    void aPickOutsideTheChoicesIsRejected() {
        for (Grader grader : List.of(Grader.PRACTICE, Grader.STRICT)) {
            assertThrows(IllegalArgumentException.class, () -> grader.score(ALL, Set.of(5)));
            assertThrows(IllegalArgumentException.class, () -> grader.score(ALL, Set.of(-1)));
            assertThrows(IllegalArgumentException.class, () -> grader.score(SINGLE, Set.of(0, 4)));
        }
    }

    @Test
    void generatedQuestionsScoreOneForTheirOwnAnswer() {
        var pack = org.whoowns.pack.TestPacks.pack(org.whoowns.pack.TestPacks.RACI);
        for (Question q : QuestionBank.generate(pack, 5)) {
            assertEquals(1.0, Grader.STRICT.score(q, Set.copyOf(q.answer())), q.id());
            int wrong = q.choices().indexOf(q.choices().stream().filter(c -> !c.correct()).findFirst().orElseThrow());
            assertEquals(0.0, Grader.STRICT.score(q, Set.of(wrong)), q.id());
        }
    }
}
