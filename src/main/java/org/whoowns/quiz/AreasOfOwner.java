package org.whoowns.quiz;

import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Model;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** "Under IaaS, which of these areas rest with Microsoft alone?": one per model and owner, select all. */
final class AreasOfOwner implements Generator {
    @Override
    public Kind kind() {
        return Kind.AREAS_OF_OWNER;
    }

    @Override
    public List<Question> generate(Pack pack, Random random) {
        List<Question> questions = new ArrayList<>();
        for (Model model : pack.models()) {
            for (Owner owner : pack.owners()) {
                List<Area> right = new ArrayList<>();
                List<Area> wrong = new ArrayList<>();
                for (Area area : pack.areas()) {
                    (pack.owner(area, model).equals(owner) ? right : wrong).add(area);
                }
                if (right.isEmpty() || wrong.isEmpty()) {
                    continue;
                }
                Draw.AreaOptions options = Draw.areaOptions(right, wrong,
                        a -> Phrases.ownerNote(pack, new Cell(a, model), owner), a -> List.of(new Cell(a, model)), random);
                List<Cell> cells = options.areas().stream().map(a -> new Cell(a, model)).toList();
                String holder = Phrases.holder(pack, owner);
                String lead = Phrases.where(model) + ", responsibility lies with " + holder + " for: "
                        + Phrases.list(right.stream().map(Area::phrase).toList()) + ".";
                questions.add(new Question(kind().id() + ":" + model.id() + ":" + owner.id(), kind(),
                        Phrases.where(model) + ", which of these areas rest with " + holder + "?",
                        Draw.shuffled(options.choices(), random), true, pack.cells().stream()
                        .filter(cells::contains).toList(), Explain.cells(pack, lead, cells)));
            }
        }
        return questions;
    }
}
