package org.whoowns.tui;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ends a session on this terminal in order when the process is told to stop. SIGINT, SIGTERM and SIGHUP (also
 * what a closed terminal window sends) make the JVM run its shutdown hooks and then halt; without this, the
 * session's own clean-up never ran: a drill's last answers went unsaved, a classroom's students were cut off
 * in the drill's screen, a file being replaced was left half-written beside the old one. This hook hands the
 * session a Ctrl-C, as if the user had pressed it, and holds the JVM until the session has finished (saved,
 * restored the terminal, told the students), for at most its {@code wait}. Lanterna's own restoring hook
 * waits here too ({@link FastUnixTerminal}), so it never pulls the terminal out from under the last frame.
 * The JVM then exits with 128 + the signal's number: 130 (INT), 143 (TERM), 129 (HUP).
 */
public final class SignalStop implements AutoCloseable {
    /** Long enough for the slowest clean-up, serve's (it gives its students 3 s to leave). */
    public static final Duration WAIT = Duration.ofSeconds(5);

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Duration wait;
    private final Thread hook;
    private volatile boolean signalled;
    private volatile EventLoop loop;

    private SignalStop(Duration wait) {
        this.wait = wait;
        this.hook = new Thread(this::signal, "whoowns-signal-stop");
    }

    /** Registers the hook; if the JVM is already shutting down, the stop is {@link #signalled()} at once. */
    public static SignalStop install(Duration wait) {
        SignalStop stop = new SignalStop(wait);
        try {
            Runtime.getRuntime().addShutdownHook(stop.hook);
        } catch (IllegalStateException e) {
            stop.signalled = true; // a signal came before the session began: it must not take the terminal
        }
        return stop;
    }

    /** True once the process has been told to stop: a session not yet started must not start. */
    public boolean signalled() {
        return signalled;
    }

    /**
     * True when the JVM is shutting down, even before this hook has begun to run: then registering a hook
     * (Lanterna does, while taking the terminal over) fails, and that failure only means "stopped".
     */
    public boolean stopping() {
        if (signalled) {
            return true;
        }
        Thread probe = new Thread(() -> { }, "whoowns-shutdown-probe");
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** The session's loop: a signal stops it as Ctrl-C would; one that came before it existed stops it now. */
    void attach(EventLoop running) {
        loop = running;
        if (signalled) {
            running.interrupt();
        }
    }

    /** The hook's work (package-private for tests): stop the loop, then wait for the session to finish. */
    void signal() {
        signalled = true;
        EventLoop running = loop;
        if (running != null) {
            running.interrupt();
        }
        awaitFinished();
    }

    /** Waits until the session has finished, at most {@code wait}; at once when it has. */
    void awaitFinished() {
        try {
            finished.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean finished() {
        return finished.getCount() == 0;
    }

    /**
     * The session has finished: a signal from now on has nothing to wait for. If a signal is ending the JVM,
     * this thread waits here for the halt: the exit code is the signal's (128 + its number), and a code this
     * thread returned to System.exit could race it and win (seen: 130 after a SIGTERM).
     */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook is running and returns now that the session has finished
            awaitHalt();
        }
    }

    private static void awaitHalt() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // only the halt ends this wait
            }
        }
    }
}
