package org.whoowns.pack;

import java.util.ArrayList;
import java.util.List;

/**
 * A pack that cannot be used; carries the first {@link #SHOWN} problems found, the first as the message, and
 * how many more there were, so that a hostile pack cannot make a report larger than the pack.
 */
public final class PackException extends Exception {
    /** The most problems kept and reported; the rest are only counted. */
    public static final int SHOWN = 100;
    private static final long serialVersionUID = 1L;
    private final List<Problem> problems;
    private final int more;

    public PackException(List<Problem> problems) {
        this(problems, 0);
    }

    /** {@code problems} found, and {@code more} found beyond them that were counted but not kept. */
    public PackException(List<Problem> problems, int more) {
        super(problems.get(0).toString());
        this.problems = List.copyOf(problems.subList(0, Math.min(SHOWN, problems.size())));
        this.more = more + problems.size() - this.problems.size();
    }

    /** The problems kept, at most {@link #SHOWN}, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    /** How many problems were found beyond {@link #problems()}. */
    public int more() {
        return more;
    }

    /** What {@code validate} prints: a line for each problem kept, then one counting the rest, if any. */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        problems.forEach(p -> lines.add(p.toString()));
        if (more > 0) {
            lines.add(problems.get(0).file() + ": \u2026 and " + more + " more problem" + (more == 1 ? "" : "s"));
        }
        return lines;
    }
}
