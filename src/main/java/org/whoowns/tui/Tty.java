package org.whoowns.tui;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The controlling terminal as the program found it: the stty settings to restore on exit, its size, and
 * raw mode (no echo, keys one by one, Ctrl-C/\/Z as keys) being set. {@code bin/whoowns} measures the first
 * two in the shell and passes them in WHOOWNS_TTY, so the first frame needs no process of ours; then raw
 * mode is set on another thread while the frame is written. Without it one shell reads both and sets raw
 * mode in a single fork.
 */
record Tty(String saved, int columns, int rows, CompletableFuture<Void> raw) {
    /** Everything Lanterna's acquire() asks of stty, in one call (see {@link FastUnixTerminal}). */
    static final String RAW = "-icanon min 1 -echo intr undef quit undef susp undef";
    static final String ENV = "WHOOWNS_TTY";

    /** The answer of "stty -g && stty size", asked for early by {@link #ask}; null when not asked. */
    private static volatile CompletableFuture<String> asked;

    /**
     * Unless bin/whoowns measured the terminal, starts measuring it on another thread, so that the ~15 ms
     * of starting a shell overlap the rest of start-up ({@code java -jar}). Only reads the terminal: raw
     * mode waits for {@link #find}, once the text UI is sure to run.
     */
    static void ask(Map<String, String> env) {
        if (env.get(ENV) == null && asked == null) {
            asked = CompletableFuture.supplyAsync(() -> stty("stty -g && stty size"), Tty::startThread);
        }
    }

    /**
     * The terminal this process started on has gone away (its window closed, a hang-up): it was there, as
     * bin/whoowns or {@link #ask} measured it, and is {@link #gone} now. A start-up that fails then is ending
     * on a hang-up, not on an error of its own.
     */
    static boolean hungUp(Map<String, String> env) {
        CompletableFuture<String> early = asked;
        boolean had = env.get(ENV) != null || early != null && early.isDone() && !early.isCompletedExceptionally();
        return had && gone();
    }

    /** The controlling terminal no longer opens: after a hang-up /dev/tty fails (ENXIO). */
    static boolean gone() {
        try (FileInputStream tty = new FileInputStream("/dev/tty")) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** The terminal, or empty when there is no /dev/tty or stty answers nothing usable. */
    static Optional<Tty> find(Map<String, String> env) {
        String given = env.get(ENV);
        CompletableFuture<String> early = asked;
        if (given == null && early != null) {
            given = early.exceptionally(e -> null).join();
        }
        if (given != null) {
            // bin/whoowns, or ask(): "<stty -g>\n<rows> <columns>"
            Optional<Tty> tty = parse(given, CompletableFuture.runAsync(() -> stty("stty " + RAW), Tty::startThread));
            if (tty.isPresent()) {
                return tty;
            }
        }
        try {
            return parse(stty("stty -g && stty size && stty " + RAW), CompletableFuture.completedFuture(null));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Parses "settings\nrows columns"; empty unless both are there and the size is positive. */
    static Optional<Tty> parse(String text, CompletableFuture<Void> raw) {
        String[] lines = text.strip().split("\n");
        String[] size = lines.length == 2 ? lines[1].split(" ") : new String[0];
        if (size.length != 2 || lines[0].isEmpty() || !settings(lines[0])) {
            return Optional.empty();
        }
        int rows = count(size[0]);
        int columns = count(size[1]);
        return rows > 0 && columns > 0 ? Optional.of(new Tty(lines[0], columns, rows, raw)) : Optional.empty();
    }

    /** Whether {@code text} reads as `stty -g` output: hexadecimal numbers and colons. */
    private static boolean settings(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ':' && Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A count of 1 to 9999, or 0 when {@code text} is not one. Loops, not streams: this runs before the first frame. */
    private static int count(String text) {
        if (text.isEmpty() || text.length() > 4) {
            return 0;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return 0;
            }
        }
        return Integer.parseInt(text);
    }

    /**
     * Puts the terminal back as it was found, for a session that could not start (or was stopped by a signal
     * before Lanterna took the terminal over): raw mode undone once it has been set.
     */
    void restore() {
        try {
            raw.join();
        } catch (RuntimeException e) {
            // raw mode failed to set: the settings below are what the terminal has anyway
        }
        restore(saved);
    }

    /** Applies {@code settings} (as {@code stty -g} gave them); a terminal gone away is left as it is. */
    static void restore(String settings) {
        try {
            stty("stty " + settings);
        } catch (RuntimeException e) {
            // no terminal to restore any more
        }
    }

    /** Runs {@code script} with the terminal on stdin; its output, or an unchecked failure. */
    private static String stty(String script) {
        try {
            Process process = new ProcessBuilder("/bin/sh", "-c", script).redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (InputStream out = process.getInputStream()) {
                String text = new String(out.readAllBytes(), StandardCharsets.US_ASCII);
                if (process.waitFor() != 0) {
                    throw new IllegalStateException("stty failed");
                }
                return text;
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void startThread(Runnable work) {
        Thread thread = new Thread(work, "whoowns-raw-mode");
        thread.setDaemon(true);
        thread.start();
    }
}
