package org.whoowns.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shutdown hook's side of a signal, without sending one: {@link SignalStop#signal()} is what the hook runs.
 * It ends the session's loop as Ctrl-C does and holds the JVM until the session has finished.
 */
@Timeout(10)
class SignalStopTest {
    /** Input that never comes, as from a user who has walked away; interrupted when the test ends. */
    private static final EventLoop.Input SILENT = () -> {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    };

    private static App app() throws IOException {
        TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(80, 24)));
        screen.startScreen();
        return new App(screen, CompletableFuture.completedFuture(TestPacks.shipped()), 1, 3, Harness.COLOUR, Harness.exams());
    }

    @Test
    void aSignalEndsTheLoopAsCtrlCAndWaitsUntilTheSessionHasFinished() throws Exception {
        App app = app();
        EventLoop loop = new EventLoop();
        try (SignalStop stop = SignalStop.install(Duration.ofSeconds(5))) {
            stop.attach(loop);
            Thread session = new Thread(() -> {
                try {
                    loop.run(app, SILENT);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            session.start();
            CountDownLatch hookDone = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                stop.signal();
                hookDone.countDown();
            });
            hook.start();
            session.join(5_000);
            assertFalse(session.isAlive(), "the loop ended");
            assertFalse(app.running());
            assertEquals(App.INTERRUPTED, app.exitCode(), "as after Ctrl-C");
            assertTrue(stop.signalled());
            assertFalse(hookDone.await(100, TimeUnit.MILLISECONDS), "the hook waits while the session cleans up");
            stop.close(); // the session has saved and restored the terminal
            assertTrue(hookDone.await(2, TimeUnit.SECONDS), "then the JVM may go");
        }
    }

    @Test
    void aSignalBeforeTheLoopExistsStopsItAsSoonAsItIsAttached() throws Exception {
        App app = app();
        try (SignalStop stop = SignalStop.install(Duration.ofMillis(200))) {
            Thread hook = new Thread(stop::signal);
            hook.start();
            while (!stop.signalled()) {
                Thread.onSpinWait();
            }
            EventLoop loop = new EventLoop();
            stop.attach(loop);
            loop.run(app, SILENT); // returns: the signal is already queued
            assertEquals(App.INTERRUPTED, app.exitCode());
            hook.join(2_000);
            assertFalse(hook.isAlive(), "a session that never finishes holds the JVM no longer than the wait");
        }
    }

    @Test
    void withoutASignalNothingIsStopped() throws Exception {
        try (SignalStop stop = SignalStop.install(Duration.ofSeconds(5))) {
            assertFalse(stop.signalled());
            assertFalse(stop.stopping(), "the JVM is not shutting down");
            App app = app();
            EventLoop loop = new EventLoop();
            stop.attach(loop);
            loop.stop();
            loop.run(app, SILENT);
            assertEquals(0, app.exitCode(), "quit, not interrupted");
        }
    }
}
