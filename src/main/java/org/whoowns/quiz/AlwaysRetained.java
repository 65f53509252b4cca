package org.whoowns.quiz;

import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Model;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * "Which of these areas rest with the customer alone in every model?" For each owner that keeps some
 * area everywhere: one select-all question, and one single-answer question per such area. Distractors are
 * the areas the owner keeps in the most models (client devices, kept everywhere but SaaS), the classic trap.
 */
final class AlwaysRetained implements Generator {
    @Override
    public Kind kind() {
        return Kind.ALWAYS_RETAINED;
    }

    @Override
    public List<Question> generate(Pack pack, Random random) {
        List<Question> questions = new ArrayList<>();
        for (Owner owner : pack.owners()) {
            List<Area> right = new ArrayList<>();
            List<Area> wrong = new ArrayList<>();
            for (Area area : pack.areas()) {
                (kept(pack, area, owner) == pack.models().size() ? right : wrong).add(area);
            }
            if (right.isEmpty() || wrong.isEmpty()) {
                continue;
            }
            // Most plausible first: kept in the most models; ties in a seeded order.
            List<Area> plausible = Draw.shuffled(wrong, random).stream()
                    .sorted(Comparator.comparingInt((Area a) -> -kept(pack, a, owner))).toList();
            String holder = Phrases.holder(pack, owner);
            String lead = "In every model, the matrix gives " + holder + ": " + Phrases.list(right.stream().map(Area::phrase).toList()) + ".";

            int[] split = Draw.split(right.size(), wrong.size(), random);
            List<Area> shown = new ArrayList<>(Draw.sample(right, split[0], random));
            shown.addAll(plausible.subList(0, split[1]));
            questions.add(question(pack, owner, kind().id() + ":" + owner.id(),
                    "Which of these areas rest with " + holder + " in every model?", shown, true, lead, random));

            for (Area area : right) {
                List<Area> options = new ArrayList<>(List.of(area));
                options.addAll(Draw.sample(plausible.subList(0, Math.min(plausible.size(), 5)), 3, random));
                questions.add(question(pack, owner, kind().id() + ":" + owner.id() + ":" + area.id(),
                        "Which of these stays with " + holder + " in every model?", options, false, lead, random));
            }
        }
        return questions;
    }

    private Question question(Pack pack, Owner owner, String id, String prompt, List<Area> shown, boolean selectAll,
                              String lead, Random random) {
        List<Choice> choices = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        for (Area area : shown) {
            int kept = kept(pack, area, owner);
            boolean always = kept == pack.models().size();
            choices.add(new Choice(area.name(), always, always ? "every model" : exceptions(pack, area, owner)));
            pack.models().forEach(m -> cells.add(new Cell(area, m)));
        }
        return new Question(id, kind(), prompt, Draw.shuffled(choices, random), selectAll, cells,
                Explain.cells(pack, lead, cells.stream().filter(c -> !pack.owner(c).equals(owner)).findFirst()
                        .map(List::of).orElse(cells)));
    }

    private static int kept(Pack pack, Area area, Owner owner) {
        return (int) pack.models().stream().filter(m -> pack.owner(area, m).equals(owner)).count();
    }

    /** "not under SaaS (Shared)" */
    private static String exceptions(Pack pack, Area area, Owner owner) {
        List<String> where = new ArrayList<>();
        for (Model m : pack.models()) {
            if (!pack.owner(area, m).equals(owner)) {
                where.add(Phrases.cellNote(pack, new Cell(area, m)));
            }
        }
        return "not always: " + String.join(", ", where);
    }
}
