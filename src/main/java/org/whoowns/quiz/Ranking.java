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
 * "Which model leaves the most areas with the customer alone?" Counts the matrix per model, for each owner,
 * most and fewest; asked only where the count is unique.
 */
final class Ranking implements Generator {
    @Override
    public Kind kind() {
        return Kind.RANKING;
    }

    @Override
    public List<Question> generate(Pack pack, Random random) {
        List<Question> questions = new ArrayList<>();
        for (Owner owner : pack.owners()) {
            int[] counts = pack.models().stream()
                    .mapToInt(m -> (int) pack.areas().stream().filter(a -> pack.owner(a, m).equals(owner)).count())
                    .toArray();
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
                if (!unique) {
                    continue;
                }
                questions.add(question(pack, owner, counts, best, most, random));
            }
        }
        return questions;
    }

    private Question question(Pack pack, Owner owner, int[] counts, int best, boolean most, Random random) {
        List<Choice> choices = new ArrayList<>();
        List<String> tally = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            String note = counts[i] + (counts[i] == 1 ? " area" : " areas");
            choices.add(new Choice(pack.models().get(i).name(), i == best, note));
            tally.add(pack.models().get(i).name() + " " + counts[i]);
        }
        Model answer = pack.models().get(best);
        // The cells counted for the answer; where that count is zero, the answer's whole column is what tells.
        List<Cell> counted = new ArrayList<>();
        for (Area area : pack.areas()) {
            if (pack.owner(area, answer).equals(owner)) {
                counted.add(new Cell(area, answer));
            }
        }
        if (counted.isEmpty()) {
            pack.areas().forEach(area -> counted.add(new Cell(area, answer)));
        }
        String holder = Phrases.holder(pack, owner);
        String lead = "Counting the matrix, the areas that rest with " + holder + ": " + Phrases.list(tally) + ".";
        return new Question(kind().id() + ":" + owner.id() + ":" + (most ? "most" : "fewest"), kind(),
                "Which model leaves the " + (most ? "most" : "fewest") + " areas with " + holder + "?",
                Draw.shuffled(choices, random), false, counted,
                Explain.cells(pack, lead, counted));
    }
}
