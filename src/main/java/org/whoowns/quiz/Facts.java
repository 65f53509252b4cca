package org.whoowns.quiz;

import org.whoowns.pack.Authored;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The pack's authored questions about the documents' prose, with their choices shuffled. Where the author
 * wrote no note for a choice, the note names the right answer, so every wrong pick still hears why.
 */
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
                List<String> right = fact.answer().stream().map(fact.choices()::get).toList();
                String answer = (right.size() == 1 ? "the answer is " : "the answers are ") + Phrases.list(right) + ".";
                List<Choice> choices = new ArrayList<>();
                for (int i = 0; i < fact.choices().size(); i++) {
                    boolean correct = fact.answer().contains(i);
                    String note = fact.notes().get(i);
                    if (note.isBlank()) {
                        note = correct ? "The documents say so: " + answer : "The documents do not say so; " + answer;
                    }
                    choices.add(new Choice(fact.choices().get(i), correct, note));
                }
                questions.add(new Question(kind().id() + ":" + fact.id(), kind(), fact.prompt(),
                        Draw.shuffled(choices, random), fact.selectAll(), List.of(), fact.explanation()));
            }
        }
        return questions;
    }
}
