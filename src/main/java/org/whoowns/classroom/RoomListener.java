package org.whoowns.classroom;

/**
 * Receives a room's events. The room calls it while it holds its lock, so an implementation must only hand
 * the event on (enqueue it to the session's own loop) and return: never draw, write to a channel or block.
 */
@FunctionalInterface
public interface RoomListener {
    void on(RoomEvent event);
}
