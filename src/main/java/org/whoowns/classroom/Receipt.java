package org.whoowns.classroom;

/** What a room says to an answer. */
public sealed interface Receipt {

    record Recorded(Answer answer) implements Receipt {
    }

    /** Not recorded; {@code reason} is one line to show. */
    record Refused(String reason) implements Receipt {
    }
}
