package org.whoowns.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import org.whoowns.learn.Deal;
import org.whoowns.learn.ExamPaper;
import org.whoowns.learn.ExamSession;
import org.whoowns.learn.Fsrs;
import org.whoowns.learn.FsrsParams;
import org.whoowns.learn.Progress;
import org.whoowns.learn.ProgressReport;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.pack.PackLoader;
import org.whoowns.quiz.Grader;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Every screen opened once on an invisible virtual terminal, so that the first real visit costs what a
 * later one does (issue 15: no slow first step). The TUI runs it behind the menu on the second core once
 * the pack has loaded; {@code bin/whoowns} runs {@link #forArchive} once per jar to record the classes it loads
 * in a class-data archive. Only screens are opened and answers given in memory: nothing is saved.
 */
public final class Rehearsal {
    private static final TerminalSize SIZE = new TerminalSize(80, 24);

    private Rehearsal() {
    }

    /**
     * The TUI's part of the class-data training run ({@code org.whoowns.Training}): the first frame, the
     * shipped pack through every screen, then the classes of the real terminal loaded but not started.
     */
    public static void forArchive() throws Exception {
        Palette palette = Palette.from(Map.of());
        FirstFrame.menu(SIZE.getColumns(), SIZE.getRows(), palette, 10, true).map(FirstFrame::ansi);
        Tty.parse("500:5:bf:8a3b:3:1c:7f:15:4:0:1:0:11:13:1a:0:12:f:17:16:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0:0\n24 80",
                CompletableFuture.completedFuture(null));
        run(PackLoader.loadDefault(), palette);
        for (String name : new String[] {"org.whoowns.tui.FastUnixTerminal", "org.whoowns.tui.EventLoop",
                "org.whoowns.tui.ErrCapture", "org.whoowns.tui.StartStamp", "org.whoowns.tui.SignalStop",
                "org.whoowns.tui.HangUp", "com.googlecode.lanterna.terminal.ansi.UnixTerminal"}) {
            Class.forName(name, false, Rehearsal.class.getClassLoader());
        }
    }

    /**
     * Opens Study, Practice (a question answered, the next one shown), the Progress screen, the drill's code
     * screen and an exam (questions answered) with {@code pack}, each in memory: nothing is saved.
     */
    static void run(Pack pack, Palette palette) throws IOException {
        try {
            rehearse(pack, palette, app -> app.handle(key('s')), new KeyStroke(KeyType.ArrowDown),
                    new KeyStroke(KeyType.ArrowRight));
            rehearse(pack, palette, app -> app.handle(key('p')), key('1'), new KeyStroke(KeyType.Enter),
                    new KeyStroke(KeyType.Enter));
            // a learner's first run is dealt from progress (FSRS, the adaptive deal, a matrix-fill)
            Progress empty = Progress.empty("rehearsal", pack.id(), new Fsrs(FsrsParams.DEFAULT));
            Deal.adaptive(pack, empty, Instant.now(), 1, 10);
            // the progress and exam screens as the menu opens them, without the learner's files behind them
            ZoneId zone = ZoneId.systemDefault();
            rehearse(pack, palette, app -> app.show(new ProgressView(app, pack, "rehearsal", ProgressReport.of(empty,
                    pack.cells().stream().map(Cell::id).toList(), Instant.now(), zone), zone)));
            // the drill's code comes from SecureRandom, whose first use loads the security providers
            rehearse(pack, palette, app -> app.handle(key('d')), new KeyStroke(KeyType.Escape));
            // last: a pack too small for an exam throws here, and only this rehearsal is lost
            rehearse(pack, palette, app -> app.show(new ExamView(app, pack, new ExamSession(ExamPaper.of(pack, 1,
                    ExamPaper.DEFAULT_COUNT), Clock.systemUTC(), Optional.empty(), Grader.STRICT, 80))),
                    key('1'), key('2'), new KeyStroke(KeyType.ArrowLeft), key('m'), key('l'));
        } catch (PackException e) {
            throw new IllegalStateException("a loaded pack was refused", e);
        }
    }

    @FunctionalInterface
    private interface Opening {
        void open(App app) throws IOException, PackException;
    }

    private static void rehearse(Pack pack, Palette palette, Opening open, KeyStroke... keys)
            throws IOException, PackException {
        TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(SIZE));
        screen.startScreen();
        App app = new App(screen, CompletableFuture.completedFuture(pack), 1, 10, palette, ExamSetup.NONE);
        app.draw();
        open.open(app);
        app.draw();
        for (KeyStroke key : keys) {
            app.handle(key);
            app.draw();
        }
    }

    private static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }
}
