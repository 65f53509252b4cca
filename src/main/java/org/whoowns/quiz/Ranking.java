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
 * "Which cloud model leaves the most areas with the customer alone?" Counts the matrix per cloud model (a
 * reference column such as on-premises would make it trivial), for each owner, most and fewest; asked only
 * where the count is unique. A wrong model's note and cells are the areas where it differs from the answer.
 */
final class Ranking implements Generator {
    @Override
    public Kind kind() {
        return Kind.RANKING;
    }

    @Override
    public List<Question> generate(Pack pack, Random random) {
        List<Question> questions = new ArrayList<>();
        List<Model> models = pack.models().stream().filter(Model::cloud).toList();
        if (models.size() < 2) {
            return questions;
        }
        for (Owner owner : pack.owners()) {
            int[] counts = models.stream().mapToInt(m -> counted(pack, m, owner).size()).toArray();
            for (boolean most : new boolean[] {true, false}) {
                int best = -1;
                boolean unique = true;
                for (int i = 0; i < counts.length; i++) {
                    if (best < 0 || (most ? counts[i] > counts[best] : counts[i] < counts[best])) {
                        best = i;
                        unique = true;
                    } else if (counts[i] == counts[best]) {
                        unique = false;
                    }
                }
                if (unique) {
                    questions.add(question(pack, models, owner, counts, best, most));
                }
            }
        }
        return questions;
    }

    private Question question(Pack pack, List<Model> models, Owner owner, int[] counts, int best, boolean most) {
        Model answer = models.get(best);
        String holder = Phrases.holder(pack, owner);
        List<Choice> choices = new ArrayList<>();
        List<String> tally = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            Model model = models.get(i);
            String rest = Phrases.where(model) + ", " + Phrases.count(counts[i], "area") + (counts[i] == 1 ? " rests" : " rest")
                    + " with " + holder;
            tally.add(model.name() + " " + counts[i]);
            if (i == best) {
                // the answer rests on the areas that set its count apart from the other models'
                List<Cell> apart = pack.areas().stream().filter(a -> models.stream()
                        .anyMatch(m -> pack.owner(a, m).equals(owner) != pack.owner(a, answer).equals(owner)))
                        .map(a -> new Cell(a, answer)).toList();
                choices.add(new Choice(model.name(), true, rest + ".", apart));
            } else {
                List<Area> differ = pack.areas().stream()
                        .filter(a -> pack.owner(a, model).equals(owner) != pack.owner(a, answer).equals(owner)).toList();
                List<Cell> cells = new ArrayList<>();
                differ.forEach(a -> cells.add(new Cell(a, model)));
                differ.forEach(a -> cells.add(new Cell(a, answer)));
                choices.add(new Choice(model.name(), false, rest + ", " + (counts[i] > counts[best] ? "more" : "fewer")
                        + " than " + answer.name() + "'s " + counts[best] + "; they differ on "
                        + Phrases.list(differ.stream().map(Area::phrase).toList()) + ".", cells));
            }
        }
        List<Cell> counted = counted(pack, answer, owner);
        if (counted.isEmpty()) {
            pack.areas().forEach(area -> counted.add(new Cell(area, answer)));
        }
        String lead = "Counting the areas that rest with " + holder + ": " + Phrases.list(tally) + ".";
        return new Question(kind().id() + ":" + owner.id() + ":" + (most ? "most" : "fewest"), kind(),
                "Which " + Phrases.cloudModel(pack) + " leaves the " + (most ? "most" : "fewest") + " areas with " + holder + "?",
                choices, false, counted, Explain.cells(pack, lead, choices.get(best).cells()));
    }

    private static List<Cell> counted(Pack pack, Model model, Owner owner) {
        List<Cell> cells = new ArrayList<>();
        for (Area area : pack.areas()) {
            if (pack.owner(area, model).equals(owner)) {
                cells.add(new Cell(area, model));
            }
        }
        return cells;
    }
}
