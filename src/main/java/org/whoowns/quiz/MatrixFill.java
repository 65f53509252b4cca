package org.whoowns.quiz;

import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Model;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matrix-fill questions for any pack: each row (an area across the models), each cloud model's column, and
 * the whole grid. The learner types an owner's key per cell; each wrong cell is explained by its own line.
 * Not in the {@link QuestionBank}: practice deals them where the learner's progress points (a weak row).
 */
public final class MatrixFill {
    private MatrixFill() {
    }

    /** Every row, every cloud column and the grid, ids "matrix-fill:row:AREA", ":column:MODEL", ":grid". */
    public static List<Question> generate(Pack pack) {
        List<Question> questions = new ArrayList<>();
        for (Area area : pack.areas()) {
            questions.add(row(pack, area));
        }
        for (Model model : pack.models()) {
            if (model.cloud()) {
                List<Cell> cells = pack.areas().stream().map(a -> new Cell(a, model)).toList();
                questions.add(question(pack, "column:" + model.id(), Fill.Shape.COLUMN, cells,
                        Phrases.where(model) + ", who is responsible for each area?"));
            }
        }
        questions.add(question(pack, "grid", Fill.Shape.GRID, pack.cells(), "Fill in the whole matrix: who is responsible"
                + " for each area in each model?"));
        return questions;
    }

    /** The row of {@code area}: who is responsible for it in each model. */
    public static Question row(Pack pack, Area area) {
        List<Cell> cells = pack.models().stream().map(m -> new Cell(area, m)).toList();
        return question(pack, "row:" + area.id(), Fill.Shape.ROW, cells,
                "Who is responsible for " + area.phrase() + " in each model?");
    }

    /** A row or column as the matrix has it, in a sentence; the grid is too long for one. */
    private static String lead(Pack pack, Fill.Shape shape, List<Cell> cells) {
        if (shape == Fill.Shape.GRID) {
            return "Each wrong cell is explained above; Study shows the whole matrix with every cell's explanation.";
        }
        String subject = shape == Fill.Shape.ROW ? Phrases.capitalize(cells.get(0).area().phrase())
                : Phrases.where(cells.get(0).model()) + ", the areas";
        List<String> owners = cells.stream().map(c -> shape == Fill.Shape.ROW ? Phrases.ownerWhere(pack, c)
                : c.area().name() + " " + pack.owner(c).name()).toList();
        return subject + ": " + Phrases.list(owners) + ".";
    }

    private static Question question(Pack pack, String id, Fill.Shape shape, List<Cell> cells, String prompt) {
        List<Owner> owners = pack.owners();
        List<Integer> answer = cells.stream().map(c -> owners.indexOf(pack.owner(c))).toList();
        List<String> notes = cells.stream().map(c -> Phrases.fact(pack, c)).toList();
        Fill fill = new Fill(shape, cells, owners, answer, notes);
        List<Choice> choices = owners.stream().map(o -> new Choice(o.name(), false, "")).toList();
        String lead = "Type one key per cell: " + fill.keyList() + ".";
        return new Question(Kind.MATRIX_FILL.id() + ":" + id, Kind.MATRIX_FILL, prompt + " " + lead, choices, false,
                cells, Explain.cells(pack, lead(pack, shape, cells), cells), Optional.of(fill));
    }
}
