package org.whoowns.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * `whoowns serve` from the real jar in one tmux window and three real OpenSSH clients in others: they join,
 * answer, and the instructor sees the distribution and a ranking that matches their answers; meanwhile a
 * client sending 1 MB of random bytes, one that never finishes the handshake and one that stops reading do
 * not disturb them; q saves a results file listing all three per question.
 */
class ClassroomTmuxIT {
    private static final String SOCKET = "whoowns-classroom-it-" + ProcessHandle.current().pid();
    private static final long DEADLINE_MS = 20_000;
    private static final String SSH = "ssh -tt -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null "
            + "-o LogLevel=ERROR -p ";

    @TempDir
    static Path home;

    @BeforeAll
    static void requirements() throws Exception {
        Tmux.require("tmux", "ssh");
    }

    @AfterAll
    static void stopTmux() throws Exception {
        Tmux.quietly(SOCKET, "kill-server");
    }

    @Test
    void threeSshStudentsPlayWhileHostileClientsTryToDisturbThem() throws Exception {
        int port = freePort();
        String jar = Path.of(System.getProperty("whoowns.jar")).toAbsolutePath().toString();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        tmux("new-session", "-d", "-s", "srv", "-x", "100", "-y", "40", "env TERM=xterm-256color LANG=C.UTF-8 "
                + "WHOOWNS_HOME='" + home + "' '" + java + "' -jar '" + jar + "' serve --bind 127.0.0.1 --port " + port
                + " --code K7Q2M --count 2 --seconds 60; echo SERVE-EXIT=$?; sleep 60");
        await("srv", "the lobby", s -> s.contains("ssh -p " + port + " K7Q2M@127.0.0.1"));
        assertTrue(capture("srv").contains("SHA256:"), "the host key's fingerprint is shown");

        List<String> names = List.of("Ann", "Bo", "Cy");
        for (String name : names) {
            tmux("new-window", "-d", "-t", "srv", "-n", name, "env TERM=xterm-256color LANG=C.UTF-8 " + SSH + port
                    + " K7Q2M@127.0.0.1; sleep 60");
            await(name, "the name prompt", s -> s.contains("Name:"));
            tmux("send-keys", "-t", "srv:" + name, "-l", name);
            tmux("send-keys", "-t", "srv:" + name, "Enter");
            await(name, "the lobby", s -> s.contains("You are in, " + name));
        }
        // the hostile ones: silent, random bytes, and a real client that stops reading its output
        try (Socket silent = new Socket("127.0.0.1", port); Socket noise = new Socket("127.0.0.1", port)) {
            byte[] junk = new byte[1 << 20];
            new Random(7).nextBytes(junk);
            try (OutputStream out = noise.getOutputStream()) {
                out.write(junk);
            } catch (IOException reset) {
                // the server hangs up on garbage, as it should
            }
            tmux("new-window", "-d", "-t", "srv", "-n", "deaf", SSH + port + " K7Q2M@127.0.0.1 | sleep 600");
            await("srv", "four in the lobby", s -> s.contains("In the lobby: 3") || s.contains("In the lobby: 4"));

            for (int question = 1; question <= 2; question++) {
                tmux("send-keys", "-t", "srv:0", "Enter");
                final int q = question;
                for (String name : names) {
                    await(name, "question " + q, s -> s.contains("Question " + q + " of 2"));
                }
                // Ann picks 1, Bo 2, Cy 1 (a select-all question takes Enter after the ticks)
                for (int i = 0; i < names.size(); i++) {
                    tmux("send-keys", "-t", "srv:" + names.get(i), i == 1 ? "2" : "1");
                    if (capture(names.get(i)).contains("Select all")) {
                        tmux("send-keys", "-t", "srv:" + names.get(i), "Enter");
                    }
                }
                // all three answered: the question closes by itself (the deaf client never gave a name)
                String chart = await("srv", "the distribution of question " + q,
                        s -> s.contains("how the room answered") && s.contains("3 answered"));
                assertTrue(chart.lines().anyMatch(l -> l.matches("\\s*(✓ )?1 [█ ]+\\s+2\\s+.*")), "two picked 1:\n" + chart);
                assertTrue(chart.lines().anyMatch(l -> l.matches("\\s*(✓ )?2 [█ ]+\\s+1\\s+.*")), "one picked 2:\n" + chart);
                assertTrue(chart.contains("Rank  Points  Right  Name"), chart);
            }
        }
        tmux("send-keys", "-t", "srv:0", "Enter");
        String last = await("srv", "the final ranking", s -> s.contains("Final ranking after 2 questions"));
        for (String name : names) {
            assertTrue(last.contains(name), last);
        }
        tmux("send-keys", "-t", "srv:0", "q");
        await("srv", "the server's exit", s -> s.contains("SERVE-EXIT=0"));
        for (String name : names) {
            await(name, "the farewell line", s -> s.contains("whoowns drill K7Q2M: " + name + ", rank"));
        }
        Path answers;
        try (Stream<Path> files = Files.list(home.resolve("drills"))) {
            answers = files.filter(f -> f.toString().endsWith("-answers.csv")).findFirst().orElseThrow();
        }
        List<String> rows = Files.readAllLines(answers, StandardCharsets.UTF_8);
        assertEquals(1 + 3 * 2, rows.size(), rows.toString());
        for (String name : names) {
            assertEquals(2, rows.stream().filter(r -> r.startsWith("K7Q2M," + name + ",")).count(), rows.toString());
            String letter = name.equals("Bo") ? ",2," : ",1,"; // the choice numbers the screens show
            assertTrue(rows.stream().filter(r -> r.startsWith("K7Q2M," + name + ","))
                    .allMatch(r -> r.contains(letter) && (r.contains(",right,") || r.contains(",wrong,"))),
                    "every answer recorded as typed: " + rows);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String await(String window, String what, Predicate<String> ready) throws Exception {
        long end = System.nanoTime() + DEADLINE_MS * 1_000_000;
        String screen = capture(window);
        while (!ready.test(screen)) {
            if (System.nanoTime() > end) {
                fail("timed out after " + DEADLINE_MS + " ms waiting in " + window + " for " + what + ":\n" + screen);
            }
            Thread.sleep(100); // polling another process's terminal
            screen = capture(window);
        }
        return screen;
    }

    private static String capture(String window) throws Exception {
        return tmux("capture-pane", "-p", "-t", window.equals("srv") ? "srv:0" : "srv:" + window);
    }


    private static String tmux(String... args) throws Exception {
        return Tmux.run(SOCKET, args);
    }
}
