package org.whoowns.classroom.ssh;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many drill sessions the server runs: at most {@code max} in all and one per SSH connection. MINA's own
 * session limit counts per user name, which here is the room code, and its channel limit lets one connection
 * over by one (ssh-classroom.md §3), so the count lives here.
 */
final class Admission {
    private final int max;
    private final Set<Object> connections = ConcurrentHashMap.newKeySet();

    Admission(int max) {
        this.max = max;
    }

    /** Admits a session of this connection, or refuses it (room full, or the connection has one). */
    synchronized boolean enter(Object connection) {
        if (connections.size() >= max) {
            return false;
        }
        return connections.add(connection);
    }

    synchronized boolean isFull() {
        return connections.size() >= max;
    }

    synchronized void leave(Object connection) {
        connections.remove(connection);
    }

    synchronized int count() {
        return connections.size();
    }
}
