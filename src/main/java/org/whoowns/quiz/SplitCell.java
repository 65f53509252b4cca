package org.whoowns.quiz;

import org.whoowns.pack.Cell;
import org.whoowns.pack.Model;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;
import org.whoowns.pack.Split;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * "Under PaaS, responsibility for network controls is shared. Which of these parts does the customer take
 * care of?" One per shared cell a split covers and per owner with parts there; the distractors are the
 * other owners' parts of the same cell first, then parts of other areas' splits.
 */
final class SplitCell implements Generator {
    @Override
    public Kind kind() {
        return Kind.SPLIT_CELL;
    }

    @Override
    public List<Question> generate(Pack pack, Random random) {
        List<Question> questions = new ArrayList<>();
        for (Split split : pack.splits()) {
            for (Model model : split.models()) {
                Cell cell = new Cell(split.area(), model);
                if (pack.isSole(pack.owner(cell))) {
                    continue;
                }
                for (Owner owner : split.parts().stream().map(Split.Part::owner).distinct().toList()) {
                    question(pack, split, cell, owner, random).ifPresent(questions::add);
                }
            }
        }
        return questions;
    }

    private Optional<Question> question(Pack pack, Split split, Cell cell, Owner owner, Random random) {
        Model model = cell.model();
        String where = Phrases.where(model);
        Map<String, Choice> right = new LinkedHashMap<>();
        Map<String, Choice> near = new LinkedHashMap<>();
        Map<String, Choice> far = new LinkedHashMap<>();
        for (Split.Part part : split.parts()) {
            String note = where + ", " + part.owner().holder() + " takes care of this part of " + cell.area().phrase() + ".";
            if (part.owner().equals(owner)) {
                right.putIfAbsent(part.text(), new Choice(part.text(), true, note, List.of(cell)));
            } else {
                near.putIfAbsent(part.text(), new Choice(part.text(), false, "Not " + owner.holder() + "'s part. " + note, List.of(cell)));
            }
        }
        for (Split other : pack.splits()) {
            if (other.area().equals(split.area())) {
                continue;
            }
            Model at = other.models().contains(model) ? model : other.models().get(0);
            Cell otherCell = new Cell(other.area(), at);
            for (Split.Part part : other.parts()) {
                far.putIfAbsent(part.text(), new Choice(part.text(), false, "This is part of " + other.area().phrase()
                        + ", not of " + cell.area().phrase() + ": " + at.where() + ", " + part.owner().holder()
                        + " takes care of it.", List.of(otherCell)));
            }
        }
        near.keySet().removeAll(right.keySet());
        far.keySet().removeAll(right.keySet());
        far.keySet().removeAll(near.keySet());
        int wrongCount = near.size() + far.size();
        if (right.isEmpty() || wrongCount == 0) {
            return Optional.empty();
        }
        int[] sizes = Draw.split(right.size(), wrongCount, random);
        List<Choice> choices = new ArrayList<>(Draw.sample(List.copyOf(right.values()), sizes[0], random));
        List<Choice> wrong = new ArrayList<>(Draw.shuffled(List.copyOf(near.values()), random));
        wrong.addAll(Draw.shuffled(List.copyOf(far.values()), random));
        choices.addAll(wrong.subList(0, sizes[1]));

        List<String> who = new ArrayList<>();
        for (Owner o : split.parts().stream().map(Split.Part::owner).distinct().toList()) {
            who.add(o.holder() + " takes care of " + Phrases.list(split.parts().stream()
                    .filter(p -> p.owner().equals(o)).map(Split.Part::text).distinct().toList()));
        }
        String lead = where + ", responsibility for " + cell.area().phrase() + " is shared: " + String.join("; ", who) + ".";
        return Optional.of(new Question(kind().id() + ":" + cell.area().id() + ":" + model.id() + ":" + owner.id(),
                kind(), where + ", responsibility for " + cell.area().phrase() + " is shared. Which of these parts does "
                        + owner.holder() + " take care of?",
                Draw.shuffled(choices, random), true, List.of(cell), Explain.cells(pack, lead, List.of(cell), split.sources())));
    }
}
