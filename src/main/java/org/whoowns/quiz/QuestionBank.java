package org.whoowns.quiz;

import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Every question a pack supports for a seed: each generator in turn, each with its own seeded sequence. */
public final class QuestionBank {
    private static final List<Generator> GENERATORS = List.of(
            new OwnerOfCell(), new TrueFalse(), new AreasOfOwner(), new ModelsOfArea(), new AlwaysRetained(),
            new Transition(), new FirstModel(), new Ranking(), new TrueStatements(), new TaskOwner(), new SplitCell(),
            new ModelFromDescription(), new Facts(), new Scenarios());

    private QuestionBank() {
    }

    public static List<Question> generate(Pack pack, long seed) {
        List<Question> all = new ArrayList<>();
        for (Generator generator : GENERATORS) {
            all.addAll(generator.generate(pack, random(seed, generator.kind())));
        }
        return all;
    }

    /**
     * A generator's own sequence, so adding a kind or changing how one kind draws leaves the other kinds'
     * questions for a seed as they were.
     */
    static Random random(long seed, Kind kind) {
        return new Random(seed * 0x9E3779B97F4A7C15L + kind.id().hashCode());
    }
}
