package org.whoowns.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.whoowns.learn.DataDir;
import org.whoowns.learn.Learner;
import org.whoowns.learn.LearnerFiles;
import org.whoowns.learn.Notebook;
import org.whoowns.learn.ResultStore;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackLoader;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 15 item 6: the Ctrl-C key, SIGINT, SIGTERM, SIGHUP and a closed terminal at every screen (menu,
 * practice, exam, progress, hot-seat drill, serve with an ssh student). The real program runs through
 * {@code bin/whoowns} in a tmux pane (a private tmux server, 80x24), as a user starts it: an interactive shell
 * runs it as a job, so closing the pane hangs the terminal up and the shell passes SIGHUP on, as a terminal
 * window closing does. A wrapper shell between them notes the exit code in a file (it survives the hang-up).
 * Each case checks that the process ends within a few seconds with the documented code, that a surviving
 * terminal is sane (canonical mode, echo, Ctrl-C an interrupt key, main screen, cursor shown), and that
 * nothing saved is lost: the learner's files parse and hold every answer given before the fault, no lock or
 * temporary file is left behind, the next start works, and drills keep the answers given so far.
 */
class SignalsIT {
    private static final String SOCKET = "whoowns-signals-it-" + ProcessHandle.current().pid();
    private static final String PROMPT = "READY$ ";
    private static final long DEADLINE_MS = 15_000;
    /** How long a process may take to end after the fault: it saves, restores the terminal, and (serve) tells students. */
    private static final long END_MS = 8_000;
    private static final String LEARNER = "sig";
    private static final String CODE = "K7Q2M";
    private static final String SSH = "ssh -tt -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
            + "-o LogLevel=ERROR -p ";

    enum Screen { MENU, PRACTICE, EXAM, PROGRESS, DRILL, SERVE }

    /** A fault and the exit code it ends with (128 + the signal's number, as the JVM and shells report it). */
    enum Fault {
        CTRL_C_KEY(130), SIGINT(130), SIGTERM(143), SIGHUP(129), CLOSED_TERMINAL(129);

        final int exit;

        Fault(int exit) {
            this.exit = exit;
        }
    }

    private static Path jar;
    private static Path launcher;
    private static Path seedHome;
    private static Pack pack;
    /** The reviews the seeded learner has before any case runs (and one exam attempt). */
    private static int seededReviews;
    private static int counter;

    private String session;
    private final List<Path> temps = new ArrayList<>();

