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
 * "Moving from IaaS to PaaS, which of these responsibilities move fully or partly toward Microsoft?" For
 * every ordered pair of models: an area moves when its owner moves along the scale toward the provider's end;
 * the notes say which moved fully to the provider and which only became shared.
 */
final class Transition implements Generator {
    @Override
    public Kind kind() {
        return Kind.TRANSITION;
    }

    @Override
    public List<Question> generate(Pack pack, Random random) {
        List<Question> questions = new ArrayList<>();
        List<Model> models = pack.models();
        String provider = pack.provider().holder();
        for (int i = 0; i < models.size(); i++) {
            for (int j = i + 1; j < models.size(); j++) {
                Model from = models.get(i);
                Model to = models.get(j);
                List<Area> right = new ArrayList<>();
                List<Area> wrong = new ArrayList<>();
                for (Area area : pack.areas()) {
                    (moves(pack, area, from, to) ? right : wrong).add(area);
                }
                if (right.isEmpty() || wrong.isEmpty()) {
                    continue;
                }
                // a move is about the cell it moves into; a wrong choice is about both ends of its row
                Draw.AreaOptions options = Draw.areaOptions(right, wrong, a -> note(pack, a, from, to),
                        a -> moves(pack, a, from, to) ? List.of(new Cell(a, to)) : List.of(new Cell(a, from), new Cell(a, to)), random);
                List<Cell> cells = new ArrayList<>();
                for (Area area : options.areas()) {
                    cells.add(new Cell(area, from));
                    cells.add(new Cell(area, to));
                }
                List<String> fully = right.stream().filter(a -> pack.owner(a, to).equals(pack.provider())).map(Area::phrase).toList();
                List<String> partly = right.stream().filter(a -> !pack.owner(a, to).equals(pack.provider())).map(Area::phrase).toList();
                List<String> lead = new ArrayList<>();
                if (!fully.isEmpty()) {
                    lead.add("Moving from " + from.name() + " to " + to.name() + ", responsibility for " + Phrases.list(fully)
                            + " moves fully to " + provider + ".");
                }
                if (!partly.isEmpty()) {
                    lead.add((fully.isEmpty() ? "Moving from " + from.name() + " to " + to.name() + ", r" : "R")
                            + "esponsibility for " + Phrases.list(partly) + " moves partly toward " + provider
                            + ", becoming shared.");
                }
                questions.add(new Question(kind().id() + ":" + from.id() + ":" + to.id(), kind(),
                        "Moving from " + from.name() + " to " + to.name() + ", which of these responsibilities move fully or partly toward "
                                + provider + "?",
                        Draw.shuffled(options.choices(), random), true, cells,
                        Explain.cells(pack, String.join(" ", lead), options.areas().stream().filter(right::contains)
                                .map(a -> new Cell(a, to)).toList())));
            }
        }
        return questions;
    }

    private static boolean moves(Pack pack, Area area, Model from, Model to) {
        return pack.rank(pack.owner(area, to)) > pack.rank(pack.owner(area, from));
    }

    /** "Moves fully: …", "Moves partly and becomes shared: …", "Stays with the customer alone: …" */
    private static String note(Pack pack, Area area, Model from, Model to) {
        Owner before = pack.owner(area, from);
        Owner after = pack.owner(area, to);
        String change = Phrases.where(from) + " it lies with " + Phrases.holder(pack, before) + ", " + to.where()
                + " with " + Phrases.holder(pack, after) + ".";
        if (before.equals(after)) {
            return "Does not move: responsibility for " + area.phrase() + " stays with " + Phrases.holder(pack, before)
                    + " " + from.where() + " and " + to.where() + ".";
        }
        if (!moves(pack, area, from, to)) {
            return "Moves toward the customer's end, not the provider's. " + change;
        }
        return (after.equals(pack.provider()) ? "Moves fully. " : "Moves partly and becomes shared. ") + change;
    }
}
