package org.whoowns.quiz;

import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Model;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Exam-style "Which of these statements are true?": four statements about cells of one model (or of one
 * area), one to three of them true; false ones name another owner of the pack. A column where every cell
 * has one owner is not asked.
 */
final class TrueStatements implements Generator {
    private static final int STATEMENTS = 4;

    @Override
    public Kind kind() {
        return Kind.TRUE_STATEMENTS;
    }

    @Override
    public List<Question> generate(Pack pack, Random random) {
        List<Question> questions = new ArrayList<>();
        if (pack.areas().size() >= STATEMENTS) {
            for (Model model : pack.models()) {
                List<Cell> column = pack.areas().stream().map(a -> new Cell(a, model)).toList();
                if (column.stream().map(pack::owner).distinct().count() == 1) {
                    continue; // a uniform column (on-premises) would only test that one word
                }
                questions.add(question(pack, model.id(), Phrases.where(model) + ", which of these statements are true?",
                        column, (c, o) -> Phrases.capitalize(Phrases.liesWith(pack, c, o)) + ".", random));
            }
        }
        if (pack.models().size() >= 3) {
            for (Area area : pack.areas()) {
                List<Cell> row = pack.models().stream().map(m -> new Cell(area, m)).toList();
                questions.add(question(pack, area.id(), "Which of these statements about " + area.phrase() + " are true?",
                        row, (c, o) -> Phrases.statement(pack, c, o), random));
            }
        }
        return questions;
    }

    /** {@code say} words a statement that a cell has an owner; false ones name another owner. */
    private Question question(Pack pack, String subject, String prompt, List<Cell> pool, BiFunction<Cell, Owner, String> say,
                              Random random) {
        List<Cell> cells = Draw.sample(pool, STATEMENTS, random);
        int trueCount = 1 + random.nextInt(cells.size() - 1);
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            Owner actual = pack.owner(cell);
            Owner stated = i < trueCount ? actual : Draw.wrongOwner(pack, actual, random);
            choices.add(new Choice(say.apply(cell, stated), i < trueCount, Phrases.ownerNote(pack, cell, stated), List.of(cell)));
        }
        // The false statements' cells first: their pitfall is the mix-up the question tests.
        List<Cell> falseFirst = new ArrayList<>(cells.subList(trueCount, cells.size()));
        falseFirst.addAll(cells.subList(0, trueCount));
        String lead = String.join(" ", cells.stream().map(c -> Phrases.fact(pack, c)).toList());
        return new Question(kind().id() + ":" + subject, kind(), prompt, Draw.shuffled(choices, random), true,
                pack.cells().stream().filter(cells::contains).toList(),
                Explain.cells(pack, lead, falseFirst));
    }
}
