package org.whoowns.classroom;

import java.util.List;

/**
 * How a question was answered: {@code picks.get(i)} players chose choice i (for select-all, ticked it);
 * {@code unanswered} connected players gave no answer.
 */
public record Distribution(List<Integer> picks, int answered, int unanswered) {
    public Distribution {
        picks = List.copyOf(picks);
    }
}
