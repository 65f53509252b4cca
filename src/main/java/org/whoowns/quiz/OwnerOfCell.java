package org.whoowns.quiz;

import org.whoowns.pack.Cell;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** "Under PaaS, who is responsible for network controls?": one question per cell. */
final class OwnerOfCell implements Generator {
    @Override
    public Kind kind() {
        return Kind.OWNER_OF_CELL;
    }

    @Override
    public List<Question> generate(Pack pack, Random random) {
        List<Question> questions = new ArrayList<>();
        for (Cell cell : pack.cells()) {
            String area = cell.area().phrase();
            String prompt = random.nextBoolean()
                    ? Phrases.where(cell.model()) + ", who is responsible for " + area + "?"
                    : "Who is responsible for " + area + " " + cell.model().where() + "?";
            questions.add(new Question(kind().id() + ":" + cell.id(), kind(), prompt,
                    Draw.ownerChoices(pack, cell, random), false, List.of(cell), Explain.cell(pack, cell)));
        }
        return questions;
    }
}
