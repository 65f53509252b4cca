package org.whoowns.pack;

import java.util.List;

/** A pack that cannot be used; carries every problem found, the first as the message. */
public final class PackException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<Problem> problems;

    public PackException(List<Problem> problems) {
        super(problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
