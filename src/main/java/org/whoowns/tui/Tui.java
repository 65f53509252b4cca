package org.whoowns.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import org.whoowns.classroom.Drill;
import org.whoowns.classroom.Points;
import org.whoowns.learn.DataDir;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/** Entry to the text UI: checks that a real terminal is there, runs the UI, and always restores the terminal. */
public final class Tui {
    /** The first screen: the menu, or practice straight away (`whoowns practice`). */
    public enum Start { MENU, PRACTICE, MISSES, EXAM }

    private Tui() {
    }

    /**
     * Gives the TUI a head start on the other core, and has the terminal measured meanwhile unless
     * bin/whoowns did ({@code env}: the process environment); call first, before {@link #unavailable}.
     */
    public static void warmUp(Map<String, String> env) {
        WarmUp.start(env.get(Tty.ENV) == null);
        Tty.ask(env);
    }

    /** The exit code of a session whose terminal went away (129, as for SIGHUP). */
    public static final int HUNG_UP = App.HUNG_UP;

    /** The terminal found at start-up has gone away since (see {@link Tty#hungUp}). */
    public static boolean hungUp(Map<String, String> env) {
        return Tty.hungUp(env);
    }

    /** Empty when a text terminal is usable, as the process environment {@code env} tells; otherwise the one-line reason. */
    public static Optional<String> unavailable(Map<String, String> env) {
        // bin/whoowns passes WHOOWNS_TTY only when stdin and stdout are terminals; System.console() costs ~20 ms.
        if (env.get(Tty.ENV) == null) {
            Console console = System.console();
            if (console == null || !isTerminal(console)) {
                return Optional.of("the text UI needs a terminal on stdin and stdout");
            }
        }
        String term = env.get("TERM");
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
     * (from 0) uses {@code seed + k}, with {@code count} questions; exams run as {@code exam} says; with a
     * {@code learning} (may be null), runs are dealt from and saved to that learner's progress. Drills
     * started from the menu save their results in {@code drills}; {@code env} is the process environment
     * (terminal, colours).
     */
    public static int run(Callable<Pack> load, Start start, long seed, int count, ExamSetup exam, Learning learning,
                          Path drills, Map<String, String> env) throws PackException, IOException {
        CompletableFuture<Pack> pack = new CompletableFuture<>();
        CompletableFuture<Void> menuDrawn = new CompletableFuture<>();
        return session(pack, menuDrawn, () -> startLoading(load, pack, menuDrawn), seed, count, exam, learning, true,
                drills, env, app -> app.openOnLoad(start));
    }

    /**
     * A hot-seat drill (`whoowns drill`) on the pack already loaded: {@code players} take turns (asked for
     * first when empty); {@code newCode} shows the code large for the board; results are saved in
     * {@code drills}. Esc leads to the menu.
     */
    public static int drill(Pack pack, Drill drill, Points points, List<String> players, boolean newCode,
                            ExamSetup exam, Path drills, Map<String, String> env) throws PackException, IOException {
        return session(CompletableFuture.completedFuture(pack), new CompletableFuture<>(), () -> { }, 0,
                drill.questions().size(), exam, null, false, drills, env,
                app -> app.show(new DrillView(app, drill, points, players, newCode, drills, Clock.systemUTC())));
    }

    /**
     * {@code menuFirst}: the session opens on the menu, so its first frame can be written before Lanterna starts.
     * SIGINT, SIGTERM and SIGHUP end it as Ctrl-C does ({@link SignalStop}); a closed terminal ends it with
     * {@link App#HUNG_UP}.
     */
    private static int session(CompletableFuture<Pack> pack, CompletableFuture<Void> menuDrawn,
                               Runnable afterFirstFrame, long seed, int count,
                               ExamSetup exam, Learning learning, boolean menuFirst, Path drills,
                               Map<String, String> env, Consumer<App> setup) throws PackException, IOException {
        try (SignalStop stop = SignalStop.install(SignalStop.WAIT)) {
            if (stop.signalled()) {
                return App.INTERRUPTED; // stopped before it began: the terminal is left as it is
            }
            Palette palette = Palette.from(env);
            Optional<Tty> tty = Tty.find(env);
            boolean shown = false;
            FastUnixTerminal terminal;
            try {
                shown = menuFirst && tty.isPresent() && showFirstFrame(tty.get(), palette, count, learning != null);
                if (shown) {
                    afterFirstFrame.run(); // the menu is on screen: the pack loads while Lanterna starts
                }
                terminal = tty.isPresent() ? FastUnixTerminal.open(tty.get(), shown, stop) : FastUnixTerminal.open(stop);
            } catch (IOException | RuntimeException e) {
                // raw mode and the first frame are ours to undo until Lanterna has the terminal
                if (shown) {
                    leaveFirstFrame();
                }
                tty.ifPresent(Tty::restore);
                if (e instanceof IllegalStateException && stop.stopping()) {
                    return App.INTERRUPTED; // a signal came while Lanterna was taking the terminal over
                }
                if (tty.isPresent() && Tty.gone()) {
                    return App.HUNG_UP; // the terminal closed while the program started: no error of ours
                }
                throw e;
            }
            boolean frameShown = shown;
            ErrCapture err = ErrCapture.start();
            try {
                EventLoop loop = new EventLoop(() -> {
                    if (!frameShown) {
                        StartStamp.frame();
                        afterFirstFrame.run();
                    }
                });
                loop.whenSettledDrawn(menuDrawn);
                return onTerminal(terminal, stop, loop, screen -> {
                    pack.whenComplete((p, e) -> loop.packSettled());
                    App app = new App(screen, pack, seed, count, palette, exam, learning);
                    app.drills(drills, Clock.systemUTC());
                    app.packs(DataDir.from(env, Path.of(System.getProperty("user.home"))).packs());
                    setup.accept(app);
                    return app;
                });
            } finally {
                err.close(); // after the terminal is restored, so held messages print on a sane screen
            }
        }
    }

    /** Builds the App on the started screen. */
    interface AppOnScreen {
        App build(TerminalScreen screen) throws IOException;
    }

    /**
     * Runs the App that {@code build} makes on {@code terminal} until it quits, then restores the terminal
     * (the screen stopped, the settings put back), whatever happened. Returns the App's exit code, or
     * {@link App#HUNG_UP} when the terminal went away: then the failed writes are not errors.
     */
    static int onTerminal(FastUnixTerminal terminal, SignalStop stop, EventLoop loop, AppOnScreen build)
            throws IOException, PackException {
        try {
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            try {
                terminal.addResizeListener((t, size) -> loop.resized());
                App app = build.build(screen);
                stop.attach(loop);
                try {
                    loop.run(app, terminal::readInput);
                } finally {
                    app.close();
                }
                return terminal.gone() ? App.HUNG_UP : app.exitCode();
            } finally {
                screen.stopScreen();
            }
        } catch (IOException e) {
            if (terminal.gone()) {
                return App.HUNG_UP;
            }
            throw e;
        } finally {
            terminal.close();
        }
    }

    /** Takes the {@link FirstFrame} off the terminal: the main screen back, the cursor shown. */
    private static void leaveFirstFrame() {
        try {
            FileOutputStream out = new FileOutputStream(FileDescriptor.out);
            out.write(FirstFrame.LEAVE); // not closed: that would close stdout
        } catch (IOException e) {
            // the terminal has gone away
        }
    }

    /** Writes the menu's first frame in one write, before Lanterna starts; false if it was not written. */
    private static boolean showFirstFrame(Tty tty, Palette palette, int count, boolean learner) throws IOException {
        Optional<FirstFrame> frame = FirstFrame.menu(tty.columns(), tty.rows(), palette, count, learner);
        if (frame.isEmpty()) {
            return false;
        }
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        out.write(frame.get().ansi()); // not closed: that would close stdout
        StartStamp.frame();
        return true;
    }

    /**
     * Loads the pack on a daemon thread; whatever it throws, Errors included, completes {@code pack}. Then,
     * once {@code menuDrawn} (the menu with the pack's title is on screen, or a second has passed), rehearses
     * every screen: earlier, it would take the CPU from opening the learner's files and that draw.
     */
    static void startLoading(Callable<Pack> load, CompletableFuture<Pack> pack, CompletableFuture<Void> menuDrawn) {
        Thread loader = new Thread(() -> {
            try {
                Pack loaded = load.call();
                pack.complete(loaded);
                try {
                    menuDrawn.get(1, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    // rehearse anyway: only the order of the work was at stake
                }
                rehearse(loaded);
            } catch (Throwable e) { // an Error too (OutOfMemoryError): the menu must not wait for ever
                pack.completeExceptionally(e);
            }
        }, "whoowns-pack-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** Warms every screen behind the menu; a failure here only means the first visit is slower. */
    private static void rehearse(Pack loaded) {
        try {
            Rehearsal.run(loaded, Palette.from(Map.of()));
        } catch (IOException | RuntimeException e) {
            // nothing to report: the real screens will do the same work when first opened
        }
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
