package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.whoowns.pack.PackException;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Runs an {@link App} on one thread, woken only by events: keys from a reader thread that blocks on the
 * terminal, resizes from Lanterna's SIGWINCH thread, and the pack finishing to load. Those threads only
 * enqueue; all handling and drawing happen here, so the screen is touched by one thread.
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

    private record Tick() implements Event {
    }

    private record PackSettled() implements Event {
    }

    private record InputFailed(Exception error) implements Event {
    }

    private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
    private final Runnable afterFirstFrame;

    EventLoop() {
        this(() -> { });
    }

    /** {@code afterFirstFrame} runs once the first frame is on screen: the place for work that can wait. */
    EventLoop(Runnable afterFirstFrame) {
        this.afterFirstFrame = afterFirstFrame;
    }

    /** Called from Lanterna's resize thread: only wakes the loop, which applies the new size. */
    void resized() {
        queue.add(new Redraw());
    }

    /** Called from a timer thread: only wakes the loop, which lets the view look at its clock. */
    void tick() {
        queue.add(new Tick());
    }

    void packSettled() {
        queue.add(new PackSettled());
    }

    /** Draws, then handles events until the app quits. Returns early (quitting) if interrupted. */
    void run(App app, Input input) throws IOException, PackException {
        app.draw();
        afterFirstFrame.run();
        Thread reader = new Thread(() -> read(input), "whoowns-input");
        reader.setDaemon(true); // it blocks in read() until a key comes; it must not keep the JVM alive
        reader.start();
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
            boolean packSettled = false;
            while (event != null && app.running()) {
                handle(app, event);
                packSettled |= event instanceof PackSettled;
                event = queue.poll();
            }
            if (app.running()) {
                app.draw();
                stamp(app, firstKey, packSettled);
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

    private static void handle(App app, Event event) throws IOException, PackException {
        if (event instanceof Key key) {
            app.handle(key.stroke());
        } else if (event instanceof Tick) {
            app.tick();
        } else if (event instanceof PackSettled) {
            app.packSettled();
        } else if (event instanceof InputFailed failed) {
            if (failed.error() instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) failed.error();
        } // Redraw: nothing to handle; the loop draws at the new size.
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
