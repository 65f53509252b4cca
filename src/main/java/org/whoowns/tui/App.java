package org.whoowns.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import org.whoowns.classroom.Drill;
import org.whoowns.classroom.Points;
import org.whoowns.classroom.RoomEvent;
import org.whoowns.learn.ExamRecorder;
import org.whoowns.learn.ExamResult;
import org.whoowns.learn.ExamSession;
import org.whoowns.learn.StoreException;
import org.whoowns.learn.Deal;
import org.whoowns.learn.Notebook;
import org.whoowns.learn.ProgressReport;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackCatalog;
import org.whoowns.pack.PackException;
import org.whoowns.pack.TerminalText;
import org.whoowns.quiz.Grader;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.QuizSession;
import org.whoowns.quiz.Recorder;
import org.whoowns.quiz.Summary;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The TUI without its terminal: the current view, the keys every view shares (q and Ctrl-C quit, ? shows
 * the keys, Ctrl-L repaints), the overlays (key help, a y/n question), the too-small guard, and drawing
 * into a Lanterna {@link Screen}. Tests drive it on a virtual terminal; {@link EventLoop} on a real one.
 * With a {@link Learning}, the learner's progress opens once the pack has loaded: it deals the runs, takes
 * every answer, and its notices (files moved aside, cells a new edition changed) show on the menu.
 */
final class App implements Nav {
    /** The exit code after Ctrl-C, as a shell reports a process ended by SIGINT. */
    static final int INTERRUPTED = 130;
    /** The exit code when the terminal went away (closed), as a shell reports a process ended by SIGHUP. */
    static final int HUNG_UP = 129;
    /** The exit code when the last exam taken failed (SPEC §4: 1 exam failed). */
    static final int EXAM_FAILED = 1;
    /** The exit code when the last exam could not be saved (2, as for bad input: the message said why). */
    static final int EXAM_NOT_SAVED = 2;

    /** A screen that needs the pack, asked for before the pack had loaded. */
    private enum Pending { NONE, STUDY, PRACTICE, MISSES, PROGRESS, EXAM, DRILL, PACKS }

    private final Screen screen;
    /** The pack in use: the one loading at start, then whichever the learner chooses. */
    private CompletableFuture<Pack> pack;
    private final long seed;
    private final int count;
    private final Palette palette;
    private final ExamSetup examSetup;
    private final MenuView menu;
    private final Optional<Learning> learning;
    /** packSettled() has run: with a learner, the learner's files are open (or failed to open) by now. */
    private boolean settledOnce;
    private final Ahead ahead = new Ahead();
    /** The learner's progress, once the pack has loaded; null without a learner or when it cannot open. */
    private Notebook book;
    private View view;
    private Overlay overlay;
    private Pending pending = Pending.NONE;
    private int runs;
    private int exams;
    /** Records the exam in progress, once submitted. */
    private ExamRecorder recorder;
    /** The exit code the last exam leaves (0 none or passed). */
    private int examExit;
    /** The seed the last run's questions came from: a replay of its misses is rebuilt from it on resume. */
    private long lastSeed;
    private boolean running = true;
    private int exitCode;
    private boolean fullRedraw = true;
    private Clock clock = Clock.systemUTC();
    private Path drillResults;
    private TitleBar titleBar = title -> { };
    private String title = "";
    private PackCatalog catalog = new PackCatalog(Optional.empty());

    /** Without a learner: nothing is saved (tests of the screens). */
    App(Screen screen, CompletableFuture<Pack> pack, long seed, int count, Palette palette, ExamSetup examSetup) {
        this(screen, pack, seed, count, palette, examSetup, null);
    }

    App(Screen screen, CompletableFuture<Pack> pack, long seed, int count, Palette palette, ExamSetup examSetup,
        Learning learning) {
        this.screen = screen;
        this.examSetup = examSetup;
        this.pack = pack;
        this.seed = seed;
        this.count = count;
        this.palette = palette;
        this.learning = Optional.ofNullable(learning);
        this.menu = new MenuView(this, this::loaded, count, learning != null);
        this.view = menu;
    }

    /** Where hot-seat drills save their results, and the clock their countdowns read. */
    void drills(Path results, Clock clock) {
        this.drillResults = results;
        this.clock = clock;
    }

    /** The learner's own packs, offered with the shipped ones; read only when the chooser opens. */
    void packs(Path folder) {
        catalog = new PackCatalog(Optional.of(folder));
        menu.choosable(catalog.offersChoice());
    }

    /** Where view titles go (an SSH student's terminal); they are written before the frame, in its flush. */
    void titles(TitleBar bar) {
        this.titleBar = bar;
    }

    /** Sets a terminal's title. */
    interface TitleBar {
        void set(String title) throws IOException;
    }

