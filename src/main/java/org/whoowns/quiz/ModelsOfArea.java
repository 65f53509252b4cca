package org.whoowns.quiz;

import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Model;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** "In which models does responsibility for applications lie with the customer and Microsoft together?" */
final class ModelsOfArea implements Generator {
    @Override
    public Kind kind() {
        return Kind.MODELS_OF_AREA;
    }

    @Override
    public List<Question> generate(Pack pack, Random random) {
        List<Question> questions = new ArrayList<>();
        for (Area area : pack.areas()) {
            List<Cell> row = pack.models().stream().map(m -> new Cell(area, m)).toList();
            for (Owner owner : pack.owners()) {
                List<Model> right = row.stream().filter(c -> pack.owner(c).equals(owner)).map(Cell::model).toList();
                if (right.isEmpty() || right.size() == row.size()) {
                    continue;
                }
                List<Choice> choices = row.stream()
                        .map(c -> new Choice(c.model().name(), pack.owner(c).equals(owner), pack.owner(c).name()))
                        .toList();
                String lead = Phrases.capitalize(area.phrase()) + ": " + Phrases.holder(pack, owner) + " under "
                        + Phrases.list(right.stream().map(Model::name).toList()) + ".";
                questions.add(new Question(kind().id() + ":" + area.id() + ":" + owner.id(), kind(),
                        "In which models " + Phrases.doesLieWith(pack, row.get(0), owner) + "?",
                        Draw.shuffled(choices, random), true, row, Explain.cells(pack, lead, row)));
            }
        }
        return questions;
    }
}