    @BeforeAll
    static void requirements() throws Exception {
        Tmux.require("tmux", "ssh");
        jar = Path.of(System.getProperty("whoowns.jar")).toAbsolutePath();
        launcher = Path.of("bin/whoowns").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), jar + " does not exist; run mvn package first");
        pack = PackLoader.loadDefault();
        // The learner every case starts from: two practice answers saved and one exam attempt on record.
        seedHome = Files.createTempDirectory("whoowns-signals-seed-");
        run("1\n1\n", "practice", "--plain", "--learner", LEARNER, "--count", "2", "--seed", "1");
        run("", "exam", "--plain", "--learner", LEARNER, "--count", "2", "--seed", "1");
        try (Notebook book = Notebook.open(new DataDir(seedHome), new Learner(LEARNER), pack, Instant.now())) {
            seededReviews = book.progress().log().size();
        }
        assertTrue(seededReviews >= 2, "the seeded learner has reviews: " + seededReviews);
        assertEquals(1, attempts(seedHome));
        // One session that lives through all cases, so the server does not exit when a case closes its terminal.
        tmux("new-session", "-d", "-s", "keep", "-x", "80", "-y", "24", "sleep 3600");
    }

    @AfterAll
    static void stopServer() throws Exception {
        String socket = tmux("display-message", "-p", "-t", "keep", "#{socket_path}").strip();
        tmuxQuietly("kill-server");
        Files.deleteIfExists(Path.of(socket)); // tmux leaves its socket file behind
        deleteTree(seedHome);
    }

    @AfterEach
    void tidy() throws Exception {
        if (session != null) {
            tmuxQuietly("kill-session", "-t", session);
        }
        for (Path temp : temps) {
            deleteTree(temp);
        }
    }

    static Stream<Arguments> matrix() {
        return Arrays.stream(Screen.values()).flatMap(s -> Arrays.stream(Fault.values()).map(f -> Arguments.of(s, f)));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("matrix")
    void aFaultEndsTheProgramRestoresTheTerminalAndKeepsWhatWasSaved(Screen screen, Fault fault) throws Exception {
        long started = System.nanoTime();
        Path home = Files.createTempDirectory("whoowns-signals-");
        temps.add(home);
        copyTree(seedHome, home);
        Path exitFile = home.resolve("exit-code");
        openTerminal(home);

        int port = screen == Screen.SERVE ? freePort() : 0;
        long pid = launch(exitFile, switch (screen) {
            case MENU, PROGRESS -> "--learner " + LEARNER;
            case PRACTICE -> "practice --learner " + LEARNER + " --count 4 --seed 7";
            case EXAM -> "exam --learner " + LEARNER + " --count 4 --seed 3";
            case DRILL -> "drill --code " + CODE + " --players Ann,Bo --count 2 --seconds 60";
            case SERVE -> "serve --bind 127.0.0.1 --port " + port + " --code " + CODE + " --count 2 --seconds 60";
        });
        reach(screen, port);

        long faulted = System.nanoTime();
        deliver(fault, pid);
        awaitEnd(pid, screen + " × " + fault);
        long ended = (System.nanoTime() - faulted) / 1_000_000;

        if (fault == Fault.CLOSED_TERMINAL) {
            String code = awaitFile(exitFile);
            assertEquals(Integer.toString(fault.exit), code, "the exit code after the terminal closed");
        } else {
            awaitPromptAfterExit(fault.exit);
            assertSaneTerminal();
        }
        assertNothingLost(screen, home);
        if (screen == Screen.PRACTICE && fault != Fault.CLOSED_TERMINAL) {
            // the next start finds the run left midway, without waiting for a lock
            launch(exitFile, "--learner " + LEARNER);
            await("the menu offering the run left midway", s -> s.contains("Resume practice") && s.contains("(2 of 4)"));
            type("q");
            awaitPromptAfterExit(0);
        }
        System.out.printf("SignalsIT %s × %s: ended %d ms after the fault; case %d ms%n", screen, fault, ended,
                (System.nanoTime() - started) / 1_000_000);
    }

    static Stream<Arguments> startUps() {
        return Stream.of(Fault.SIGTERM, Fault.CLOSED_TERMINAL).flatMap(fault -> Stream.of(true, false)
                .flatMap(launcher -> Stream.of(0, 80, 160, 240).map(delay -> Arguments.of(fault, delay, launcher))));
    }

    /**
     * A fault while the program starts: before its first frame, while the frame is up and raw mode is being set
     * before Lanterna has taken the terminal over (SIGTERM there used to leave the terminal raw, with no echo
     * and Ctrl-C undefined), or just after. Whenever it lands, the terminal comes back and the code is right.
     */
    @ParameterizedTest(name = "{0} {1} ms into start-up, through bin/whoowns: {2}")
    @MethodSource("startUps")
    void aFaultDuringStartUpLeavesTheTerminalSane(Fault fault, int delay, boolean viaLauncher) throws Exception {
        Path home = Files.createTempDirectory("whoowns-signals-");
        temps.add(home);
        copyTree(seedHome, home);
        openTerminal(home);
        String program = viaLauncher ? launcher.toString() : "\"" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "\" -jar \"" + jar + "\"";
        Path exitFile = home.resolve("exit-code");
        Path errFile = home.resolve("stderr");
        // stderr to a file: with the terminal closed, what the program said would be lost
        long pid = launch(program, exitFile, "--learner " + LEARNER + " 2>" + errFile);
        Thread.sleep(delay);
        deliver(fault, pid);
        awaitEnd(pid, fault + " " + delay + " ms into start-up");
        if (fault == Fault.CLOSED_TERMINAL) {
            assertEquals(Integer.toString(fault.exit), awaitFile(exitFile), "the exit code after the terminal closed; stderr: "
                    + (Files.exists(errFile) ? Files.readString(errFile) : ""));
        } else {
            awaitPromptAfterExit(fault.exit);
            assertSaneTerminal();
        }
        String err = Files.exists(errFile) ? Files.readString(errFile) : "";
        assertFalse(err.contains("Exception"), err);
        assertNothingLost(Screen.MENU, home);
    }

    /** Goes to {@code screen} as a user would, answering a little on the way. */
    private void reach(Screen screen, int port) throws Exception {
        switch (screen) {
            case MENU -> awaitMenu();
            case PROGRESS -> {
                awaitMenu();
                type("g");
                await("the progress screen", s -> s.contains("Progress of " + LEARNER) && s.contains("Recent sessions"));
            }
            case PRACTICE -> {
                for (int n = 1; n <= 2; n++) {
                    int number = n;
                    String question = await("practice question " + n, s -> s.contains("Question " + number + "/4")
                            && s.contains("Picked: ") && (s.contains("↑↓ and Enter") || s.contains("Space: tick")));
                    answer(question);
                    await("feedback " + n, s -> s.contains("✓ RIGHT") || s.contains("✗ WRONG") || s.contains("~ PARTLY RIGHT"));
                    key("Enter");
                }
                await("practice question 3", s -> s.contains("Question 3/4") && s.contains("Picked: "));
            }
            case EXAM -> {
                for (int n = 1; n <= 2; n++) {
                    int number = n;
                    answer(await("exam question " + n, s -> s.contains("Exam " + number + "/4") && s.contains("?: keys")));
                }
                await("exam question 3", s -> s.contains("Exam 3/4") && s.contains("?: keys"));
            }
            case DRILL -> {
                // round 1: Ann and Bo; round 2: Ann only, then the fault while Bo is to play
                for (String turn : List.of("Ann", "Bo", "Ann")) {
                    await(turn + "'s turn", s -> s.contains("Enter: " + turn + " is ready"));
                    key("Enter");
                    answer(await(turn + "'s question", s -> s.contains("1-") && s.contains(turn) && !s.contains("is ready")));
                    if (turn.equals("Bo")) {
                        await("the end of round 1", s -> s.contains("Enter: next question"));
                        key("Enter");
                    }
                }
                await("Bo's turn in round 2", s -> s.contains("Enter: Bo is ready") && s.contains("Question 2/2"));
            }
            case SERVE -> {
                await("the lobby", s -> s.contains("ssh -p " + port + " " + CODE + "@127.0.0.1"));
                tmux("new-window", "-d", "-t", session, "-n", "student", "env TERM=xterm-256color LANG=C.UTF-8 " + SSH
                        + port + " " + CODE + "@127.0.0.1; echo SSH-EXIT=$?; sleep 60");
                awaitIn("student", "the name prompt", s -> s.contains("Name:"));
                tmux("send-keys", "-t", session + ":student", "-l", "Ann");
                tmux("send-keys", "-t", session + ":student", "Enter");
                awaitIn("student", "the lobby", s -> s.contains("You are in, Ann"));
                await("Ann in the lobby", s -> s.contains("In the lobby: 1"));
                key("Enter");
                String question = awaitIn("student", "question 1", s -> s.contains("Question 1 of 2"));
                tmux("send-keys", "-t", session + ":student", "1");
                if (question.contains("Select all")) {
                    tmux("send-keys", "-t", session + ":student", "Enter");
                }
                await("question 1 closed", s -> s.contains("how the room answered") && s.contains("1/2 done"));
                key("Enter");
                awaitIn("student", "question 2", s -> s.contains("Question 2 of 2"));
                await("question 2 open", s -> s.contains("Question 2 of 2") && s.contains("e: end the question now"));
            }
        }
    }

    /** Picks the first choice (and submits it on a select-all question). */
    private void answer(String question) throws Exception {
        type("1");
        if (question.contains("Select all") || question.contains("Space: tick")) {
            key("Enter");
        }
    }

    private void deliver(Fault fault, long pid) throws Exception {
        switch (fault) {
            case CTRL_C_KEY -> key("C-c");
            case SIGINT -> kill("-INT", pid);
            case SIGTERM -> kill("-TERM", pid);
            case SIGHUP -> kill("-HUP", pid);
            // the terminal goes away: the shell (and through it the program) gets SIGHUP, reads end, writes fail
            case CLOSED_TERMINAL -> tmux("kill-pane", "-t", session + ":0.0");
        }
    }

    private static void kill(String signal, long pid) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", signal, Long.toString(pid)).start().waitFor());
    }

    /** The program's process is gone within {@link #END_MS}: no orphan left running. */
    private static void awaitEnd(long pid, String what) throws Exception {
        long end = System.nanoTime() + END_MS * 1_000_000;
        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            if (System.nanoTime() > end) {
                fail(what + ": the program (pid " + pid + ") is still running " + END_MS + " ms after the fault");
            }
            Thread.sleep(20);
        }
    }

    private void assertNothingLost(Screen screen, Path home) throws Exception {
        try (Stream<Path> files = Files.walk(home)) {
            List<Path> stray = files.filter(f -> f.getFileName().toString().endsWith(".tmp")
                    || f.getFileName().toString().contains(".corrupt-")).toList();
            assertTrue(stray.isEmpty(), "no temporary or set-aside file: " + stray);
        }
        DataDir data = new DataDir(home);
        Learner learner = new Learner(LEARNER);
        // Not locked (no wait at all), every file readable as it stands, the exam on record still there.
        try (LearnerFiles files = LearnerFiles.open(data, learner, Duration.ZERO)) {
            assertEquals(1, ResultStore.open(files, Instant.now()).attempts().size(), "the earlier exam attempt");
            assertEquals(List.of(), files.takeNotices(), "no file was damaged");
        }
        try (Notebook book = Notebook.open(data, learner, pack, Instant.now())) {
            assertEquals(List.of(), book.takeNotices(), "no file was damaged");
            Optional<Notebook.Resumable> left = book.resumable();
            if (screen == Screen.PRACTICE) {
                assertTrue(left.isPresent(), "the run left midway is saved");
                assertEquals(2, left.get().session().position(), "both answers given before the fault are saved");
                assertTrue(book.progress().log().size() >= seededReviews + 2, "the reviews of both answers are saved: "
                        + book.progress().log().size() + " after " + seededReviews);
            } else {
                assertTrue(left.isEmpty(), "no run left midway");
                assertEquals(seededReviews, book.progress().log().size(), "the reviews saved before");
            }
        }
        if (screen == Screen.DRILL || screen == Screen.SERVE) {
            List<String> rows = drillRows(home);
            if (screen == Screen.DRILL) {
                // Ann and Bo answered question 1, Ann question 2; Bo's turn at question 2 never came
                assertEquals(5, rows.size(), rows.toString());
                assertTrue(rows.stream().anyMatch(r -> r.matches(CODE + ",Ann,1,.*,1,(right|wrong),\\d+,\\d+")), rows.toString());
                assertTrue(rows.stream().anyMatch(r -> r.matches(CODE + ",Bo,1,.*,1,(right|wrong),\\d+,\\d+")), rows.toString());
                assertTrue(rows.stream().anyMatch(r -> r.matches(CODE + ",Ann,2,.*,1,(right|wrong),\\d+,\\d+")), rows.toString());
            } else {
                assertTrue(rows.stream().anyMatch(r -> r.matches(CODE + ",Ann,1,.*,1,(right|wrong),\\d+,\\d+")), rows.toString());
                assertTrue(rows.stream().anyMatch(r -> r.matches(CODE + ",Ann,2,.*,,none,,0")),
                        "the open question closes with the answers it has: " + rows);
                String student = awaitIn("student", "the student's connection to end", s -> s.contains("SSH-EXIT="));
                assertTrue(student.contains("whoowns drill " + CODE + ": Ann, rank 1 of 1"), "the student is told:\n" + student);
                assertEquals("0", tmux("display-message", "-p", "-t", session + ":student", "#{alternate_on}").strip(),
                        "the student's terminal is back on its main screen");
            }
        }
    }

    private static List<String> drillRows(Path home) throws IOException {
        Path dir = home.resolve("drills");
        assertTrue(Files.isDirectory(dir), "the drill's results were saved in " + dir);
        List<Path> answers;
        try (Stream<Path> files = Files.list(dir)) {
            answers = files.filter(f -> f.toString().endsWith("-answers.csv")).toList();
        }
        assertEquals(1, answers.size(), "one results file: " + answers);
        String stem = answers.get(0).getFileName().toString().replace("-answers.csv", "");
        assertTrue(Files.isRegularFile(dir.resolve(stem + "-standings.csv")), "the standings beside the answers");
        return Files.readAllLines(answers.get(0), StandardCharsets.UTF_8);
    }

    // --- the terminal ---------------------------------------------------------------------------------------

    private void openTerminal(Path home) throws Exception {
        session = "c" + (++counter);
        tmux("new-session", "-d", "-s", session, "-x", "80", "-y", "24", "env TERM=xterm-256color LANG=C.UTF-8"
                + " LC_ALL=C.UTF-8 PS1='" + PROMPT + "' WHOOWNS_HOME='" + home + "' XDG_CACHE_HOME=/dev/null"
                + " JAVA_HOME='" + System.getProperty("java.home") + "' WHOOWNS_JAR='" + jar + "' bash --norc --noprofile");
        await("the shell prompt", s -> s.strip().equals(PROMPT.strip()));
    }

    /**
     * Starts the program as a job of the pane's shell, through a shell that notes its exit code in
     * {@code exitFile} and survives a hang-up (a handled signal is reset to the default in the program);
     * returns the program's pid.
     */
    private long launch(Path exitFile, String args) throws Exception {
        return launch(launcher.toString(), exitFile, args);
    }

    private long launch(String program, Path exitFile, String args) throws Exception {
        type("clear; bash -c 'trap : HUP; " + program + " " + args + "; s=$?; echo $s > " + exitFile + "; exit $s'"
                + "; echo EXIT=$?");
        key("Enter");
        long shell = Long.parseLong(tmux("display-message", "-p", "-t", session + ":0.0", "#{pane_pid}").strip());
        long end = System.nanoTime() + DEADLINE_MS * 1_000_000;
        while (true) {
            Optional<ProcessHandle> java = ProcessHandle.of(shell).orElseThrow().descendants()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst();
            if (java.isPresent()) {
                return java.get().pid();
            }
            if (System.nanoTime() > end) {
                fail("the program did not start:\n" + capture(session + ":0.0"));
            }
            Thread.sleep(10);
        }
    }

    private void awaitMenu() throws Exception {
        await("the menu with the pack loaded", s -> s.contains("(c: change pack)") && s.contains("Quit"));
    }

    private void awaitPromptAfterExit(int code) throws Exception {
        String screen = await("the shell prompt after the program",
                s -> s.lines().anyMatch(l -> l.matches("EXIT=\\d+")) && s.strip().endsWith(PROMPT.strip()));
        assertTrue(screen.lines().anyMatch(l -> l.equals("EXIT=" + code)), "exit code " + code + ":\n" + screen);
        assertFalse(screen.contains("Exception"), screen);
    }

    /** Canonical mode, echo and Ctrl-C as the interrupt key back; the main screen and the cursor shown. */
    private void assertSaneTerminal() throws Exception {
        String modes = tmux("display-message", "-p", "-t", session + ":0.0", "#{alternate_on} #{cursor_flag}").strip();
        assertEquals("0 1", modes, "out of the alternate screen (0) with the cursor shown (1)");
        type("clear; stty -a");
        key("Enter");
        String screen = await("stty's report", s -> s.contains("icanon") && s.strip().endsWith(PROMPT.strip()));
        List<String> flags = Arrays.asList(screen.split("[\\s;]+"));
        assertTrue(flags.contains("icanon") && !flags.contains("-icanon"), "canonical mode restored:\n" + screen);
        assertTrue(flags.contains("echo") && !flags.contains("-echo"), "echo restored:\n" + screen);
        assertTrue(screen.contains("intr = ^C"), "Ctrl-C is an interrupt again:\n" + screen);
    }

    private String await(String what, Predicate<String> ready) throws Exception {
        return awaitPane(session + ":0.0", what, ready);
    }

    private String awaitIn(String window, String what, Predicate<String> ready) throws Exception {
        return awaitPane(session + ":" + window, what, ready);
    }

    /** Polls the pane every 30 ms until {@code ready} holds; fails with the last screen after the deadline. */
    private static String awaitPane(String pane, String what, Predicate<String> ready) throws Exception {
        long end = System.nanoTime() + DEADLINE_MS * 1_000_000;
        String screen = capture(pane);
        while (!ready.test(screen)) {
            if (System.nanoTime() > end) {
                fail("timed out after " + DEADLINE_MS + " ms waiting for " + what + "; the screen:\n" + screen);
            }
            Thread.sleep(30); // polling another process's terminal
            screen = capture(pane);
        }
        return screen;
    }

    private static String awaitFile(Path file) throws Exception {
        long end = System.nanoTime() + DEADLINE_MS * 1_000_000;
        while (!Files.isRegularFile(file) || Files.size(file) == 0) {
            if (System.nanoTime() > end) {
                fail(file + " was never written");
            }
            Thread.sleep(20);
        }
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    private static String capture(String pane) throws Exception {
        return tmux("capture-pane", "-p", "-t", pane);
    }

    private void type(String text) throws Exception {
        tmux("send-keys", "-t", session + ":0.0", "-l", text);
    }

    private void key(String name) throws Exception {
        tmux("send-keys", "-t", session + ":0.0", name);
    }


    private static String tmux(String... args) throws Exception {
        return Tmux.run(SOCKET, args);
    }

    private static void tmuxQuietly(String... args) throws Exception {
        Tmux.quietly(SOCKET, args);
    }

    // --- files and processes --------------------------------------------------------------------------------

    /** Runs the jar outside any terminal, for the seeded learner, with {@code input} on stdin. */
    private static void run(String input, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("WHOOWNS_HOME", seedHome.toString());
        Process process = builder.start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        assertTrue(code == 0 || code == 1, String.join(" ", args) + " exited " + code + ":\n" + out);
    }

    private static int attempts(Path home) throws Exception {
        try (LearnerFiles files = LearnerFiles.open(new DataDir(home), new Learner(LEARNER), Duration.ZERO)) {
            return ResultStore.open(files, Instant.now()).attempts().size();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals("lock")) {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
