package org.whoowns.quiz;

import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Model;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * "Moving from IaaS to PaaS, which of these responsibilities shift toward Microsoft?" For every ordered
 * pair of models: an area shifts when its owner moves along the scale toward the provider's end.
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
        for (int i = 0; i < models.size(); i++) {
            for (int j = i + 1; j < models.size(); j++) {
                Model from = models.get(i);
                Model to = models.get(j);
                List<Area> right = new ArrayList<>();
                List<Area> wrong = new ArrayList<>();
                for (Area area : pack.areas()) {
                    boolean shifts = pack.rank(pack.owner(area, to)) > pack.rank(pack.owner(area, from));
                    (shifts ? right : wrong).add(area);
                }
                if (right.isEmpty() || wrong.isEmpty()) {
                    continue;
                }
                Draw.AreaOptions options = Draw.areaOptions(right, wrong, a -> move(pack, a, from, to), random);
                List<Cell> cells = new ArrayList<>();
                for (Area area : options.areas()) {
                    cells.add(new Cell(area, from));
                    cells.add(new Cell(area, to));
                }
                String lead = "From " + from.name() + " to " + to.name() + ", these move toward "
                        + pack.provider().holder() + ": " + Phrases.list(right.stream().map(Area::phrase).toList()) + ".";
                questions.add(new Question(kind().id() + ":" + from.id() + ":" + to.id(), kind(),
                        "Moving from " + from.name() + " to " + to.name() + ", which of these responsibilities shift toward "
                                + pack.provider().holder() + "?",
                        Draw.shuffled(options.choices(), random), true, cells,
                        Explain.cells(pack, lead, cells.stream().filter(c -> c.model().equals(to)).toList())));
            }
        }
        return questions;
    }

    /** "Customer -> Shared", or "stays Customer" */
    private static String move(Pack pack, Area area, Model from, Model to) {
        String a = pack.owner(area, from).name();
        String b = pack.owner(area, to).name();
        return a.equals(b) ? "stays " + a : a + " -> " + b;
    }
}
