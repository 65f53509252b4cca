package org.whoowns.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated question pack: the responsibility matrix, an explanation for every cell, and the authored
 * questions. Owners run from the customer's end to the provider's end, models from the most customer-run
 * to the most provider-run; generators read meaning from those orders.
 */
public record Pack(String id, String version, String title, Optional<String> description,
                   List<Document> documents, List<Owner> owners, List<Model> models, List<Area> areas,
                   Map<Cell, Owner> matrix, Map<Cell, Explanation> explanations, List<Authored> questions,
                   List<Task> tasks, List<Split> splits, List<Topic> topics) {

    public Pack {
        documents = List.copyOf(documents);
        owners = List.copyOf(owners);
        models = List.copyOf(models);
        areas = List.copyOf(areas);
        matrix = Map.copyOf(matrix);
        explanations = Map.copyOf(explanations);
        questions = List.copyOf(questions);
        tasks = List.copyOf(tasks);
        splits = List.copyOf(splits);
        topics = List.copyOf(topics);
    }

    public Owner owner(Area area, Model model) {
        return matrix.get(new Cell(area, model));
    }

    public Owner owner(Cell cell) {
        return matrix.get(cell);
    }

    public Explanation explanation(Cell cell) {
        return explanations.get(cell);
    }

    /** All cells, row by row (areas in pack order, models in pack order). */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>(areas.size() * models.size());
        for (Area area : areas) {
            for (Model model : models) {
                cells.add(new Cell(area, model));
            }
        }
        return cells;
    }

    /** Position of an owner on the customer-to-provider scale: 0 is the customer's end. */
    public int rank(Owner owner) {
        return owners.indexOf(owner);
    }

    /** True for the two ends of the scale (sole ownership), false for the degrees of sharing between. */
    public boolean isSole(Owner owner) {
        int rank = rank(owner);
        return rank == 0 || rank == owners.size() - 1;
    }

    public Owner customer() {
        return owners.get(0);
    }

    public Owner provider() {
        return owners.get(owners.size() - 1);
    }
}
