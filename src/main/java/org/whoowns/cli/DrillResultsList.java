package org.whoowns.cli;

import org.whoowns.pack.TerminalText;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * `results --drills`: one line per saved drill (code, start time, players, questions, winner) from the
 * standings and answers files drills and the classroom server write in the data directory.
 */
final class DrillResultsList {
    private static final String SUFFIX = "-standings.csv";

    private DrillResultsList() {
    }

    static void print(Path dir, PrintStream out) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(dir, "drill-*" + SUFFIX)) {
            list.forEach(files::add);
        } catch (NoSuchFileException e) {
            // no drill saved yet
        }
        files.sort(null);
        if (files.isEmpty()) {
            out.println("No drill results yet in " + dir);
            return;
        }
        out.println("code   started          players  questions  first");
        for (Path standings : files) {
            out.println(line(standings));
        }
        out.println(files.size() + (files.size() == 1 ? " drill" : " drills") + " in " + dir);
    }

    /** "K7Q2M  2025-03-01 09:15  12  10  Ann (2450)"; a damaged file is named, not fatal. */
    static String line(Path standings) {
        String stem = standings.getFileName().toString();
        stem = stem.substring("drill-".length(), stem.length() - SUFFIX.length()); // CODE-yyyyMMdd-HHmmss
        String[] parts = stem.split("-");
        if (parts.length != 3 || parts[1].length() != 8 || parts[2].length() != 6) {
            return TerminalText.clean(standings.getFileName().toString()) + ": not a drill results file name";
        }
        String when = parts[1].substring(0, 4) + "-" + parts[1].substring(4, 6) + "-" + parts[1].substring(6)
                + " " + parts[2].substring(0, 2) + ":" + parts[2].substring(2, 4);
        try {
            List<String> rows = Files.readAllLines(standings);
            Path answers = standings.resolveSibling(standings.getFileName().toString()
                    .replace(SUFFIX, "-answers.csv"));
            long questions = Files.exists(answers) ? Files.readAllLines(answers).stream().skip(1)
                    .map(r -> r.split(",", -1)).filter(c -> c.length >= 8).map(c -> c[c.length - 6]).distinct()
                    .count() : 0; // counted from the right: only the name before it may hold commas
            String first = rows.size() > 1 ? name(rows.get(1)) : "nobody";
            return String.format("%-5s  %s  %7d  %9d  %s", TerminalText.clean(parts[0]), when, rows.size() - 1,
                    questions, first);
        } catch (IOException | RuntimeException e) {
            return TerminalText.clean(standings.toString()) + ": cannot be read (" + e.getClass().getSimpleName() + ")";
        }
    }

    /** "Ann (2450)" from a standings row code,rank,name,points,right (the name may be quoted). */
    private static String name(String row) {
        int first = row.indexOf(',', row.indexOf(',') + 1);
        int last = row.lastIndexOf(',', row.lastIndexOf(',') - 1);
        String name = row.substring(first + 1, last);
        if (name.startsWith("\"") && name.endsWith("\"") && name.length() >= 2) {
            name = name.substring(1, name.length() - 1).replace("\"\"", "\"");
        }
        String points = row.substring(last + 1, row.lastIndexOf(','));
        return TerminalText.clean(name) + " (" + points + ")";
    }
}
