package org.whoowns.quiz;

import org.whoowns.pack.Authored;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The pack's authored questions about the documents' prose, with their choices shuffled. */
final class Facts implements Generator {
    @Override
    public Kind kind() {
        return Kind.FACT;
    }

    @Override
    public List<Question> generate(Pack pack, Random random) {
        List<Question> questions = new ArrayList<>();
        for (Authored authored : pack.questions()) {
            if (authored instanceof Authored.Fact fact) {
                List<Choice> choices = new ArrayList<>();
                for (int i = 0; i < fact.choices().size(); i++) {
                    choices.add(new Choice(fact.choices().get(i), fact.answer().contains(i), fact.notes().get(i)));
                }
                questions.add(new Question(kind().id() + ":" + fact.id(), kind(), fact.prompt(),
                        Draw.shuffled(choices, random), fact.selectAll(), List.of(), fact.explanation()));
            }
        }
        return questions;
    }
}
