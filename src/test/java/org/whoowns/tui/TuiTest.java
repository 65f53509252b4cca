package org.whoowns.tui;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TuiTest {
    @Test
    void withoutAConsoleTheTuiIsUnavailableWithAReason() {
        // Surefire's forked JVM has pipes, not a terminal, on stdin and stdout.
        Optional<String> reason = Tui.unavailable(Map.of("TERM", "xterm-256color"));
        assertTrue(reason.isPresent());
        assertEquals("the text UI needs a terminal on stdin and stdout", reason.get());
    }

    @Test
    void aTerminalThatCannotDrawTheTuiIsNamedFromTheEnvironmentGiven() {
        // WHOOWNS_TTY is bin/whoowns' word that stdin and stdout are terminals: only TERM is left to judge.
        assertEquals(Optional.of("the text UI needs a capable terminal (TERM is dumb)"),
                Tui.unavailable(Map.of(Tty.ENV, "80x24", "TERM", "dumb")));
        assertEquals(Optional.of("the text UI needs a capable terminal (TERM is not set)"),
                Tui.unavailable(Map.of(Tty.ENV, "80x24")));
        assertEquals(Optional.empty(), Tui.unavailable(Map.of(Tty.ENV, "80x24", "TERM", "xterm-256color")));
    }

    @Test
    void stderrIsHeldWhileTheScreenIsLiveAndReplayedAfter() {
        PrintStream original = System.err;
        ByteArrayOutputStream real = new ByteArrayOutputStream();
        System.setErr(new PrintStream(real, true, StandardCharsets.UTF_8));
        try {
            ErrCapture capture = ErrCapture.start();
            System.err.println("warning: something");
            assertEquals("", real.toString(StandardCharsets.UTF_8), "nothing reaches the screen");
            capture.close();
            assertEquals("warning: something" + System.lineSeparator(), real.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }
}
