package org.whoowns.export;

import org.whoowns.learn.Attempt;
import org.whoowns.learn.Tally;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Exam attempts as CSV, one row per attempt with the completion-record fields (shared/notes/interop.md);
 * {@link Csv} defuses fields a spreadsheet would run as formulas.
 */
public final class ResultsCsv {
    static final List<String> HEADER = List.of("learner_id", "learner_name", "org_unit", "activity", "pack", "pack_version",
            "program_version", "seed", "questions", "attempt_id", "attempt_number", "started", "completed", "duration",
            "raw", "max", "percent", "pass_mark", "result", "by_area", "by_model", "certificate_id", "sha256");

    private ResultsCsv() {
    }

    public static String write(List<Attempt> attempts) {
        StringBuilder out = new StringBuilder(Csv.record(HEADER));
        for (Attempt a : attempts) {
            List<String> row = List.of(a.learner().id(), a.learner().name(), a.learner().orgUnit().orElse(""), a.activity(),
                    a.packId(), a.packVersion(), a.programVersion(), a.seed(), Integer.toString(a.max()), a.id().toString(),
                    Integer.toString(a.number()), a.started().toString(), a.completed().toString(), a.duration().toString(),
                    number(a.raw()), Integer.toString(a.max()), number(a.percent()), number(a.passMark()),
                    a.passed() ? "passed" : "failed", breakdown(a.byArea()), breakdown(a.byModel()),
                    a.passed() ? a.certificateId() : "", a.sha256());
            out.append(Csv.record(row));
        }
        return out.toString();
    }

    /** "Applications 1/2; Customer data 2/2", by name. */
    private static String breakdown(Map<String, Tally> tallies) {
        return new TreeMap<>(tallies).values().stream()
                .map(t -> t.name() + " " + number(t.raw()) + "/" + t.max())
                .collect(Collectors.joining("; "));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
