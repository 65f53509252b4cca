package org.whoowns.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;

import org.whoowns.learn.DataDir;
import org.whoowns.learn.ExamRecorder;
import org.whoowns.learn.Learner;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The App on a Lanterna virtual terminal, pumped by hand: each key is handled and the frame drawn on the
 * test thread, so tests need no sleeps and see exactly what a user would.
 */
final class Harness {
    static final long SEED = 1;
    static final int COUNT = 5;
    /** The palette with colour on (no NO_COLOR). */
    static final Palette COLOUR = Palette.from(Map.of());

    final DefaultVirtualTerminal terminal;
    final App app;

    Harness(Pack pack) {
        this(CompletableFuture.completedFuture(pack), Harness.COLOUR, SEED, COUNT);
    }

    Harness(CompletableFuture<Pack> pack, Palette palette, long seed, int count) {
        this(pack, palette, seed, count, new DefaultVirtualTerminal(new TerminalSize(80, 24)));
    }

    Harness(CompletableFuture<Pack> pack, Palette palette, long seed, int count, DefaultVirtualTerminal terminal) {
        this(pack, palette, seed, count, terminal, exams(), null);
    }

    Harness(Pack pack, ExamSetup exams) {
        this(CompletableFuture.completedFuture(pack), COLOUR, SEED, COUNT, new DefaultVirtualTerminal(new TerminalSize(80, 24)), exams,
                null);
    }

    /** With a learner whose progress opens as the (already loaded) pack settles. */
    Harness(Pack pack, Learning learning) {
        this(CompletableFuture.completedFuture(pack), Harness.COLOUR, SEED, COUNT, new DefaultVirtualTerminal(new TerminalSize(80, 24)),
                exams(), learning);
    }

    /** With a learner, the pack loaded but its PackSettled event not handled yet: a key may come first. */
    static Harness beforeSettling(Pack pack, Learning learning) {
        return new Harness(CompletableFuture.completedFuture(pack), Harness.COLOUR, SEED, COUNT,
                new DefaultVirtualTerminal(new TerminalSize(80, 24)), exams(), learning, false);
    }

    private Harness(CompletableFuture<Pack> pack, Palette palette, long seed, int count, DefaultVirtualTerminal terminal,
                    ExamSetup exams, Learning learning) {
        this(pack, palette, seed, count, terminal, exams, learning, true);
    }

    private Harness(CompletableFuture<Pack> pack, Palette palette, long seed, int count, DefaultVirtualTerminal terminal,
                    ExamSetup exams, Learning learning, boolean settle) {
        this.terminal = terminal;
        try {
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            app = new App(screen, pack, seed, count, palette, exams, learning);
            if (learning != null && settle) {
                app.packSettled();
            }
            app.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PackException e) {
            throw new AssertionError(e);
        }
    }

    /** Exams of 20 questions, pass mark 80, untimed, recorded (only if one is taken) under the temp dir. */
    static ExamSetup exams() {
        return exams(Path.of(System.getProperty("java.io.tmpdir"), "whoowns-tui-" + ProcessHandle.current().pid()), 20,
                Optional.empty(), Clock.systemUTC());
    }

    static ExamSetup exams(Path home, int count, Optional<Duration> limit, Clock clock) {
        return new ExamSetup(count, 80, limit, clock, (pack, seed) -> new ExamRecorder(new ExamRecorder.Sitting(
                new DataDir(home), new Learner("tester"), pack, "https://whoowns.invalid/exam/" + pack.id(), "test", seed)));
    }

    static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    static KeyStroke key(KeyType type) {
        return new KeyStroke(type);
    }

    Harness press(KeyStroke... keys) {
        for (KeyStroke key : keys) {
            try {
                app.handle(key);
                app.draw();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (PackException e) {
                throw new AssertionError(e);
            }
        }
        return this;
    }

    /** Types plain characters, e.g. "p" or "13". */
    Harness type(String chars) {
        for (char c : chars.toCharArray()) {
            press(key(c));
        }
        return this;
    }

    Harness resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        try {
            app.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    TextCharacter at(int column, int row) {
        return terminal.getCharacter(column, row);
    }

    /**
     * The row as the user reads it: a wide character once (not again for its padding cell), and no pad mark
     * (see WidePad), so {@code TerminalText.width} of a prefix is the screen column after it.
     */
    String row(int row) {
        StringBuilder sb = new StringBuilder();
        int columns = terminal.getTerminalSize().getColumns();
        for (int c = 0; c < columns; c++) {
            TextCharacter cell = at(c, row);
            if (cell.getCharacter() != WidePad.MARK) {
                sb.append(cell.getCharacterString());
            }
            if (cell.isDoubleWidth()) {
                c++;
            }
        }
        return sb.toString();
    }

    List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < terminal.getTerminalSize().getRows(); r++) {
            rows.add(row(r));
        }
        return rows;
    }

    /** The whole screen, one line per row, trailing spaces trimmed. */
    String text() {
        StringBuilder sb = new StringBuilder();
        rows().forEach(r -> sb.append(r.stripTrailing()).append('\n'));
        return sb.toString();
    }

    /** Screen rows with their text, for every page of a scrolling body: Home, then PgDn until nothing is below. */
    List<String> allPages() {
        press(key(KeyType.Home));
        List<String> seen = new ArrayList<>(rows());
        for (int page = 0; page < 50 && belowMore(); page++) {
            press(key(KeyType.PageDown));
            seen.addAll(rows());
        }
        return seen;
    }

    String allText() {
        StringBuilder sb = new StringBuilder();
        allPages().forEach(r -> sb.append(r.stripTrailing()).append('\n'));
        return sb.toString();
    }

    /** The row holding {@code text}, or -1. */
    int find(String text) {
        List<String> rows = rows();
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).contains(text)) {
                return r;
            }
        }
        return -1;
    }

    private boolean belowMore() {
        String rule = row(terminal.getTerminalSize().getRows() - 2);
        return rule.contains("more ↓") || rule.contains("more ↑↓");
    }
}
