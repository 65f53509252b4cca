package org.whoowns.classroom;

import java.time.Duration;
import java.util.List;

/** One recorded answer: the picked choices (0-based, ascending), the time taken and what it earned. */
public record Answer(int number, String questionId, List<Integer> picks, Duration taken, boolean right,
                     int points) {
    public Answer {
        picks = List.copyOf(picks);
    }

    /** The picks as the numbers the screens show beside the choices: "2", or "1+3" for several. */
    public String numbers() {
        StringBuilder out = new StringBuilder();
        for (int pick : picks) {
            if (!out.isEmpty()) {
                out.append('+');
            }
            out.append(pick + 1);
        }
        return out.toString();
    }
}
