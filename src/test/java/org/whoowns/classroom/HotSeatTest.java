package org.whoowns.classroom;

import org.junit.jupiter.api.Test;
import org.whoowns.TestClock;
import org.whoowns.pack.TestPacks;
import org.whoowns.quiz.Question;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HotSeatTest {
    private final TestClock clock = new TestClock();
    private final Drill drill = Drill.deal(TestPacks.shipped(), DrillCode.parse("K7Q2M"), 2);

    @Test
    void eachTurnIsTimedFromItsOwnStartAndTheRankingIsFull() {
        HotSeat seat = new HotSeat(drill, new Points(Duration.ofSeconds(20), true), clock, List.of("Ann", "Bo", "Cy"));
        Question q = seat.question();
        assertEquals("Ann", seat.player());
        seat.begin();
        clock.advance(Duration.ofSeconds(5)); // 1000 × (1 − 5/20/2) = 875
        assertEquals(875, seat.answer(Set.copyOf(q.answer())).points());
        clock.advance(Duration.ofSeconds(60)); // Bo's clock starts only at his turn
        assertEquals("Bo", seat.player());
        seat.begin();
        clock.advance(Duration.ofSeconds(20));
        assertEquals(500, seat.answer(Set.copyOf(q.answer())).points());
        seat.begin();
        clock.advance(Duration.ofSeconds(21));
        Answer late = seat.answer(Set.copyOf(q.answer()));
        assertEquals(0, late.points(), "past the deadline");
        assertTrue(seat.roundOver());
        assertFalse(seat.finished());
        assertEquals(List.of("Ann", "Bo", "Cy"), List.copyOf(seat.round().keySet()));

        seat.nextRound();
        Question q2 = seat.question();
        int wrong = wrongPick(q2);
        for (int i = 0; i < 3; i++) {
            seat.begin();
            seat.answer(i == 2 ? Set.of() : Set.of(wrong)); // Cy lets the time run out
        }
        assertTrue(seat.finished());
        List<Standing> table = seat.standings();
        assertEquals(List.of("Ann", "Bo", "Cy"), table.stream().map(Standing::name).toList());
        assertEquals(List.of(1, 2, 3), table.stream().map(Standing::rank).toList());
        List<ResultRow> rows = seat.rows();
        assertEquals(6, rows.size());
        assertFalse(rows.get(5).answered(), "time up is no answer");
    }

    @Test
    void speedOffGivesAFlatThousand() {
        HotSeat seat = new HotSeat(drill, new Points(Duration.ofSeconds(20), false), clock, List.of("Ann"));
        seat.begin();
        clock.advance(Duration.ofSeconds(19));
        assertEquals(1000, seat.answer(Set.copyOf(seat.question().answer())).points());
    }

    @Test
    void badPlayerListsAreRefusedWithAReason() {
        Points p = new Points(Duration.ofSeconds(20), true);
        assertThrows(IllegalArgumentException.class, () -> new HotSeat(drill, p, clock, List.of()));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> new HotSeat(drill, p, clock, List.of("Ann", "ANN")));
        assertTrue(twice.getMessage().contains("named twice"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HotSeat(drill, p, clock, List.of("\u001b[2J")));
        HotSeat seat = new HotSeat(drill, p, clock, List.of("Ann"));
        assertThrows(IllegalStateException.class, () -> seat.answer(Set.of(0)), "no turn begun");
    }

    private static int wrongPick(Question q) {
        for (int i = 0; i < q.choices().size(); i++) {
            if (!q.answer().contains(i)) {
                return i;
            }
        }
        throw new AssertionError("no wrong choice");
    }
}
