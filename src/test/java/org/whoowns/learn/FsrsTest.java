package org.whoowns.learn;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whoowns.learn.Rating.AGAIN;
import static org.whoowns.learn.Rating.GOOD;
import static org.whoowns.learn.Rating.HARD;

class FsrsTest {
    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
    private static final Fsrs FSRS = new Fsrs(FsrsParams.DEFAULT.withoutFuzz());

    /** fsrs.md's first reference vector (py-fsrs 6.3.1 test_review_card). */
    @Test
    void intervalsMatchTheReference() {
        List<Rating> ratings = List.of(GOOD, GOOD, GOOD, GOOD, GOOD, GOOD, AGAIN, AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD);
        Card card = Card.fresh(START);
        Instant at = START;
        List<Long> intervals = new ArrayList<>();
        for (Rating rating : ratings) {
            card = FSRS.next(card, rating, at, 0.5);
            intervals.add(Duration.between(card.lastReview(), card.due()).toDays());
            at = card.due();
        }
        assertEquals(List.of(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L), intervals);
    }

    /** fsrs.md's second reference vector (py-fsrs 6.3.1 test_memo_state). */
    @Test
    void memoryStateMatchesTheReference() {
        List<Rating> ratings = List.of(AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD);
        int[] offsets = {0, 0, 1, 3, 8, 21};
        Card card = Card.fresh(START);
        Instant at = START;
        for (int i = 0; i < ratings.size(); i++) {
            at = at.plus(Duration.ofDays(offsets[i]));
            card = FSRS.next(card, ratings.get(i), at, 0.5);
        }
        assertEquals(53.62691, card.stability(), 1e-4);
        assertEquals(6.3574867, card.difficulty(), 1e-4);
    }

    @Test
    void aMissComesDueBeforeARightAnswer() {
        Card wrong = FSRS.next(Card.fresh(START), AGAIN, START, 0.5);
        Card right = FSRS.next(Card.fresh(START), GOOD, START, 0.5);
        assertTrue(wrong.due().isBefore(right.due()));
        // and the same for cards that have reached the day-level schedule
        Card learned = FSRS.next(FSRS.next(Card.fresh(START), GOOD, START, 0.5), GOOD, START.plusSeconds(600), 0.5);
        Instant later = learned.due();
        Card missed = FSRS.next(learned, AGAIN, later, 0.5);
        Card recalled = FSRS.next(learned, GOOD, later, 0.5);
        Card hard = FSRS.next(learned, HARD, later, 0.5);
        assertTrue(missed.due().isBefore(hard.due()));
        assertTrue(hard.due().isBefore(recalled.due()) || hard.due().equals(recalled.due()));
        assertTrue(missed.stability() < recalled.stability());
        assertEquals(Card.Phase.RELEARNING, missed.phase());
    }

    @Test
    void retrievabilityIsNinetyPercentAfterStabilityDays() {
        Card card = FSRS.next(FSRS.next(Card.fresh(START), GOOD, START, 0.5), GOOD, START.plusSeconds(600), 0.5);
        Instant atS = card.lastReview().plus(Duration.ofDays(Math.round(card.stability())));
        double expected = Math.pow(1 + (Math.pow(0.9, -1 / 0.1542) - 1) * Math.round(card.stability()) / card.stability(), -0.1542);
        assertEquals(expected, FSRS.retrievability(card, atS), 1e-12);
        assertEquals(1.0, FSRS.retrievability(card, card.lastReview()), 1e-12);
        assertTrue(FSRS.retrievability(card, atS.plus(Duration.ofDays(30))) < 0.9);
        assertEquals(0.0, FSRS.retrievability(Card.fresh(START), START));
    }

    @Test
    void fuzzStaysWithinItsSpreadAndIsDrawnByTheCaller() {
        Fsrs fuzzy = new Fsrs(FsrsParams.DEFAULT);
        assertEquals(2, fuzzy.fuzzed(2, 0.99));
        // the spread at 100 days is 1 + 0.15 * 4.5 + 0.10 * 13 + 0.05 * 80 = 6.975: days 93 to 107
        assertEquals(93, fuzzy.fuzzed(100, 0.0));
        assertEquals(107, fuzzy.fuzzed(100, 0.9999));
        for (double draw = 0; draw < 1; draw += 0.01) {
            int days = fuzzy.fuzzed(100, draw);
            assertTrue(days >= 93 && days <= 107, "100 days fuzzed to " + days);
        }
        assertTrue(fuzzy.fuzzed(100, 0.0) < fuzzy.fuzzed(100, 0.99));
    }

    @Test
    void outcomesOfferEveryRating() {
        var outcomes = FSRS.outcomes(Card.fresh(START), START, 0.5);
        assertEquals(4, outcomes.size());
        assertEquals(Duration.ofMinutes(1), Duration.between(START, outcomes.get(AGAIN).due()));
        assertEquals(Duration.ofSeconds(330), Duration.between(START, outcomes.get(HARD).due()));
        assertEquals(Duration.ofMinutes(10), Duration.between(START, outcomes.get(GOOD).due()));
        assertEquals(Card.Phase.REVIEW, outcomes.get(Rating.EASY).phase());
    }

    @Test
    void badParametersAreAllReported() {
        List<Double> w = new ArrayList<>(FsrsParams.DEFAULT_WEIGHTS);
        w.set(7, 0.9);
        w.set(20, 0.05);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FsrsParams(w, 1.2,
                List.of(Duration.ofMinutes(1)), List.of(), 36500, false));
        assertTrue(e.getMessage().contains("w7") && e.getMessage().contains("w20") && e.getMessage().contains("retention"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FsrsParams(List.of(1.0), 0.9, List.of(), List.of(), 10, false));
    }
}
