package org.whoowns.learn;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How an answer becomes ratings: wrong is Again, right but slower than {@code slow} is Hard, right is Good.
 * A question that tests several items rates each by its own part of the answer.
 */
public record Grading(Duration slow) {
    public static final Grading DEFAULT = new Grading(Duration.ofSeconds(20));

    public Grading {
        if (slow.isNegative() || slow.isZero()) {
            throw new IllegalArgumentException("the slow-answer threshold must be positive: " + slow);
        }
    }

    public Rating rate(boolean right, long millis) {
        if (!right) {
            return Rating.AGAIN;
        }
        return millis > slow.toMillis() ? Rating.HARD : Rating.GOOD;
    }

    /** One review per item of the question, {@code rightByItem} saying whether that item's part was right. */
    public List<Review> reviews(Map<String, Boolean> rightByItem, long millis, Instant at) {
        List<Review> reviews = new ArrayList<>(rightByItem.size());
        rightByItem.forEach((item, right) -> reviews.add(new Review(item, rate(right, millis), at, millis)));
        return reviews;
    }
}
