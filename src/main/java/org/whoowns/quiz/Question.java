package org.whoowns.quiz;

import org.whoowns.pack.Cell;
import org.whoowns.pack.Explanation;

import java.util.List;
import java.util.stream.IntStream;

/**
 * A question ready to ask. {@code id} is stable across seeds (kind plus the cells or authored id it is
 * about); {@code cells} are the matrix cells it tests (empty for document facts).
 */
public record Question(String id, Kind kind, String prompt, List<Choice> choices, boolean selectAll,
                       List<Cell> cells, Explanation explanation) {
    public Question {
        choices = List.copyOf(choices);
        cells = List.copyOf(cells);
    }

    /** 0-based indexes of the right choices, ascending. */
    public List<Integer> answer() {
        return IntStream.range(0, choices.size()).filter(i -> choices.get(i).correct()).boxed().toList();
    }
}
