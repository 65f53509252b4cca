package org.whoowns.tui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The one timer thread every event loop's ticks come from (one per process, however many SSH sessions run).
 * It only enqueues; created on first use, after the first frame.
 */
final class Ticks {
    private Ticks() {
    }

    static ScheduledExecutorService shared() {
        return Holder.TIMER;
    }

    private static final class Holder {
        static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "whoowns-ticks");
            t.setDaemon(true);
            return t;
        });
    }
}
