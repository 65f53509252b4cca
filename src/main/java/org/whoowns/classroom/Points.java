package org.whoowns.classroom;

import java.time.Duration;

/**
 * Points for one answer on the curve instructors know (notes/interop.md): a right answer earns
 * round(1000 × (1 − t/T ÷ 2)), so 1000 at once and 500 at the deadline; wrong or late earns 0. With speed off a
 * right answer in time earns a flat 1000.
 */
public record Points(Duration limit, boolean speed) {
    public static final int MAX = 1000;
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(20);

    public Points {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a question needs a time limit above zero, not " + limit);
        }
    }

    public int award(boolean right, Duration taken) {
        if (!right || taken.compareTo(limit) > 0) {
            return 0;
        }
        if (!speed) {
            return MAX;
        }
        double share = Math.max(0, taken.toNanos()) / (double) limit.toNanos();
        return (int) Math.round(MAX * (1 - share / 2));
    }
}