    /** Shows {@code shown} in place of the menu (a drill, a classroom screen). */
    void show(View shown) {
        view = shown;
    }

    Palette palette() {
        return palette;
    }

    boolean running() {
        return running;
    }

    /**
     * {@link #INTERRUPTED} after Ctrl-C; otherwise what the last exam leaves: 0 passed (or no exam),
     * {@link #EXAM_FAILED}, {@link #EXAM_NOT_SAVED}.
     */
    int exitCode() {
        return exitCode == INTERRUPTED ? exitCode : examExit;
    }

    /** The current screen's name, for the benchmark's key-to-redraw figures. */
    String screenName() {
        return view.getClass().getSimpleName();
    }

    void handle(KeyStroke key) throws PackException, IOException {
        if (Keys.isCtrlC(key)) {
            interrupt();
        } else if (key.getKeyType() == KeyType.EOF) {
            quit();
        } else if (Keys.isCtrl(key, 'l')) {
            fullRedraw = true; // the terminal may hold anything (another program wrote to it): repaint every cell
        } else if (overlay == null && view.typing() && !tooSmall()) {
            view.handle(key); // a name being typed: q and ? are letters
        } else if (key.getKeyType() == KeyType.Character && key.isAltDown() && !key.isCtrlDown()) {
            // Esc then a key typed quickly arrives as Alt+key (one read, or tmux's Meta); mean both keys.
            handle(new KeyStroke(KeyType.Escape));
            if (running) {
                handle(new KeyStroke(key.getCharacter(), false, false));
            }
        } else if (Keys.is(key, 'q')) {
            if (overlay != null && overlay.asks()) {
                quit(); // q at a y/n question: the user has been told what is lost and still wants out
                return;
            }
            overlay = null;
            String lost = view.unsaved();
            if (lost.isEmpty()) {
                quit();
            } else {
                confirm("Quit whoowns? " + lost + " will be lost.", this::quit);
            }
        } else if (overlay != null) {
            if (!overlay.handle(key)) {
                overlay = null;
            }
        } else if (Keys.is(key, '?')) {
            overlay = Overlay.help(view.help());
        } else if (!tooSmall()) {
            view.handle(key);
        }
    }

    /** Opens {@code start} as soon as the pack has loaded (`whoowns practice`), unless the user has moved on. */
    void openOnLoad(Tui.Start start) {
        pending = switch (start) {
            case MENU -> Pending.NONE;
            case PRACTICE -> Pending.PRACTICE;
            case MISSES -> Pending.MISSES;
            case EXAM -> Pending.EXAM;
        };
    }

    /** Releases the learner's directory. */
    void close() {
        if (book != null) {
            try {
                book.close();
            } catch (StoreException e) {
                // the lock goes with the process anyway; nothing the user can do about it now
            }
            book = null;
        }
    }

    /** Opens an exam as soon as the pack has loaded (`whoowns exam`), unless the user has moved on. */
    void openExamOnLoad() {
        pending = Pending.EXAM;
    }

    /** The pack future has completed: a failure ends the TUI now; a screen asked for meanwhile opens. */
    void packSettled() throws PackException, IOException {
        settledOnce = true;
        Pack loaded = settled();
        Pending wanted = pending;
        pending = Pending.NONE;
        menu.notice("");
        learning.ifPresent(l -> openBook(l, loaded));
        if (view == menu && overlay == null) {
            switch (wanted) {
                case STUDY -> view = new StudyView(this, loaded);
                case PRACTICE -> practice();
                case EXAM -> exam();
                case DRILL -> drill();
                case MISSES -> misses();
                case PROGRESS -> progress();
                case PACKS -> packs();
                case NONE -> { }
            }
        }
    }

