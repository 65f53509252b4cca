package org.whoowns;

import org.whoowns.cli.Commands;
import org.whoowns.cli.Io;
import org.whoowns.cli.Output;
import org.whoowns.plain.Stdin;
import org.whoowns.plain.Stdout;
import org.whoowns.tui.Rehearsal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run of the class-data archive: {@code bin/whoowns} runs it once per jar with
 * -XX:ArchiveClassesAtExit, so that the classes an interactive start loads come from the archive, already
 * parsed and verified, instead of the jar. It starts as {@link Main} does and asks for the menu, which
 * without a terminal goes as far as the pack and stops with a one-line error; then {@link Rehearsal} opens
 * every screen on a virtual terminal. Nothing is written outside a temporary home, removed at the end.
 */
public final class Training {
    private Training() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("whoowns-training");
        try {
            Output nowhere = Output.of(OutputStream.nullOutputStream());
            Io io = new Io(Stdin.stream(), nowhere, nowhere, Stdout::columns)
                    .withEnv(Map.of("WHOOWNS_HOME", home.toString(), "TERM", "xterm-256color"));
            Class.forName(Main.class.getName(), false, Training.class.getClassLoader()); // loaded, not run: it exits
            Commands.run(new String[0], io); // the menu
            Rehearsal.forArchive();
        } finally {
            delete(home);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
