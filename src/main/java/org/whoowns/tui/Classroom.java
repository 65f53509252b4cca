package org.whoowns.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import org.whoowns.classroom.Room;
import org.whoowns.classroom.ssh.PtySize;
import org.whoowns.classroom.ssh.StudentLink;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The screens of a classroom drill: one App and EventLoop per student's SSH session, each on that session's
 * own thread, and the instructor's on the local terminal. The room reaches a screen only by enqueueing to its
 * loop, so a student whose connection stalls holds up nobody else (ssh-classroom.md §3). Only serve uses this.
 */
public final class Classroom {
    /**
     * Student screens tick in this many groups, one group per {@link #SLICE_MILLIS}, so each screen still ticks
     * every {@value EventLoop#TICK_MILLIS} ms. Every countdown in a room turns over on the same second; ticked at
     * once, 200 screens redrew in one burst and answers arriving then waited behind it for up to 100 ms.
     */
    private static final int SLICES = 10;
    private static final long SLICE_MILLIS = EventLoop.TICK_MILLIS / SLICES;

    private final Room room;
    private final Pack pack;
    private final Clock clock;
    /** Each student's loop and the group it ticks with. */
    private final Map<EventLoop, Integer> loops = new ConcurrentHashMap<>();
    private final AtomicInteger joined = new AtomicInteger();
    private final Relay relay = new Relay();
    private final ScheduledFuture<?> ticks;
    private int slice; // touched only by the timer thread
    private volatile boolean stopping;

    /**
     * Student screens tick only while a question is open (their countdowns): one timer task for the room, so an
     * idle lobby of hundreds costs nothing.
     */
    public Classroom(Room room, Pack pack, Clock clock) {
        this.room = room;
        this.pack = pack;
        this.clock = clock;
        this.ticks = Ticks.shared().scheduleAtFixedRate(this::tickStudents, SLICE_MILLIS, SLICE_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    private void tickStudents() {
        int now = slice;
        slice = (slice + 1) % SLICES;
        if (!stopping && room.current().isPresent()) {
            loops.forEach((loop, group) -> {
                if (group == now) {
                    loop.tick();
                }
            });
        }
    }

    /** Runs one student's screen until they leave, the link closes or {@link #closeStudents} is called. */
    public void student(StudentLink link) throws IOException, PackException {
        PtySize size = link.size();
        SshTerminal terminal = new SshTerminal(link.input(), link.output(), size.columns(), size.rows());
        TerminalScreen screen = new TerminalScreen(terminal);
        EventLoop loop = new EventLoop(() -> { }, false);
        terminal.addResizeListener((t, s) -> loop.resized());
        link.onResize(s -> terminal.resized(s.columns(), s.rows()));
        Palette palette = Palette.from(Map.of());
        StudentView view = null;
        loops.put(loop, joined.getAndIncrement() % SLICES);
        if (stopping) {
            loops.remove(loop); // the server began stopping while this student connected
            return;
        }
        try {
            screen.startScreen();
            App app = new App(screen, CompletableFuture.completedFuture(pack), 0, 0, palette, ExamSetup.NONE);
            view = new StudentView(app, room, clock, relay.to(loop));
            app.show(view);
            app.titles(terminal::setTitle);
            loop.run(app, terminal::readInput);
        } finally {
            if (view != null) {
                view.seat().ifPresent(room::drop);
            }
            farewell(screen, link.output(), view == null ? "" : view.farewell());
            loops.remove(loop); // only now: closeStudents waits for the farewell, then the server may stop
        }
    }

    /** Leaves the student's terminal as it was (main screen, cursor shown), then one line saying how it went. */
    private static void farewell(TerminalScreen screen, OutputStream out, String line) {
        try {
            screen.stopScreen();
            if (!line.isEmpty()) {
                out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            // the student's connection is already gone
        }
    }

    /**
     * Runs the instructor's screen on this terminal until q or Ctrl-C (or a signal, through {@code stop}); returns
     * 0, 130, or 129 when the terminal went away. {@code join} are the ssh commands to show; {@code save} writes
     * the results and returns a line saying where.
     */
    public int instructor(List<String> join, String fingerprint, Supplier<String> save, SignalStop stop)
            throws IOException, PackException {
        if (stop.signalled()) {
            return App.INTERRUPTED; // stopped before the screen was up: the caller still saves and tells the students
        }
        ErrCapture err = ErrCapture.start();
        try {
            FastUnixTerminal terminal;
            try {
                terminal = FastUnixTerminal.open(stop); // restores the settings itself if it fails
            } catch (IllegalStateException e) {
                if (stop.stopping()) {
                    return App.INTERRUPTED; // a signal came while Lanterna was taking the terminal over
                }
                throw e;
            }
            EventLoop loop = new EventLoop();
            return Tui.onTerminal(terminal, stop, loop, screen -> {
                App app = new App(screen, CompletableFuture.completedFuture(pack), 0, 0,
                        Palette.from(System.getenv()), ExamSetup.NONE);
                app.show(new InstructorView(app, room, clock, join, fingerprint, save));
                room.watch(loop::post);
                return app;
            });
        } finally {
            err.close();
        }
    }

    /**
     * Closes every student's screen (their terminals restored) and waits up to {@code wait} for them, so the
     * SSH server can stop without leaving anyone's terminal in the drill's alternate screen.
     */
    public void closeStudents(Duration wait) throws InterruptedException {
        stopping = true;
        ticks.cancel(false);
        loops.keySet().forEach(relay::stop); // after the drill's last events, which may still be on their way
        long end = System.nanoTime() + wait.toNanos();
        while (!loops.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(20); // waiting for other threads to finish their last frame
        }
        relay.close();
    }

    /** Student screens running now. */
    public int students() {
        return loops.size();
    }
}
