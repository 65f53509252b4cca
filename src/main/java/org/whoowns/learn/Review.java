package org.whoowns.learn;

import java.time.Instant;

/** One entry of the review log, the source of truth every memory state is replayed from. */
public record Review(String item, Rating rating, Instant at, long millis) {
    public Review {
        if (item == null || item.isBlank()) {
            throw new IllegalArgumentException("a review needs an item id");
        }
        if (millis < 0) {
            throw new IllegalArgumentException("answer time cannot be negative: " + millis);
        }
    }
}
