package org.whoowns.quiz;

import org.whoowns.pack.Cell;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * "True or false? Under IaaS, responsibility for the operating system lies with Microsoft alone." One per
 * cell; whether the statement is true is drawn, a false one names another owner of the pack. True comes first
 * and False second every time: the answer varies, so the order gives nothing away.
 */
final class TrueFalse implements Generator {
    @Override
    public Kind kind() {
        return Kind.TRUE_FALSE;
    }

    @Override
    public List<Question> generate(Pack pack, Random random) {
        List<Question> questions = new ArrayList<>();
        for (Cell cell : pack.cells()) {
            Owner actual = pack.owner(cell);
            boolean truth = random.nextBoolean();
            Owner stated = truth ? actual : Draw.wrongOwner(pack, actual, random);
            // The two notes differ: the right one confirms, the wrong one says what the statement really is.
            String matrix = Phrases.ownerNote(pack, cell, stated);
            String right = "Correct, the statement is " + (truth ? "true" : "false") + ". " + matrix;
            String wrong = "The statement is " + (truth ? "true" : "false") + ". " + matrix;
            List<Choice> choices = List.of(
                    new Choice("True", truth, truth ? right : wrong, List.of(cell)),
                    new Choice("False", !truth, truth ? wrong : right, List.of(cell)));
            questions.add(new Question(kind().id() + ":" + cell.id(), kind(),
                    "True or false? " + Phrases.statement(pack, cell, stated), choices, false,
                    List.of(cell), Explain.cell(pack, cell)));
        }
        return questions;
    }
}
