package org.whoowns.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.quiz.Grader;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.QuizSession;
import org.whoowns.quiz.Summary;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The TUI without its terminal: the current view, the keys every view shares (q and Ctrl-C quit), the
 * too-small guard, and drawing into a Lanterna {@link Screen}. Tests drive it on a virtual terminal;
 * {@link EventLoop} drives it on a real one.
 */
final class App implements Nav {
    private final Screen screen;
    private final CompletableFuture<Pack> pack;
    private final long seed;
    private final int count;
    private final Palette palette;
    private final MenuView menu;
    private View view;
    private int runs;
    private boolean running = true;
    private boolean fullRedraw = true;
    private boolean practiceOnLoad;

    App(Screen screen, CompletableFuture<Pack> pack, long seed, int count, Palette palette) {
        this.screen = screen;
        this.pack = pack;
        this.seed = seed;
        this.count = count;
        this.palette = palette;
        this.menu = new MenuView(this, this::loaded, count);
        this.view = menu;
    }

    boolean running() {
        return running;
    }

    void handle(KeyStroke key) throws PackException, IOException {
        if (key.getKeyType() == KeyType.EOF || Keys.isCtrlC(key) || Keys.is(key, 'q')) {
            quit();
        } else if (key.getKeyType() == KeyType.Character && key.isAltDown() && !key.isCtrlDown()) {
            // Esc then a key typed quickly arrives as Alt+key (one read, or tmux's Meta); mean both keys.
            handle(new KeyStroke(KeyType.Escape));
            if (running) {
                handle(new KeyStroke(key.getCharacter(), false, false));
            }
        } else if (!tooSmall()) {
            view.handle(key);
        }
    }

    /** Opens practice as soon as the pack has loaded (`whoowns practice`), unless the user has moved on. */
    void openPracticeOnLoad() {
        practiceOnLoad = true;
    }

    /** The pack future has completed: a failure ends the TUI now rather than at the next screen change. */
    void packSettled() throws PackException, IOException {
        if (pack.isCompletedExceptionally()) {
            settled();
        } else if (practiceOnLoad) {
            practiceOnLoad = false;
            if (view == menu) {
                practice();
            }
        }
    }

    void draw() throws IOException {
        TerminalSize size = size();
        TextGraphics graphics = screen.newTextGraphics();
        graphics.setForegroundColor(TextColor.ANSI.DEFAULT);
        graphics.setBackgroundColor(TextColor.ANSI.DEFAULT);
        graphics.fill(' '); // not clear(): that would force a full repaint each frame
        Canvas canvas = new Canvas(graphics, palette, size);
        if (TooSmallView.tooSmall(size.getColumns(), size.getRows())) {
            TooSmallView.draw(canvas);
        } else {
            view.draw(canvas);
        }
        screen.setCursorPosition(null);
        screen.refresh(fullRedraw ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        fullRedraw = false;
    }

    @Override
    public void menu() {
        view = menu;
    }

    @Override
    public void study() throws PackException, IOException {
        view = new StudyView(this, pack());
    }

    @Override
    public void practice() throws PackException, IOException {
        Pack loaded = pack();
        List<Question> questions = PracticeDeck.deal(loaded, seed + runs, count);
        if (questions.isEmpty()) {
            menu.notice("This pack has no questions to practise.");
            return;
        }
        runs++;
        view = new PracticeView(this, loaded, new QuizSession(loaded, questions, Grader.PRACTICE));
    }

    @Override
    public void summary(Summary summary) {
        view = new SummaryView(this, loaded().map(Pack::title).orElse(""), summary);
    }

    @Override
    public void quit() {
        running = false;
    }

    private boolean tooSmall() {
        TerminalSize size = size();
        return TooSmallView.tooSmall(size.getColumns(), size.getRows());
    }

    /** The screen's size, after applying a pending resize. */
    private TerminalSize size() {
        if (screen.doResizeIfNecessary() != null) {
            fullRedraw = true; // the terminal may have reflowed the old frame; redraw every cell
        }
        return screen.getTerminalSize();
    }

    private Optional<Pack> loaded() {
        return pack.isDone() && !pack.isCompletedExceptionally() ? Optional.of(pack.join()) : Optional.empty();
    }

    /** The pack, waiting for it if it is still loading (the menu says so meanwhile). */
    private Pack pack() throws PackException, IOException {
        if (!pack.isDone()) {
            menu.notice("Loading the pack…");
            draw();
            menu.notice("");
        }
        return settled();
    }

    private Pack settled() throws PackException {
        try {
            return pack.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PackException packException) {
                throw packException;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the pack failed to load", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the pack");
        }
    }
}
