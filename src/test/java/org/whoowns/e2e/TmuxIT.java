package org.whoowns.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whoowns.pack.TerminalText;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    /** Per test JVM, so parallel builds on one machine never share (or kill) each other's tmux server. */
    private static final String SOCKET = "whoowns-it-" + ProcessHandle.current().pid();
    private static final String SESSION = "whoowns";
    private static final String PROMPT = "READY$ ";
    private static final long DEADLINE_MS = 15_000;
    /** The menu's last entry, whatever its number. */
    private static final java.util.regex.Pattern QUIT = java.util.regex.Pattern.compile("\\d  Quit");

    private static Path jar;
    /** Learner data of the runs, never the real home. */
    private static Path home;

    @BeforeAll
    static void requirements() throws Exception {
        Tmux.require("tmux");
        String property = System.getProperty("whoowns.jar");
        assertTrue(property != null, "system property whoowns.jar (set by failsafe) is missing");
        jar = Path.of(property);
        home = Files.createTempDirectory("whoowns-home");
        assertTrue(Files.isRegularFile(jar), jar + " does not exist; run mvn package first");
    }

    @BeforeEach
    void openTerminal() throws Exception {
        tmuxQuietly("kill-session", "-t", SESSION);
        // The server left by the last test may still be exiting ("server exited unexpectedly"): try again.
        for (int attempt = 1; ; attempt++) {
            try {
                tmux("new-session", "-d", "-s", SESSION, "-x", "80", "-y", "24",
                        "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 WHOOWNS_HOME='" + home + "' bash --norc --noprofile");
                break;
            } catch (AssertionError e) {
                if (attempt == 5) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
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
        // the answer is saved, so leaving asks nothing and the run can be resumed
        await("the menu again", s -> s.contains("Resume practice") && QUIT.matcher(s).find());
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
    void practiceTenQuitStartAgainAndProgressShowsThoseAnswers() throws Exception {
        launch("--learner e2e");
        type("p");
        for (int n = 1; n <= 10; n++) {
            int number = n;
            // the footer row is written last: once it is the question's, the whole frame is there
            String question = await("question " + n, s -> s.contains("Question " + number + "/10") && s.contains("Picked: ")
                    && (s.contains("keys C S M") || s.contains("↑↓ and Enter") || s.contains("Space: tick")));
            if (question.contains("keys C S M")) {
                type("cccc");
                key("Enter");
            } else {
                type("1");
                if (question.contains("Select all that apply")) {
                    key("Enter");
                }
            }
            await("feedback " + n, s -> s.contains("✓ RIGHT") || s.contains("✗ WRONG") || s.contains("~ PARTLY RIGHT"));
            key("Enter");
        }
        await("the summary", s -> !s.contains("Question 10/10"));
        type("q");
        awaitPromptAfterExit();

        launch("--learner e2e");
        type("g");
        String progress = await("the progress screen", s -> s.contains("Progress of e2e") && s.contains("Recent sessions"));
        assertFalse(progress.contains("Cells practised 0 of"), progress);
        assertFalse(progress.contains("none yet"), progress);
        assertTrue(progress.contains("Answers ") && progress.lines().anyMatch(l -> l.matches(".* answers, \\d+ right")),
                progress);
        assertTrue(progress.lines().anyMatch(l -> l.matches("^ Physical datacenter .*")), progress);
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
        await("the menu redrawn", s -> QUIT.matcher(s).find() && !s.contains("needs at least"));
        type("q");
        awaitPromptAfterExit();
    }

    @Test
    void item20_ctrlCQuitsCleanlyWith130() throws Exception {
        launch();
        type("s");
        await("the study grid", s -> s.contains("Study: "));
        key("C-c");
        awaitPromptAfterExit(130);
        assertSaneTerminal();
    }

    @Test
    void item20_aSigintEndsWith130AndRestoresTheTerminal() throws Exception {
        launch();
        type("p");
        await("the first question", s -> s.contains("Question 1/"));
        long shell = Long.parseLong(tmux("display-message", "-p", "-t", SESSION, "#{pane_pid}").strip());
        ProcessHandle tui = ProcessHandle.of(shell).orElseThrow().children().findFirst().orElseThrow();
        // The signal a terminal's Ctrl-C sends when Ctrl-C is an interrupt key, sent to the TUI alone.
        new ProcessBuilder("kill", "-INT", Long.toString(tui.pid())).start().waitFor();
        awaitPromptAfterExit(130);
        assertSaneTerminal();
    }

    @Test
    void item17_practiceShowsTheSeedAndHowToRepeatIt() throws Exception {
        launch("practice --seed 4242");
        String screen = await("the first question", s -> s.contains("Question 1/"));
        assertTrue(screen.contains("Seed 4242"), screen);
        assertTrue(screen.contains("Repeat this run: whoowns practice --seed 4242"), screen);
        type("q");
        awaitPromptAfterExit(0);
    }

    @Test
    void item11_widePackNamesDrawAlignedAndLeaveNothingBehind() throws Exception {
        String json = Files.readString(Path.of("questions/azure-shared-responsibility.json"), StandardCharsets.UTF_8)
                .replace("\"Client devices\"", "\"ㄅㄆㄇ ꀀꀁ devices\"")
                .replace("\"Applications\"", "\"㌀㌁ 漢字 apps\"")
                .replace("\"Physical network\"", "\"ꀀꀁꀂ ㄅ network\"");
        Path pack = Files.createTempFile("whoowns-wide", ".json");
        try {
            Files.writeString(pack, json, StandardCharsets.UTF_8);
            launch("--pack '" + pack + "'");
            type("s");
            String study = await("the study grid", s -> s.contains("Study: ") && s.contains("ㄅㄆㄇ"));
            List<String> rows = study.lines().filter(l -> l.startsWith(" ") && !l.contains("×") && List.of("Customer data", "ㄅㄆㄇ",
                    "㌀㌁", "ꀀꀁꀂ", "Physical hosts").stream().anyMatch(l::contains)).toList();
            assertEquals(5, rows.size(), study);
            int end = TerminalText.width(rows.get(0).stripTrailing());
            for (String row : rows) {
                assertEquals(end, TerminalText.width(row.stripTrailing()), "every grid row ends in the same column:\n" + study);
            }
            key("Down");
            key("Down");
            key("Down");
            await("the cursor on the wide row", s -> s.contains("ㄅㄆㄇ ꀀꀁ devices ×"));
            key("Escape");
            String menu = await("the menu again", s -> QUIT.matcher(s).find());
            assertFalse(menu.contains("ㄅ") || menu.contains("ꀀ") || menu.contains("㌀"), "left behind:\n" + menu);
            type("p");
            String practice = await("a question", s -> s.contains("Question 1/"));
            for (String line : practice.lines().toList()) {
                assertTrue(TerminalText.width(line) <= 80, line);
            }
            assertTrue(practice.lines().anyMatch(l -> l.startsWith("──") && TerminalText.width(l) == 80), practice);
            type("q");
            awaitPromptAfterExit(0);
        } finally {
            Files.deleteIfExists(pack);
        }
    }

    @Test
    void aTimedExamCountsDownIsSubmittedSavedAndExitsByItsResult() throws Exception {
        Path home = Files.createTempDirectory("whoowns-e2e-exam-");
        type("export WHOOWNS_HOME='" + home + "'");
        key("Enter");
        type("'" + java() + "' -jar '" + jar + "' exam --count 3 --seed 5 --time-limit 5 --learner e2e; echo EXIT=$?");
        key("Enter");
        await("the exam's first question with its countdown", s -> s.contains("Exam 1/3") && s.contains("Time 5:00"));
        await("the countdown ticking", s -> s.contains("Time 4:5"));
        for (int i = 1; i <= 3; i++) {
            int number = i;
            String screen = await("question " + i, s -> s.contains("Exam " + number + "/3") || s.contains("Exam list"));
            type("1");
            if (screen.contains("Select all that apply")) {
                key("Enter");
            }
        }
        await("the list after the last question", s -> s.contains("Exam list") && s.contains("3. answered"));
        type("s");
        await("the submit question", s -> s.contains("Submit the exam?"));
        type("y");
        String result = await("the result", s -> s.contains("Exam result") && (s.contains("PASSED") || s.contains("FAILED")));
        assertTrue(result.contains("By area") && result.contains("Saved as attempt #1"), result);
        type("q");
        awaitPromptAfterExit(result.contains("PASSED") ? 0 : 1);
        assertSaneTerminal();
        type("clear; '" + java() + "' -jar '" + jar + "' results --learner e2e");
        key("Enter");
        await("the attempt in the results", s -> s.contains("azure-shared-responsibility") && s.contains("/3 "));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void launch() throws Exception {
        launch("");
    }

    private static void launch(String args) throws Exception {
        type("'" + java() + "' -jar '" + jar + "' " + args + "; echo EXIT=$?");
        key("Enter");
        await("the TUI", s -> s.contains("1  Study") && QUIT.matcher(s).find() || s.contains("Question 1/"));
    }

    private static void awaitPromptAfterExit() throws Exception {
        awaitPromptAfterExit(0);
    }

    private static void awaitPromptAfterExit(int code) throws Exception {
        String screen = await("the shell prompt after the TUI",
                s -> s.lines().anyMatch(l -> l.matches("EXIT=\\d+")) && s.strip().endsWith(PROMPT.strip()));
        assertTrue(screen.lines().anyMatch(l -> l.equals("EXIT=" + code)), "exit code " + code + ":\n" + screen);
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


    private static String tmux(String... args) throws Exception {
        return Tmux.run(SOCKET, args);
    }

    private static void tmuxQuietly(String... args) throws Exception {
        Tmux.quietly(SOCKET, args);
    }
}
