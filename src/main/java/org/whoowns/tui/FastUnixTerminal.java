package org.whoowns.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import sun.misc.Signal;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;

/**
 * Lanterna's UnixTerminal made quick to start and safe (notes/lanterna.md §2, §3): UTF-8 whatever the
 * locale, Ctrl-C delivered as a key (TRAP), output batched in a 64 KiB buffer (Lanterna writes each
 * character separately; refresh flushes), the size read with {@code stty size} instead of a cursor report
 * that can stall 5 s and kept until the terminal is resized, the raw-mode stty calls merged into one fork,
 * and the resize signal handled without the reflective proxy Lanterna builds for it (~20 ms of start-up).
 * Characters Lanterna measures narrower than the terminal go through {@link WidePad}.
 */
final class FastUnixTerminal extends UnixTerminal {
    /** The size last read, null until read and after every resize. No initializer: see below. */
    private volatile TerminalSize knownSize;
    /** Null until the first character is written (the superclass constructor writes none). */
    private WidePad pad;
    /** The settings to restore on close; set from the superclass constructor, so no initializer. */
    private String saved;
    /** True while Lanterna takes over the {@link FirstFrame}: its first refresh must not clear it. */
    private boolean takingOver;
    /** The terminal as found before the first frame, for the constructor only (it runs before our fields). */
    private static final ThreadLocal<Tty> OPENING = new ThreadLocal<>();
    /** The settings saved by a constructor, for open() to put back if the constructor fails after raw mode. */
    private static final ThreadLocal<String> SAVED = new ThreadLocal<>();
    /** Tells whether the terminal is still there. */
    private HangUp line;
    /** The session's thread, and the stop that ends it on a signal; null until the constructor has returned. */
    private volatile Thread owner;
    private volatile SignalStop stop;
    /** Our own record of Lanterna's private mode (its flag is package-private), and of the settings put back. */
    private volatile boolean privateMode;
    private volatile boolean restored;

    /**
     * Everything acquire() asks of stty, in one call. Also frees Ctrl-\ and Ctrl-Z, which would otherwise
     * print a JVM thread dump into the screen or leave a stopped TUI in cooked mode.
     */
    private static final String[] RAW = Tty.RAW.split(" ");

    private FastUnixTerminal(HangUp line) throws IOException {
        super(line.watch(System.in), new BufferedOutputStream(line.watch(new FileOutputStream(FileDescriptor.out)), 1 << 16),
                StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
        this.line = line;
    }

    /**
     * Takes over the controlling terminal; throws if there is none (no /dev/tty), after putting back the
     * settings it had changed. {@code stop} ends the session on a signal (see {@link #exitPrivateMode}).
     */
    static FastUnixTerminal open(SignalStop stop) throws IOException {
        try {
            return owned(new FastUnixTerminal(new HangUp()), stop);
        } catch (IOException | RuntimeException e) {
            String settings = SAVED.get();
            if (settings != null) { // raw mode is on, and the terminal is no one's to restore (a signal came first)
                Tty.restore(settings);
            }
            throw e;
        } finally {
            SAVED.remove();
        }
    }

    /**
     * Takes over the terminal as {@code tty} found it (settings saved, size read, raw mode on its way);
     * with {@code frameShown}, the first refresh draws over the {@link FirstFrame} without clearing it. On a
     * failure the caller restores {@code tty}.
     */
    static FastUnixTerminal open(Tty tty, boolean frameShown, SignalStop stop) throws IOException {
        OPENING.set(tty);
        try {
            FastUnixTerminal terminal = owned(new FastUnixTerminal(new HangUp()), stop);
            terminal.knownSize = new TerminalSize(tty.columns(), tty.rows());
            terminal.takingOver = frameShown;
            return terminal;
        } finally {
            OPENING.remove();
            SAVED.remove();
        }
    }

    private static FastUnixTerminal owned(FastUnixTerminal terminal, SignalStop stop) {
        terminal.owner = Thread.currentThread();
        terminal.stop = stop;
        return terminal;
    }

    /** True once the terminal has gone away (closed, hung up): nothing more can be shown or restored on it. */
    boolean gone() {
        return line.gone();
    }

    // The overrides below run from the superclass constructor: they may use no instance fields, except the
    // resize handler, which only runs later and only writes knownSize (which has no initializer to undo it).

    @Override
    protected void registerTerminalResizeListener(Runnable onResize) {
        Signal.handle(new Signal("WINCH"), signal -> {
            knownSize = null;
            onResize.run();
        });
    }

    @Override
    protected void saveTerminalSettings() throws IOException {
        Tty tty = OPENING.get();
        saved = tty != null ? tty.saved() : runSTTYCommand("-g").trim();
        SAVED.set(saved);
    }

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (isShutdownHook()) {
            stop.awaitFinished();
            if (restored) {
                return; // the session put them back itself
            }
        }
        if (saved != null) {
            runSTTYCommand(saved);
            restored = true;
        }
    }

