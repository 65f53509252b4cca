package org.whoowns.quiz;

import org.whoowns.pack.Cell;
import org.whoowns.pack.Model;
import org.whoowns.pack.Pack;
import org.whoowns.pack.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * "Under IaaS, who removes a departing employee's access?" One per task and model where the task's area
 * has a sole owner (in a shared cell the task alone does not say which side does it); the answer is that
 * cell's owner, so it follows the matrix whatever the pack.
 */
final class TaskOwner implements Generator {
    @Override
    public Kind kind() {
        return Kind.TASK_OWNER;
    }

    @Override
    public List<Question> generate(Pack pack, Random random) {
        List<Question> questions = new ArrayList<>();
        for (Task task : pack.tasks()) {
            for (Model model : task.models().isEmpty() ? pack.models() : task.models()) {
                Cell cell = new Cell(task.area(), model);
                if (!pack.isSole(pack.owner(cell))) {
                    continue;
                }
                String lead = "This task is part of " + task.area().phrase() + ". " + Phrases.fact(pack, cell);
                questions.add(new Question(kind().id() + ":" + task.id() + ":" + model.id(), kind(),
                        Phrases.where(model) + ", who " + task.text() + "?", Draw.ownerChoices(pack, cell, random), false,
                        List.of(cell), Explain.cells(pack, lead, List.of(cell), task.sources())));
            }
        }
        return questions;
    }
}
