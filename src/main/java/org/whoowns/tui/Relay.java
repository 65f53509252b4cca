package org.whoowns.tui;

import org.whoowns.classroom.RoomListener;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Hands a room's events to the students' screens on one thread of its own, in the order the room sent them.
 * The room calls its listeners under its lock; posting straight to 200 loops from there woke 200 draw threads
 * while the lock was held, so on 2 cores the thread that opened or closed a question (often a student whose
 * answer closed it, its acknowledgement still to draw) lost its core to them and every other answer queued on
 * the lock: 60-400 ms. Queued here, the room's caller wakes at most this one thread and returns at once.
 */
final class Relay implements AutoCloseable {

    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Thread thread = new Thread(this::run, "whoowns-room-relay");

    Relay() {
        thread.setDaemon(true);
        thread.start();
    }

    /** A listener for the room that queues its events for {@code loop}; it never blocks the room. */
    RoomListener to(EventLoop loop) {
        return event -> queue.add(() -> loop.post(event));
    }

    /** Stops {@code loop} once the events queued for it before have been handed on. */
    void stop(EventLoop loop) {
        queue.add(loop::stop);
    }

    private void run() {
        try {
            while (true) {
                queue.take().run();
            }
        } catch (InterruptedException e) {
            // closed: the screens are stopping
        }
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
