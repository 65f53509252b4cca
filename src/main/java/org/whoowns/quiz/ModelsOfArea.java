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
 * "In which cloud models does responsibility for applications lie with the customer and Microsoft
 * together?" Asked over the cloud models in their order, with "None of them" as the last choice, right
 * where no cloud model gives the owner the area (the customer and the physical datacenter).
 */
final class ModelsOfArea implements Generator {
    static final String NONE = "None of them";
    /** With "None of them" added, more models would not fit the eight choices a screen shows. */
    private static final int MAX_MODELS = 8;

    @Override
    public Kind kind() {
        return Kind.MODELS_OF_AREA;
    }

    @Override
    public List<Question> generate(Pack pack, Random random) {
        List<Question> questions = new ArrayList<>();
        List<Model> cloud = pack.models().stream().filter(Model::cloud).toList();
        if (cloud.size() < 2 || cloud.size() >= MAX_MODELS) {
            return questions;
        }
        for (Area area : pack.areas()) {
            List<Cell> row = cloud.stream().map(m -> new Cell(area, m)).toList();
            for (Owner owner : pack.owners()) {
                List<Cell> right = row.stream().filter(c -> pack.owner(c).equals(owner)).toList();
                boolean anywhere = pack.models().stream().anyMatch(m -> pack.owner(area, m).equals(owner));
                if (!anywhere || right.size() == row.size()) {
                    continue;
                }
                String holder = Phrases.holder(pack, owner);
                List<Choice> choices = new ArrayList<>(row.stream()
                        .map(c -> new Choice(c.model().name(), right.contains(c), Phrases.ownerNote(pack, c, owner), List.of(c)))
                        .toList());
                String none = right.isEmpty()
                        ? "No " + Phrases.cloudModel(pack) + " gives " + holder + " responsibility for " + area.phrase() + "."
                        : "Responsibility for " + area.phrase() + " lies with " + holder + " "
                                + Phrases.list(right.stream().map(c -> c.model().where()).toList()) + ".";
                choices.add(new Choice(NONE, right.isEmpty(), none, right.isEmpty() ? row : List.of()));
                String lead = right.isEmpty() ? none : Phrases.capitalize(none);
                questions.add(new Question(kind().id() + ":" + area.id() + ":" + owner.id(), kind(),
                        "In which " + Phrases.cloudModel(pack) + "s does responsibility for " + area.phrase()
                                + " lie with " + holder + "?",
                        choices, true, row, Explain.cells(pack, lead, right.isEmpty() ? row : right)));
            }
        }
        return questions;
    }
}
