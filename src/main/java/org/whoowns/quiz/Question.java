package org.whoowns.quiz;

import org.whoowns.pack.Cell;
import org.whoowns.pack.Explanation;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A question ready to ask. {@code id} is stable across seeds (kind plus the cells or authored id it is
 * about); {@code cells} are the matrix cells it tests (empty for document facts). A matrix-fill carries
 * its {@link Fill}: then the choices are the owners and the answer is one owner per cell.
 */
public record Question(String id, Kind kind, String prompt, List<Choice> choices, boolean selectAll,
                       List<Cell> cells, Explanation explanation, Optional<Fill> fill) {
    public Question {
        choices = List.copyOf(choices);
        cells = List.copyOf(cells);
    }

    public Question(String id, Kind kind, String prompt, List<Choice> choices, boolean selectAll, List<Cell> cells,
                    Explanation explanation) {
        this(id, kind, prompt, choices, selectAll, cells, explanation, Optional.empty());
    }

    /**
     * The cells the right answer rests on: those of the right choices where the choices name cells, else
     * every tested cell. A practice run asks each such cell at most once.
     */
    public List<Cell> primaryCells() {
        List<Cell> primary = choices.stream().filter(Choice::correct).flatMap(c -> c.cells().stream()).distinct().toList();
        return primary.isEmpty() ? cells : primary;
    }

    /** 0-based indexes of the right choices, ascending. */
    public List<Integer> answer() {
        return IntStream.range(0, choices.size()).filter(i -> choices.get(i).correct()).boxed().toList();
    }
}
