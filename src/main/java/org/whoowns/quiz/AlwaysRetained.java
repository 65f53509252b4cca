package org.whoowns.quiz;

import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * "Which of these areas rest with the customer alone in every model?" For each owner that keeps some
 * area everywhere: one select-all question, and one single-answer question per such area. Distractors are
 * the areas the owner keeps in the most models (client devices, kept everywhere but SaaS), the classic trap;
 * a distractor's note says where the matrix differs and carries that cell's pitfall, so the table's
 * always-customer rows are not confused with the documents' list of what the customer always retains.
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
                (exceptions(pack, area, owner).isEmpty() ? right : wrong).add(area);
            }
            if (right.isEmpty() || wrong.isEmpty()) {
                continue;
            }
            // Most plausible first: kept in the most models; ties in a seeded order.
            List<Area> plausible = Draw.shuffled(wrong, random).stream()
                    .sorted(Comparator.comparingInt((Area a) -> exceptions(pack, a, owner).size())).toList();
            String holder = Phrases.holder(pack, owner);
            String lead = "In every model of the matrix, responsibility lies with " + holder + " for "
                    + Phrases.list(right.stream().map(Area::phrase).toList()) + ".";

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
        List<Cell> traps = new ArrayList<>();
        for (Area area : shown) {
            List<Cell> row = pack.models().stream().map(m -> new Cell(area, m)).toList();
            List<Cell> exceptions = exceptions(pack, area, owner);
            cells.addAll(row);
            traps.addAll(exceptions);
            choices.add(exceptions.isEmpty()
                    ? new Choice(area.name(), true, "In every model, " + Phrases.liesWith(pack, row.get(0), owner) + ".", row)
                    : new Choice(area.name(), false, exceptionNote(pack, exceptions), exceptions));
        }
        return new Question(id, kind(), prompt, Draw.shuffled(choices, random), selectAll, cells,
                Explain.cells(pack, lead, traps.isEmpty() ? cells : traps.subList(0, 1)));
    }

    /** The cells of an area's row that another owner holds. */
    private static List<Cell> exceptions(Pack pack, Area area, Owner owner) {
        return pack.models().stream().map(m -> new Cell(area, m)).filter(c -> !pack.owner(c).equals(owner)).toList();
    }

    /** "Not in every model: under SaaS, responsibility for client devices lies with … ." and its pitfall. */
    private static String exceptionNote(Pack pack, List<Cell> exceptions) {
        String facts = String.join(" ", exceptions.stream().map(c -> Phrases.fact(pack, c)).toList());
        String pitfall = pack.explanation(exceptions.get(0)).pitfall()
                .filter(p -> Explain.concerns(p, exceptions)).map(p -> " " + p).orElse("");
        return "Not in every model. " + facts + pitfall;
    }
}
