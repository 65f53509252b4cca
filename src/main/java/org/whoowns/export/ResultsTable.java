package org.whoowns.export;

import org.whoowns.learn.Attempt;
import org.whoowns.pack.TerminalText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Exam attempts as a text table for the terminal, one line per attempt, newest last. */
public final class ResultsTable {
    private static final String[] HEADER = {"#", "completed (UTC)", "learner", "pack", "score", "result", "certificate"};

    private ResultsTable() {
    }

    public static String write(List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return "No exam attempts saved yet (whoowns exam starts one).\n";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (Attempt a : attempts) {
            rows.add(new String[] {Integer.toString(a.number()), a.completed().toString().replace('T', ' ').replaceFirst("\\.\\d+Z$", "Z"),
                    a.learner().id(), a.packId(), String.format(Locale.ROOT, "%s/%d %.0f %%", number(a.raw()), a.max(), Math.floor(a.percent())),
                    (a.passed() ? "passed" : "failed") + (a.intact() ? "" : " (ALTERED)"), a.passed() ? a.certificateId() : "-"});
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                row[c] = TerminalText.clean(row[c]);
                widths[c] = Math.max(widths[c], TerminalText.width(row[c]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(row[c]).append(" ".repeat(widths[c] - TerminalText.width(row[c]) + 2));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
