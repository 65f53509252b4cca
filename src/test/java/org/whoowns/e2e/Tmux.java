package org.whoowns.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** tmux on a private server socket, without the user's configuration: what every end-to-end test drives. */
final class Tmux {
    private Tmux() {
    }

    /** Runs tmux with {@code args} on {@code socket}; its output, or a failed assertion with that output. */
    static String run(String socket, String... args) throws Exception {
        List<String> command = command(socket, args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + " failed: " + out);
        return out;
    }

    /** Runs tmux with {@code args} on {@code socket}, whatever it answers (cleaning up; no tmux at all included). */
    static void quietly(String socket, String... args) throws Exception {
        try {
            new ProcessBuilder(command(socket, args)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            // no tmux: the test's requirements have said so already
        }
    }

    /** Fails the test class at once, saying what to install, unless every one of {@code tools} runs. */
    static void require(String... tools) throws InterruptedException {
        for (String tool : tools) {
            try {
                new ProcessBuilder(tool, "-V").redirectErrorStream(true).start().waitFor();
            } catch (IOException e) {
                fail(tool + " is required for this end-to-end test and was not found (" + e.getMessage()
                        + "); install it, e.g. apt-get install " + (tool.equals("ssh") ? "openssh-client" : tool));
            }
        }
    }

    private static List<String> command(String socket, String... args) {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket, "-f", "/dev/null"));
        command.addAll(List.of(args));
        return command;
    }
}
