package org.whoowns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `serve` adds nothing to the other commands' start-up: with -Xlog:class+load, no SSH, slf4j or classroom
 * server class loads for them; serve itself (stopped early here: no terminal) loads its own entry class,
 * which shows the check sees what it looks for.
 */
class ServeClassLoadingIT {
    private static final List<String> SERVE_ONLY = List.of("org.apache.sshd.", "org.slf4j.", "org.whoowns.cli.ServeRun ",
            "org.whoowns.tui.Classroom ", "org.whoowns.classroom.ssh.", "org.whoowns.tui.SshTerminal ");

    @TempDir
    Path home;

    @Test
    void otherCommandsLoadNoClassOfTheClassroomServer() throws Exception {
        for (List<String> args : List.of(List.of("matrix"), List.of("--help"), List.of("results", "--drills"),
                List.of("export", "--format", "json", "--mode", "drill", "--code", "K7Q2M"))) {
            String log = run(args);
            for (String prefix : SERVE_ONLY) {
                assertTrue(log.lines().noneMatch(l -> l.contains(" " + prefix)), args + " loaded " + prefix + ":\n"
                        + log.lines().filter(l -> l.contains(prefix)).limit(5).toList());
            }
        }
        String serve = run(List.of("serve", "--port", "0"));
        assertTrue(serve.lines().anyMatch(l -> l.contains(" org.whoowns.cli.ServeRun ")), "serve's own class is seen");
    }

    private String run(List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-Xlog:class+load=info", "-jar", System.getProperty("whoowns.jar", "target/whoowns.jar")));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().put("WHOOWNS_HOME", home.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        assertEquals(args.get(0).equals("serve") ? 2 : 0, code, args + ":\n" + out.lines()
                .filter(l -> !l.startsWith("[")).toList());
        return out;
    }
}
