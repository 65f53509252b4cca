package org.whoowns.classroom;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PointsTest {
    private final Points speed = new Points(Duration.ofSeconds(20), true);

    @Test
    void aRightAnswerEarnsFromAThousandDownToFiveHundredAtTheDeadline() {
        assertEquals(1000, speed.award(true, Duration.ZERO));
        assertEquals(750, speed.award(true, Duration.ofSeconds(10)));
        assertEquals(500, speed.award(true, Duration.ofSeconds(20)));
        assertEquals(975, speed.award(true, Duration.ofSeconds(1)));
        assertEquals(1000, speed.award(true, Duration.ofMillis(19))); // 999.525 rounds up
        assertEquals(999, speed.award(true, Duration.ofMillis(21)));  // 999.475 rounds down
        assertEquals(501, speed.award(true, Duration.ofMillis(19_960)));
    }

    @Test
    void wrongOrLateEarnsNothing() {
        assertEquals(0, speed.award(false, Duration.ZERO));
        assertEquals(0, speed.award(true, Duration.ofSeconds(20).plusNanos(1)));
        assertEquals(0, speed.award(false, Duration.ofSeconds(30)));
    }

    @Test
    void withSpeedOffEveryRightAnswerInTimeEarnsAThousand() {
        Points flat = new Points(Duration.ofSeconds(20), false);
        assertEquals(1000, flat.award(true, Duration.ZERO));
        assertEquals(1000, flat.award(true, Duration.ofSeconds(20)));
        assertEquals(0, flat.award(true, Duration.ofSeconds(21)));
        assertEquals(0, flat.award(false, Duration.ofSeconds(1)));
    }

    @Test
    void pointsNeverRiseWithTime() {
        int last = Points.MAX;
        for (long ms = 0; ms <= 20_000; ms += 7) {
            int now = speed.award(true, Duration.ofMillis(ms));
            assertEquals(true, now <= last && now >= 500, () -> "at " + now);
            last = now;
        }
    }

    @Test
    void aQuestionNeedsTime() {
        assertThrows(IllegalArgumentException.class, () -> new Points(Duration.ZERO, true));
    }
}
