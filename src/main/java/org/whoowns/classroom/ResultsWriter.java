package org.whoowns.classroom;

import org.whoowns.export.Csv;
import org.whoowns.learn.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Saves a drill's results as two CSV files in a directory: one row per player × question, and the standings.
 * The server writes them after every question and when it stops, each time replacing both files atomically,
 * so a crash leaves the last complete version and a stop mid-question keeps the answers already given.
 */
public final class ResultsWriter {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path answers;
    private final Path standings;
    private final String code;

    /** Files named after the code and the drill's start time, e.g. drill-K7Q2M-20250301-091500-answers.csv. */
    public ResultsWriter(Path dir, DrillCode code, Instant started, ZoneId zone) {
        String stem = "drill-" + code + "-" + STAMP.format(started.atZone(zone));
        this.answers = dir.resolve(stem + "-answers.csv");
        this.standings = dir.resolve(stem + "-standings.csv");
        this.code = code.text();
    }

    public Path answersFile() {
        return answers;
    }

    public Path standingsFile() {
        return standings;
    }

    public void write(List<ResultRow> rows, List<Standing> table) throws IOException {
        Files.createDirectories(answers.getParent());
        StringBuilder a = new StringBuilder();
        a.append(Csv.record(List.of("code", "name", "question", "question_id", "answer", "result", "millis", "points")));
        for (ResultRow r : rows) {
            a.append(Csv.record(List.of(code, r.name(), Integer.toString(r.number()), r.questionId(), r.picks(),
                    !r.answered() ? "none" : r.right() ? "right" : "wrong",
                    r.answered() ? Long.toString(r.millis()) : "", Integer.toString(r.points()))));
        }
        StringBuilder s = new StringBuilder();
        s.append(Csv.record(List.of("code", "rank", "name", "points", "right")));
        for (Standing st : table) {
            s.append(Csv.record(List.of(code, Integer.toString(st.rank()), st.name(), Integer.toString(st.points()),
                    Integer.toString(st.right()))));
        }
        replace(answers, a.toString());
        replace(standings, s.toString());
    }

    /** Through the one atomic, fsynced write: answers a stopped server reported saved survive a crash too. */
    private static void replace(Path target, String text) throws IOException {
        AtomicFile.write(target, text.getBytes(StandardCharsets.UTF_8));
    }
}
