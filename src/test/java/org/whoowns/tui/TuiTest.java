package org.whoowns.tui;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TuiTest {
    @Test
    void withoutAConsoleTheTuiIsUnavailableWithAReason() {
        // Surefire's forked JVM has pipes, not a terminal, on stdin and stdout.
        assertTrue(Tui.unavailable().isPresent());
        assertTrue(Tui.unavailable().get().contains("terminal"), Tui.unavailable().get());
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
