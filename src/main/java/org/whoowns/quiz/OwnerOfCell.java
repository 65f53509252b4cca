package org.whoowns.quiz;

import org.whoowns.pack.Cell;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** "Under PaaS, who is responsible for network controls?": one question per cell. */
final class OwnerOfCell implements Generator {
    private static final String[] TEMPLATES = {
        "Under %s, who is responsible for %s?",
        "In the %s model, who owns %s?",
    };

    @Override
    public Kind kind() {
        return Kind.OWNER_OF_CELL;
    }

    @Override
    public List<Question> generate(Pack pack, Random random) {
        List<Question> questions = new ArrayList<>();
        for (Cell cell : pack.cells()) {
            String prompt = String.format(TEMPLATES[random.nextInt(TEMPLATES.length)], cell.model().name(), cell.area().phrase());
            questions.add(new Question(kind().id() + ":" + cell.id(), kind(), prompt,
                    Draw.ownerChoices(pack, pack.owner(cell), random), false, List.of(cell), pack.explanation(cell)));
        }
        return questions;
    }
}
