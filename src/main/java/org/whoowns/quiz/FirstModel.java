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
 * "Going from IaaS to SaaS, which is the first model in which responsibility for the operating system lies
 * with Microsoft alone?" The first model is not offered (its owner is by construction another), and the
 * question is asked only where at least two models give the owner the area and the answer is not simply
 * the first model offered, so the order of the columns alone does not give it away.
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
        for (Area area : pack.areas()) {
            List<Cell> row = models.stream().map(m -> new Cell(area, m)).toList();
            for (Owner owner : pack.owners()) {
                List<Integer> holding = new ArrayList<>();
                for (int i = 0; i < row.size(); i++) {
                    if (pack.owner(row.get(i)).equals(owner)) {
                        holding.add(i);
                    }
                }
                if (holding.size() < 2 || holding.get(0) < 2) {
                    continue;
                }
                int first = holding.get(0);
                Cell answer = row.get(first);
                List<Choice> choices = new ArrayList<>();
                for (int i = 1; i < row.size(); i++) {
                    Cell cell = row.get(i);
                    String note = Phrases.ownerNote(pack, cell, owner);
                    if (i > first && pack.owner(cell).equals(owner)) {
                        // a later model that holds it too is wrong only because it is not the first
                        note = note.substring(0, note.length() - 1) + " too, but " + answer.model().name() + " comes first.";
                    }
                    choices.add(new Choice(cell.model().name(), i == first, note,
                            i == first ? List.of(cell) : List.of(cell, answer)));
                }
                String holder = Phrases.holder(pack, owner);
                String lead = "Responsibility for " + area.phrase() + " first lies with " + holder + " "
                        + answer.model().where() + "; before that: "
                        + Phrases.list(row.subList(0, first).stream().map(c -> Phrases.ownerWhere(pack, c)).toList()) + ".";
                questions.add(new Question(kind().id() + ":" + area.id() + ":" + owner.id(), kind(),
                        "Going from " + models.get(1).name() + " to " + models.get(models.size() - 1).name()
                                + ", which is the first model in which responsibility for " + area.phrase()
                                + " lies with " + holder + "?",
                        choices, false, row, Explain.cells(pack, lead, List.of(answer))));
            }
        }
        return questions;
    }
}
