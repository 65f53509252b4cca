package org.whoowns.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;

import java.io.Console;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/** Entry to the text UI: checks that a real terminal is there, runs the UI, and always restores the terminal. */
public final class Tui {
    /** The first screen: the menu, or practice straight away (`whoowns practice`). */
    public enum Start { MENU, PRACTICE, MISSES }

    private Tui() {
    }

    /** Gives the TUI a head start on the other core; call first, before {@link #unavailable()}. */
    public static void warmUp() {
        WarmUp.start();
    }

    /** Empty when a text terminal is usable; otherwise the one-line reason. */
    public static Optional<String> unavailable() {
        Console console = System.console();
        if (console == null || !isTerminal(console)) {
            return Optional.of("the text UI needs a terminal on stdin and stdout");
        }
        String term = System.getenv("TERM");
        if (term == null || term.isBlank() || term.equals("dumb")) {
            return Optional.of("the text UI needs a capable terminal (TERM is " + (term == null || term.isBlank()
                    ? "not set" : "dumb") + ")");
        }
        return Optional.empty();
    }

    /**
     * Runs the TUI from {@code start} until the user quits; returns the exit code: 0 after q, 130 after
     * Ctrl-C (as for SIGINT). The menu is drawn first; {@code load} reads the pack once the menu is on
     * screen, so it does not compete with start-up for the CPU; if it fails (an Error included), the terminal
     * is restored and the failure rethrown as a PackException or a one-line IOException. Practice run k
     * (from 0) uses {@code seed + k}, with {@code count} questions; with a {@code learning} (may be null), runs are
     * dealt from and saved to that learner's progress.
     */
    public static int run(Callable<Pack> load, Start start, long seed, int count, Learning learning)
            throws PackException, IOException {
        Palette palette = Palette.from(System.getenv());
        CompletableFuture<Pack> pack = new CompletableFuture<>();
        ErrCapture err = ErrCapture.start();
        try {
            FastUnixTerminal terminal = FastUnixTerminal.open();
            try {
                TerminalScreen screen = new TerminalScreen(terminal);
                screen.startScreen();
                try {
                    EventLoop loop = new EventLoop(() -> {
                        StartStamp.firstFrameDrawn();
                        startLoading(load, pack);
                    });
                    terminal.addResizeListener((t, size) -> loop.resized());
                    pack.whenComplete((p, e) -> loop.packSettled());
                    App app = new App(screen, pack, seed, count, palette, learning);
                    app.openOnLoad(start);
                    try {
                        loop.run(app, terminal::readInput);
                    } finally {
                        app.close();
                    }
                    return app.exitCode();
                } finally {
                    screen.stopScreen();
                }
            } finally {
                terminal.close();
            }
        } finally {
            err.close(); // after the terminal is restored, so held messages print on a sane screen
        }
    }

    /** Loads the pack on a daemon thread; whatever it throws, Errors included, completes {@code pack}. */
    static void startLoading(Callable<Pack> load, CompletableFuture<Pack> pack) {
        Thread loader = new Thread(() -> {
            try {
                pack.complete(load.call());
            } catch (Throwable e) { // an Error too (OutOfMemoryError): the menu must not wait for ever
                pack.completeExceptionally(e);
            }
        }, "whoowns-pack-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** JDK 22+ returns a Console even when redirected; Console.isTerminal() (by reflection on 17) tells. */
    private static boolean isTerminal(Console console) {
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 17-21: a non-null console already means both streams are a terminal
        }
    }
}
