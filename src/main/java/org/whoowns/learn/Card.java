package org.whoowns.learn;

import java.time.Instant;

/**
 * The memory state of one item: stability S (days until recall falls to 90 %), difficulty D in [1, 10],
 * the learning step, when it was last reviewed and when it is due. A card with no reviews is new; its S and
 * D are unset (0) until the first rating.
 */
public record Card(Phase phase, int step, double stability, double difficulty, Instant lastReview, Instant due,
                   int reviews, Rating lastRating) {

    /** Learning and Relearning walk through short steps; Review is scheduled in days. */
    public enum Phase { LEARNING, REVIEW, RELEARNING }

    public static Card fresh(Instant now) {
        return new Card(Phase.LEARNING, 0, 0, 0, null, now, 0, null);
    }

    public boolean isNew() {
        return reviews == 0;
    }

    public boolean isDue(Instant now) {
        return !due.isAfter(now);
    }
}
