package org.whoowns.classroom;

import java.util.Optional;

/** The outcome of asking to join a room. */
public sealed interface Join {

    /**
     * In the room; {@code open} is the question to play at once when joining late, and {@code answered} the
     * player's answer to it when they gave one before their connection dropped (so it is not asked again).
     */
    record Seated(Seat seat, boolean rejoined, Optional<RoomEvent.QuestionOpened> open, Optional<Answer> answered)
            implements Join {
    }

    /** Not admitted; {@code reason} is one line to show, after which the session may ask again. */
    record Refused(String reason) implements Join {
    }
}