    @Override
    public void enterPrivateMode() throws IOException {
        super.enterPrivateMode();
        privateMode = true;
    }

    /**
     * Lanterna's shutdown hook calls this (and {@link #restoreTerminalSettings}) as soon as the JVM begins to
     * exit, from its own thread. On a signal the session is still saving and may be drawing its last frame,
     * so the hook first waits for it ({@link SignalStop}), and then only does what the session left undone.
     */
    @Override
    public void exitPrivateMode() throws IOException {
        if (isShutdownHook()) {
            stop.awaitFinished();
            if (!privateMode) {
                return;
            }
        }
        super.exitPrivateMode();
        privateMode = false;
    }

    /** Called from Lanterna's restoring shutdown hook (or any thread but the session's) while a stop is set. */
    private boolean isShutdownHook() {
        return stop != null && owner != null && Thread.currentThread() != owner;
    }

    /**
     * Puts the terminal back. While the JVM shuts down (a signal) Lanterna's removal of its hook throws after
     * the terminal is already restored; on a terminal that has gone away there is nothing to restore.
     */
    @Override
    public void close() throws IOException {
        try {
            super.close();
        } catch (IllegalStateException e) {
            // "Shutdown in progress": settings and screen were restored just before
        } catch (IOException e) {
            if (!gone()) {
                throw e;
            }
        }
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        Tty tty = OPENING.get();
        if (enabled) {
            runSTTYCommand("icanon");
        } else if (tty != null) {
            try {
                tty.raw().join(); // set by Tty while the first frame was written
            } catch (CompletionException e) {
                runSTTYCommand(RAW);
            }
        } else {
            runSTTYCommand(RAW);
        }
    }

    @Override
    public void clearScreen() throws IOException {
        if (!takingOver) {
            super.clearScreen();
        }
    }

    @Override
    public void flush() throws IOException {
        super.flush();
        takingOver = false; // the first refresh is out: from now on a full redraw clears as usual
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled) {
            runSTTYCommand("echo");
        } // off: already done by canonicalMode(false), which acquire() calls just before
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) {
        // Off: part of RAW. On: only called on close, right after `stty <saved>` restored the user's own keys.
    }

    @Override
    public void putCharacter(char c) throws IOException {
        if (pad == null) {
            pad = new WidePad();
        }
        pad.write(c, super::putCharacter, this::writeToTerminal);
    }

    @Override
    public void setCursorPosition(int x, int y) throws IOException {
        if (pad != null) {
            pad.moved();
        }
        super.setCursorPosition(x, y);
    }

    @Override
    public void setCursorPosition(TerminalPosition position) throws IOException {
        setCursorPosition(position.getColumn(), position.getRow());
    }

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        TerminalSize size = knownSize;
        if (size == null) {
            size = readSize();
            knownSize = size;
        }
        return size;
    }

    private TerminalSize readSize() throws IOException {
        String[] rowsColumns = runSTTYCommand("size").trim().split("\\s+");
        if (rowsColumns.length == 2) {
            try {
                int rows = Integer.parseInt(rowsColumns[0]);
                int columns = Integer.parseInt(rowsColumns[1]);
                if (rows > 0 && columns > 0) {
                    return new TerminalSize(columns, rows);
                }
            } catch (NumberFormatException e) {
                // fall through: some ptys report nothing useful
            }
        }
        return new TerminalSize(80, 24);
    }
}
