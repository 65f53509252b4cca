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
 * "The customer alone is responsible for …; Microsoft alone is responsible for …; responsibility for … lies
 * with the customer and Microsoft together. Which model is this?" A description built from one column of the
 * matrix, asked for each model whose column no other model shares; the models are offered in their order.
 */
final class ModelFromDescription implements Generator {
    @Override
    public Kind kind() {
        return Kind.MODEL_FROM_DESCRIPTION;
    }

    @Override
    public List<Question> generate(Pack pack, Random random) {
        List<Question> questions = new ArrayList<>();
        List<Model> models = pack.models();
        for (int i = 0; i < models.size(); i++) {
            Model model = models.get(i);
            if (models.stream().anyMatch(m -> m != model && Draw.differing(pack, m, model).isEmpty())) {
                continue;
            }
            List<Choice> choices = new ArrayList<>();
            for (int j = 0; j < models.size(); j++) {
                Model other = models.get(j);
                if (other.equals(model)) {
                    choices.add(new Choice(other.name(), true, "This is the " + other.name() + " column of the matrix.",
                            apart(pack, model, i)));
                    continue;
                }
                List<Area> differ = Draw.differing(pack, other, model);
                List<Cell> cells = new ArrayList<>();
                differ.forEach(a -> cells.add(new Cell(a, other)));
                differ.forEach(a -> cells.add(new Cell(a, model)));
                choices.add(new Choice(other.name(), false, "Not " + other.name() + ". " + String.join(" ", differ.stream()
                        .limit(2).map(a -> Phrases.fact(pack, new Cell(a, other))).toList()), cells));
            }
            List<Cell> column = pack.areas().stream().map(a -> new Cell(a, model)).toList();
            List<Cell> primary = apart(pack, model, i);
            questions.add(new Question(kind().id() + ":" + model.id(), kind(),
                    describe(pack, model) + " Which model is this?", choices, false, column,
                    Explain.cells(pack, "This is the " + model.name() + " column of the matrix.", primary)));
        }
        return questions;
    }

    /** One clause per owner holding some area in the column, customer's end first. */
    private static String describe(Pack pack, Model model) {
        List<String> clauses = new ArrayList<>();
        for (Owner owner : pack.owners()) {
            List<String> areas = pack.areas().stream().filter(a -> pack.owner(a, model).equals(owner)).map(Area::phrase).toList();
            if (areas.isEmpty()) {
                continue;
            }
            String holder = Phrases.holder(pack, owner);
            clauses.add(pack.isSole(owner)
                    ? holder + " is responsible for " + Phrases.list(areas)
                    : "responsibility for " + Phrases.list(areas) + " lies with " + holder);
        }
        return Phrases.capitalize(String.join("; ", clauses)) + ".";
    }

    /** The cells of a column that tell it from its neighbours' (all of it where it has none that differ). */
    private static List<Cell> apart(Pack pack, Model model, int index) {
        List<Model> models = pack.models();
        List<Area> areas = new ArrayList<>();
        for (int n : new int[] {index - 1, index + 1}) {
            if (n >= 0 && n < models.size()) {
                Draw.differing(pack, models.get(n), model).stream().filter(a -> !areas.contains(a)).forEach(areas::add);
            }
        }
        return pack.areas().stream().filter(areas::contains).map(a -> new Cell(a, model)).toList();
    }
}
