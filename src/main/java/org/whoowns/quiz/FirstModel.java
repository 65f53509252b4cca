package org.whoowns.quiz;

import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Model;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * "Going from On-premises toward SaaS, in which model does the operating system first rest with Microsoft
 * alone?" For each area and each owner it reaches after the first model. The first model is not offered:
 * its owner is by construction a different one.
 */
final class FirstModel implements Generator {
    @Override
    public Kind kind() {
        return Kind.FIRST_MODEL;
    }

    @Override
    public List<Question> generate(Pack pack, Random random) {
        List<Question> questions = new ArrayList<>();
        List<Model> models = pack.models();
        if (models.size() < 3) {
            return questions; // one candidate model would make the answer a given
        }
        Model start = models.get(0);
        Model end = models.get(models.size() - 1);
        for (Area area : pack.areas()) {
            List<Cell> row = models.stream().map(m -> new Cell(area, m)).toList();
            for (Owner owner : pack.owners()) {
                int first = -1;
                for (int i = 0; i < row.size() && first < 0; i++) {
                    if (pack.owner(row.get(i)).equals(owner)) {
                        first = i;
                    }
                }
                if (first <= 0) {
                    continue;
                }
                List<Choice> choices = new ArrayList<>();
                for (int i = 1; i < row.size(); i++) {
                    choices.add(new Choice(models.get(i).name(), i == first, pack.owner(row.get(i)).name()));
                }
                Cell answer = row.get(first);
                String lead = Phrases.capitalize(area.phrase()) + " first rests with " + Phrases.holder(pack, owner)
                        + " under " + answer.model().name() + "; before that: "
                        + Phrases.list(row.subList(0, first).stream().map(c -> Phrases.cellNote(pack, c)).toList()) + ".";
                questions.add(new Question(kind().id() + ":" + area.id() + ":" + owner.id(), kind(),
                        "Going from " + start.name() + " toward " + end.name() + ", in which model "
                                + Phrases.doesLieWith(pack, answer, owner) + " first?",
                        Draw.shuffled(choices, random), false, row, Explain.cells(pack, lead, List.of(answer))));
            }
        }
        return questions;
    }
}
