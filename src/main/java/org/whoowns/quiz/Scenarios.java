package org.whoowns.quiz;

import org.whoowns.pack.Authored;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The pack's authored situations; the answer is the owner of the cell each maps to. */
final class Scenarios implements Generator {
    @Override
    public Kind kind() {
        return Kind.SCENARIO;
    }

    @Override
    public List<Question> generate(Pack pack, Random random) {
        List<Question> questions = new ArrayList<>();
        for (Authored authored : pack.questions()) {
            if (authored instanceof Authored.Scenario scenario) {
                questions.add(new Question(kind().id() + ":" + scenario.id(), kind(), scenario.prompt(),
                        Draw.ownerChoices(pack, scenario.cell(), random), false,
                        List.of(scenario.cell()), scenario.explanation()));
            }
        }
        return questions;
    }
}