    /** Opens the learner's progress; a problem is one line on the menu and the TUI goes on without saving. */
    private void openBook(Learning l, Pack loaded) {
        try {
            book = Notebook.open(l.data(), l.learner(), loaded, l.clock().instant());
            List<String> notices = book.takeNotices();
            if (!notices.isEmpty()) {
                menu.notice(notices.get(0) + (notices.size() > 1 ? " (+" + (notices.size() - 1) + " more notices)" : ""));
            }
            menu.resumable(book.resumable().map(r -> r.session().position() + " of " + r.session().size()));
        } catch (StoreException e) {
            menu.notice("Progress is not saved: " + TerminalText.clean(e.getMessage()));
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
            if (overlay != null) {
                overlay.draw(canvas);
            }
        }
        String wanted = view.title();
        if (!wanted.isEmpty() && !wanted.equals(title)) {
            titleBar.set(TerminalText.clean(wanted));
            title = wanted;
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
        if (waitFor(Pending.STUDY)) {
            view = new StudyView(this, settled());
        }
    }

    @Override
    public void packs() throws PackException, IOException {
        if (waitFor(Pending.PACKS)) {
            view = new PackChooser(this, catalog.entries(), settled());
        }
    }

    @Override
    public void use(Pack chosen) {
        pack = CompletableFuture.completedFuture(chosen);
        close(); // the old pack's progress: the learner's lock is taken again for the new one
        menu.resumable(Optional.empty());
        menu.notice("Now using " + TerminalText.clean(chosen.title()) + ".");
        learning.ifPresent(l -> openBook(l, chosen)); // its notices, if any, say more than that
        view = menu;
    }

    @Override
    public void practice() throws PackException, IOException {
        if (!waitFor(Pending.PRACTICE)) {
            return;
        }
        Pack loaded = settled();
        long runSeed = seed + runs;
        if (book == null) {
            List<Question> questions = PracticeDeck.deal(loaded, runSeed, count);
            if (questions.isEmpty()) {
                menu.notice("This pack has no questions to practise.");
                return;
            }
            view = new PracticeView(this, loaded, new QuizSession(loaded, questions, Grader.PRACTICE),
                    OptionalLong.of(runSeed), count);
        } else {
            List<Deal.Dealt> dealt = Deal.adaptive(loaded, book.progress(), learning.orElseThrow().clock().instant(),
                    runSeed, count);
            if (!recorded(loaded, dealt, runSeed, OptionalLong.empty(), "For " + book.learner().name())) {
                menu.notice("This pack has no questions to practise.");
                return;
            }
        }
        runs++;
    }

    @Override
    public void drill() throws PackException, IOException {
        if (waitFor(Pending.DRILL)) {
            Pack loaded = settled();
            Drill dealt = ahead.drill(loaded, Math.min(count, Drill.DEFAULT_COUNT));
            view = new DrillView(this, dealt, new Points(Points.DEFAULT_LIMIT, true), List.of(), true, drillResults,
                    clock);
        }
    }

    /** A timer tick: the view decides whether anything on screen changed. */
    boolean tick() {
        if (view == menu && settledOnce && examSetup != ExamSetup.NONE && !pack.isCompletedExceptionally()) {
            // idle on the menu: deal its next exam and drill behind it
            ahead.prepare(pack.join(), seed + exams, examSetup.count(), Math.min(count, Drill.DEFAULT_COUNT));
        }
        // the view always looks at its clock (a timed exam ends even under the help overlay); drawing waits
        boolean changed = view.tick();
        return changed && !tooSmall() && overlay == null;
    }

    void room(RoomEvent event) {
        view.room(event);
    }

    public void misses() throws PackException, IOException {
        if (!waitFor(Pending.MISSES)) {
            return;
        }
        Pack loaded = settled();
        if (book == null) {
            menu.notice("My misses needs saved progress, and it could not be opened.");
            return;
        }
        if (!recorded(loaded, Deal.misses(loaded, book.progress(), seed + runs, count), seed + runs, OptionalLong.empty(),
                "My misses")) {
            menu.notice("No misses to drill: every item you answered was right the last time.");
        }
    }

    @Override
    public void resume() throws PackException, IOException {
        if (book == null || !pack.isDone()) {
            return;
        }
        Pack loaded = settled();
        try {
            Optional<Notebook.Resumable> left = book.resumable();
            if (left.isEmpty()) {
                menu.resumable(Optional.empty());
                return;
            }
            lastSeed = left.get().seed();
            view = new PracticeView(this, loaded, left.get().session(), OptionalLong.empty(), left.get().session().size(),
                    recorder(left.get().seed()), learning.orElseThrow().clock(), "Resumed");
        } catch (StoreException e) {
            menu.notice(TerminalText.clean(e.getMessage()));
        }
    }

    @Override
    public void progress() throws PackException, IOException {
        if (!waitFor(Pending.PROGRESS)) {
            return;
        }
        Pack loaded = settled();
        if (book == null) {
            menu.notice("Progress could not be opened: nothing saved to show.");
            return;
        }
        Learning l = learning.orElseThrow();
        ProgressReport report = ProgressReport.of(book.progress(), loaded.cells().stream().map(Cell::id).toList(),
                l.clock().instant(), l.zone());
        view = new ProgressView(this, loaded, book.learner().name(), report, l.zone());
    }

    /** A run over {@code dealt} whose answers are saved; false when nothing was dealt. */
    private boolean recorded(Pack loaded, List<Deal.Dealt> dealt, long runSeed, OptionalLong shownSeed, String tag) {
        if (dealt.isEmpty()) {
            return false;
        }
        lastSeed = runSeed;
        QuizSession session = new QuizSession(loaded, dealt.stream().map(Deal.Dealt::question).toList(), Grader.PRACTICE,
                dealt.stream().map(d -> d.reason().text()).toList());
        view = new PracticeView(this, loaded, session, shownSeed, count, recorder(runSeed), learning.orElseThrow().clock(), tag);
        return true;
    }

    /** Saves each answer; a failure is told on the menu and the run goes on. */
    private Recorder recorder(long runSeed) {
        return (session, millis) -> {
            try {
                book.answered(session, runSeed, millis, learning.orElseThrow().clock().instant());
                menu.resumable(session.finished() ? Optional.empty()
                        : Optional.of(session.position() + " of " + session.size()));
            } catch (StoreException e) {
                menu.notice("Progress not saved: " + TerminalText.clean(e.getMessage()));
            }
        };
    }

    @Override
    public void replay(List<Question> questions) {
        loaded().ifPresent(p -> view = book == null
                ? new PracticeView(this, p, new QuizSession(p, questions, Grader.PRACTICE), OptionalLong.empty(), questions.size())
                : new PracticeView(this, p, new QuizSession(p, questions, Grader.PRACTICE), OptionalLong.empty(),
                        questions.size(), recorder(lastSeed), learning.orElseThrow().clock(), "Misses again"));
    }

    @Override
    public void summary(Summary summary) {
        loaded().ifPresent(p -> view = new SummaryView(this, p, summary));
    }

    @Override
    public void exam() throws PackException, IOException {
        if (!waitFor(Pending.EXAM)) {
            return;
        }
        Pack loaded = settled();
        long examSeed = seed + exams;
        List<Question> paper;
        try {
            paper = ahead.paper(loaded, examSeed, examSetup.count());
        } catch (IllegalArgumentException e) {
            menu.notice("No exam: " + e.getMessage() + ".");
            return;
        }
        ExamRecorder next = examSetup.recorder().apply(loaded, examSeed);
        if (book != null && book.learner().equals(next.sitting().learner())) {
            next = next.sharing(book); // this session holds the learner's lock: save through it
        }
        try {
            List<String> notices = next.check(examSetup.clock().instant());
            menu.notice(String.join(" ", notices));
        } catch (StoreException e) {
            menu.notice("Cannot start the exam: " + e.getMessage());
            return;
        }
        recorder = next;
        view = new ExamView(this, loaded, new ExamSession(paper, examSetup.clock(), examSetup.limit(), Grader.STRICT,
                examSetup.passMark()));
        exams++;
    }

    @Override
    public void examOver(ExamResult result) {
        List<String> saved;
        try {
            saved = recorder.record(result).lines();
            examExit = result.passed() ? 0 : EXAM_FAILED;
        } catch (StoreException e) {
            saved = List.of("The attempt was NOT saved: " + e.getMessage());
            examExit = EXAM_NOT_SAVED;
        }
        Pack loaded = recorder.sitting().pack();
        view = new ExamResultView(this, loaded, result, saved);
    }

    @Override
    public void confirm(String question, Runnable yes) {
        overlay = Overlay.question(question, yes);
    }

    @Override
    public void quit() {
        running = false;
    }

    /** Ctrl-C, or a signal: ends at once, with nothing asked ({@link #INTERRUPTED}). */
    void interrupt() {
        exitCode = INTERRUPTED;
        quit();
    }

    /** True when the pack is there; otherwise remembers {@code wanted} for when it is, and says so. */
    private boolean waitFor(Pending wanted) {
        // With a learner, the pack is ready only once packSettled() has opened the learner's files: a key
        // read between the pack's loading and its PackSettled event would otherwise deal a run nothing saves.
        if (pack.isDone() && (learning.isEmpty() || settledOnce)) {
            return true;
        }
        pending = wanted;
        menu.notice("Loading the pack… (q quits)");
        return false;
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

    /**
     * The loaded pack; only called once the future is done. A failure other than a bad pack (an Error such
     * as OutOfMemoryError included) becomes one line for the user, never a stack trace.
     */
    private Pack settled() throws PackException, IOException {
        try {
            return pack.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof PackException packException) {
                throw packException;
            }
            throw new IOException("the pack could not be loaded: " + reason(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the pack");
        }
    }

    /** Why the loader failed, in a few words for the one-line message. */
    private static String reason(Throwable cause) {
        if (cause instanceof OutOfMemoryError) {
            return "out of memory (a pack is a JSON file of at most 2 MB)";
        }
        if (cause instanceof StackOverflowError) {
            return "it is nested too deeply";
        }
        String message = cause.getMessage();
        return TerminalText.clean(message == null || message.isBlank() ? cause.getClass().getSimpleName() : message);
    }
}
