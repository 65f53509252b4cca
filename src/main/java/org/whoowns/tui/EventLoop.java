package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.whoowns.classroom.RoomEvent;
import org.whoowns.pack.PackException;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an {@link App} on one thread, woken only by events: keys from a reader thread that blocks on the
 * terminal, resizes from Lanterna's SIGWINCH thread (or an SSH channel's), the pack finishing to load,
 * timer ticks, a drill room's events and a stop request. Those threads only enqueue; all handling and
 * drawing happen here, so the screen is touched by one thread. A tick that changes nothing on screen
 * draws nothing.
 */
final class EventLoop {
    /** The source of key strokes; blocks until one arrives. */
    interface Input {
        KeyStroke read() throws IOException;
    }

    private sealed interface Event {
    }

    /** A key and the moment (System.nanoTime) it was read. */
    private record Key(KeyStroke stroke, long read) implements Event {
    }

    private record Redraw() implements Event {
    }

    private record PackSettled() implements Event {
    }

    private record InputFailed(Exception error) implements Event {
    }

    private record Tick() implements Event {
    }

    private record FromRoom(RoomEvent event) implements Event {
    }

    private record Stop() implements Event {
    }

    private record Interrupt() implements Event {
    }

    private static final Tick TICK = new Tick();
    /** How often a ticking loop looks at the clock: often enough for a countdown in whole seconds. */
    static final long TICK_MILLIS = 250;

    private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
    private final Runnable afterFirstFrame;
    private final boolean ticking;
    private CompletableFuture<Void> settledDrawn = new CompletableFuture<>();

    EventLoop() {
        this(() -> { });
    }

    /**
     * {@code afterFirstFrame} runs once the first frame is on screen: the place for work that can wait. The
     * loop ticks itself every {@value #TICK_MILLIS} ms.
     */
    EventLoop(Runnable afterFirstFrame) {
        this(afterFirstFrame, true);
    }

    /** Not {@code ticking}: ticks come only through {@link #tick()} (a server ticks its sessions as needed). */
    EventLoop(Runnable afterFirstFrame, boolean ticking) {
        this.afterFirstFrame = afterFirstFrame;
        this.ticking = ticking;
    }

    /** The clock moved on: the view may redraw a countdown. */
    void tick() {
        queue.add(TICK);
    }

    /** Called from Lanterna's resize thread: only wakes the loop, which applies the new size. */
    void resized() {
        queue.add(new Redraw());
    }

    /** {@code done} completes once the screen has been drawn after the pack settled, or the loop has ended. */
    void whenSettledDrawn(CompletableFuture<Void> done) {
        settledDrawn = done;
    }

    void packSettled() {
        queue.add(new PackSettled());
    }

    /** A drill room's event, from whichever thread the room runs on: only queued here. */
    void post(RoomEvent event) {
        queue.add(new FromRoom(event));
    }

    /** Ends the loop as if the user had quit (the server is stopping). */
    void stop() {
        queue.add(new Stop());
    }

    /** Ends the loop as Ctrl-C does, after the event being handled (a signal, from a shutdown hook). */
    void interrupt() {
        queue.add(new Interrupt());
    }

    /** Draws, then handles events until the app quits. Returns early (quitting) if interrupted. */
    void run(App app, Input input) throws IOException, PackException {
        app.draw();
        afterFirstFrame.run();
        Thread reader = new Thread(() -> read(input), "whoowns-input");
        reader.setDaemon(true); // it blocks in read() until a key comes; it must not keep the JVM alive
        reader.start();
        ScheduledFuture<?> ticks = ticking ? Ticks.shared().scheduleAtFixedRate(this::tick, TICK_MILLIS,
                TICK_MILLIS, TimeUnit.MILLISECONDS) : null;
        try {
            while (app.running()) {
                Event event;
                try {
                    event = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                // Handle everything already queued before drawing once: key repeat and resize storms stay cheap.
                long firstKey = event instanceof Key key ? key.read() : 0;
                boolean changed = false;
                boolean packSettled = false;
                while (event != null && app.running()) {
                    changed |= handle(app, event);
                    packSettled |= event instanceof PackSettled;
                    event = queue.poll();
                }
                if (app.running() && changed) {
                    app.draw();
                    stamp(app, firstKey, packSettled);
                }
                if (packSettled) {
                    settledDrawn.complete(null);
                }
            }
        } finally {
            settledDrawn.complete(null);
            if (ticks != null) {
                ticks.cancel(false);
            }
        }
    }

    /** For the benchmark: key press to redrawn screen, and the menu complete with the pack's title. */
    private static void stamp(App app, long firstKey, boolean packSettled) {
        if (firstKey != 0 && StartStamp.enabled()) {
            StartStamp.key(System.nanoTime() - firstKey, app.screenName());
        }
        if (packSettled) {
            StartStamp.menu();
        }
    }

    /** Handles one event; false when nothing on screen can have changed. */
    private static boolean handle(App app, Event event) throws IOException, PackException {
        if (event instanceof Tick) {
            return app.tick();
        }
        if (event instanceof Key key) {
            app.handle(key.stroke());
        } else if (event instanceof PackSettled) {
            app.packSettled();
        } else if (event instanceof FromRoom room) {
            app.room(room.event());
        } else if (event instanceof Stop) {
            app.quit();
        } else if (event instanceof Interrupt) {
            app.interrupt();
        } else if (event instanceof InputFailed failed) {
            if (failed.error() instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) failed.error();
        } // Redraw: nothing to handle; the loop draws at the new size.
        return true;
    }

    private void read(Input input) {
        try {
            while (true) {
                KeyStroke key = input.read();
                if (key != null) {
                    queue.add(new Key(key, System.nanoTime()));
                    if (key.getKeyType() == KeyType.EOF) {
                        return;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            queue.add(new InputFailed(e));
        }
    }
}
