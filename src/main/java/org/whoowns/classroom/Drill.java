package org.whoowns.classroom;

import org.whoowns.pack.Pack;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.quiz.Question;

import java.util.List;

/** The questions of one drill, in order, as every player who types the code gets them. */
public record Drill(DrillCode code, String packId, String packVersion, List<Question> questions) {
    public static final int DEFAULT_COUNT = 10;

    public Drill {
        questions = List.copyOf(questions);
    }

    public static Drill deal(Pack pack, DrillCode code, int count) {
        long seed = code.seed(pack.id(), pack.version());
        return new Drill(code, pack.id(), pack.version(), PracticeDeck.deal(pack, seed, count));
    }
}
