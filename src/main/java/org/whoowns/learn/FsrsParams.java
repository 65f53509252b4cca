package org.whoowns.learn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * FSRS-6 settings: the 21 weights, the desired retention, the learning and relearning steps, the longest
 * interval in days and whether intervals are fuzzed. Checked on construction, every violation reported.
 */
public record FsrsParams(List<Double> w, double retention, List<Duration> learningSteps,
                         List<Duration> relearningSteps, int maxInterval, boolean fuzz) {

    /** py-fsrs 6 defaults (fsrs.md); {@link #VERSION} names them in saved progress. */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
            0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);
    public static final String VERSION = "fsrs-6-default";
    public static final FsrsParams DEFAULT = new FsrsParams(DEFAULT_WEIGHTS, 0.9,
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), 36500, true);

    public FsrsParams {
        w = List.copyOf(w);
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        List<String> problems = new ArrayList<>();
        if (w.size() != 21) {
            problems.add("expected 21 weights, found " + w.size());
        } else {
            for (int i = 0; i < 21; i++) {
                if (!Double.isFinite(w.get(i))) {
                    problems.add("w" + i + " is not a finite number");
                }
            }
            for (int i = 0; i < 4; i++) {
                if (w.get(i) < 0.001) {
                    problems.add("w" + i + " (initial stability) must be at least 0.001, is " + w.get(i));
                }
            }
            if (!(w.get(7) >= 0.001 && w.get(7) <= 0.75)) {
                problems.add("w7 must be in [0.001, 0.75], is " + w.get(7));
            }
            if (!(w.get(20) >= 0.1 && w.get(20) <= 0.8)) {
                problems.add("w20 must be in [0.1, 0.8], is " + w.get(20));
            }
        }
        if (!(retention > 0 && retention < 1)) {
            problems.add("desired retention must be between 0 and 1 (exclusive), is " + retention);
        }
        if (maxInterval < 1 || maxInterval > 36500) {
            problems.add("maximum interval must be 1 to 36500 days, is " + maxInterval);
        }
        for (List<Duration> steps : List.of(learningSteps, relearningSteps)) {
            if (steps.stream().anyMatch(s -> s.isNegative() || s.isZero() || s.toDays() >= 1)) {
                problems.add("steps must be positive and shorter than a day: " + steps);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("bad FSRS parameters: " + String.join("; ", problems));
        }
    }

    public FsrsParams withoutFuzz() {
        return new FsrsParams(w, retention, learningSteps, relearningSteps, maxInterval, false);
    }

    double w(int i) {
        return w.get(i);
    }
}
