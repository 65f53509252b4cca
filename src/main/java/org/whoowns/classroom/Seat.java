package org.whoowns.classroom;

/**
 * A session's place in the room. A rejoin gets a new id, so the old session of the same player (still closing)
 * can no longer answer or drop the new one.
 */
public record Seat(String name, long id) {
}
