package org.whoowns.classroom;

import java.time.Duration;
import java.util.List;

/** One recorded answer: the picked choices (0-based, ascending), the time taken and what it earned. */
public record Answer(int number, String questionId, List<Integer> picks, Duration taken, boolean right,
                     int points) {
    public Answer {
        picks = List.copyOf(picks);
    }

    /** The picks as the letters the screens show: "B", or "A+C" for several. */
    public String letters() {
        StringBuilder out = new StringBuilder();
        for (int pick : picks) {
            if (!out.isEmpty()) {
                out.append('+');
            }
            out.append(pick < 26 ? String.valueOf((char) ('A' + pick)) : Integer.toString(pick + 1));
        }
        return out.toString();
    }
}
