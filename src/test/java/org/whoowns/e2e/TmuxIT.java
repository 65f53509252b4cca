package org.whoowns.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Drives the real jar in a real terminal: tmux on its own socket (never a user's server) and without any
 * tmux.conf (a status line or key table there would change what we see), 80x24. Covers
 * what a virtual terminal cannot: stty raw mode and its restoration, the alternate screen, SIGWINCH, the
 * key decoding of Esc and Ctrl-C, UTF-8 output.
 */
class TmuxIT {
    private static final String SOCKET = "whoowns-it";
    private static final String SESSION = "whoowns";
    private static final String PROMPT = "READY$ ";
    private static final long DEADLINE_MS = 15_000;

    private static Path jar;

    @BeforeAll
    static void requirements() throws Exception {
        try {
            tmux("-V");
        } catch (IOException e) {
            fail("tmux is required for this end-to-end test and was not found (" + e.getMessage()
                    + "); install it, e.g. apt-get install tmux");
        }
        String property = System.getProperty("whoowns.jar");
        assertTrue(property != null, "system property whoowns.jar (set by failsafe) is missing");
        jar = Path.of(property);
        assertTrue(Files.isRegularFile(jar), jar + " does not exist; run mvn package first");
    }

    @BeforeEach
    void openTerminal() throws Exception {
        tmuxQuietly("kill-session", "-t", SESSION);
        tmux("new-session", "-d", "-s", SESSION, "-x", "80", "-y", "24",
                "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 bash --norc --noprofile");
        type("PS1='" + PROMPT + "'");
        key("Enter");
        await("the shell prompt", s -> s.contains(PROMPT));
        type("clear");
        key("Enter");
        await("a cleared shell", s -> s.strip().equals(PROMPT.strip()));
    }

    @AfterEach
    void closeTerminal() throws Exception {
        tmuxQuietly("kill-session", "-t", SESSION);
    }

    @AfterAll
    static void stopServer() throws Exception {
        tmuxQuietly("kill-server");
    }

    @Test
    void practiceThenStudyThenQuitLeavesASaneTerminal() throws Exception {
        launch();

        type("p");
        String question = await("the first question", s -> s.contains("Question 1/"));
        type("1");
        if (question.contains("Select all that apply")) {
            key("Enter");
        }
        String feedback = await("feedback with a verdict", s -> s.contains("✓ RIGHT") || s.contains("✗ WRONG")
                || s.contains("~ PARTLY RIGHT"));
        assertTrue(feedback.contains("Score 1/1") || feedback.contains("Score 0/1") || feedback.contains("Score 0."),
                feedback);
        key("End");
        await("the sources at the end of the feedback", s -> s.contains("Source: "));

        key("Escape");
        await("the menu again", s -> s.contains("3  Quit"));
        type("s");
        String study = await("the study grid", s -> s.contains("Study: ") && s.contains("Physical datacenter"));
        for (String area : List.of("Customer data", "Identities and users", "Operating system", "Physical hosts")) {
            assertTrue(study.contains(area), area + "\n" + study);
        }
        assertTrue(study.contains("On-premises") && study.contains("SaaS"), study);

        type("q");
        awaitPromptAfterExit();
        assertSaneTerminal();
    }

    @Test
    void resizingShowsTheEnlargeMessageAndBackRedraws() throws Exception {
        launch();
        tmux("resize-window", "-t", SESSION, "-x", "60", "-y", "20");
        await("the enlarge message", s -> s.contains("whoowns needs at least 80x24; this terminal is 60x20."));
        tmux("resize-window", "-t", SESSION, "-x", "80", "-y", "24");
        await("the menu redrawn", s -> s.contains("3  Quit") && !s.contains("needs at least"));
        type("q");
        awaitPromptAfterExit();
    }

    @Test
    void ctrlCQuitsCleanly() throws Exception {
        launch();
        type("s");
        await("the study grid", s -> s.contains("Study: "));
        key("C-c");
        awaitPromptAfterExit();
        assertSaneTerminal();
    }

    private static void launch() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        type("'" + java + "' -jar '" + jar + "'; echo EXIT=$?");
        key("Enter");
        await("the main menu", s -> s.contains("1  Study") && s.contains("2  Practice") && s.contains("3  Quit"));
    }

    private static void awaitPromptAfterExit() throws Exception {
        String screen = await("the shell prompt after the TUI",
                s -> s.lines().anyMatch(l -> l.matches("EXIT=\\d+")) && s.strip().endsWith(PROMPT.strip()));
        assertTrue(screen.lines().anyMatch(l -> l.equals("EXIT=0")), "exit code 0:\n" + screen);
        assertFalse(screen.contains("Exception"), screen);
    }

    private static void assertSaneTerminal() throws Exception {
        type("stty -a");
        key("Enter");
        String screen = await("stty's report", s -> s.contains("icanon") && s.strip().endsWith(PROMPT.strip()));
        List<String> flags = Arrays.asList(screen.split("[\\s;]+"));
        assertTrue(flags.contains("icanon"), "canonical mode restored:\n" + screen);
        assertTrue(flags.contains("echo"), "echo restored:\n" + screen);
        assertFalse(flags.contains("-icanon"), screen);
        assertFalse(flags.contains("-echo"), screen);
        assertTrue(screen.contains("intr = ^C"), "Ctrl-C is an interrupt again:\n" + screen);
    }

    /** Polls the pane every 100 ms until {@code ready} holds; fails with the last screen after the deadline. */
    private static String await(String what, Predicate<String> ready) throws Exception {
        long end = System.nanoTime() + DEADLINE_MS * 1_000_000;
        String screen = capture();
        while (!ready.test(screen)) {
            if (System.nanoTime() > end) {
                fail("timed out after " + DEADLINE_MS + " ms waiting for " + what + "; the screen:\n" + screen);
            }
            Thread.sleep(100);
            screen = capture();
        }
        return screen;
    }

    private static String capture() throws Exception {
        return tmux("capture-pane", "-p", "-t", SESSION);
    }

    /** Literal text, no key names. */
    private static void type(String text) throws Exception {
        tmux("send-keys", "-t", SESSION, "-l", text);
    }

    private static void key(String name) throws Exception {
        tmux("send-keys", "-t", SESSION, name);
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", SOCKET, "-f", "/dev/null"));
        command.addAll(List.of(args));
        return command;
    }

    private static String tmux(String... args) throws Exception {
        List<String> command = command(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        assertEquals(0, code, String.join(" ", command) + " failed: " + out);
        return out;
    }

    private static void tmuxQuietly(String... args) throws Exception {
        try {
            new ProcessBuilder(command(args)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            // no tmux: requirements() has already said so
        }
    }
}
