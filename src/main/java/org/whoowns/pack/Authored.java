package org.whoowns.pack;

import java.util.List;
import java.util.Optional;

/** A question written by the pack's author rather than generated from the matrix. */
public sealed interface Authored {
    String id();

    String prompt();

    Explanation explanation();

    /**
     * A fact from the documents' prose, with its own choices. {@code notes} has one entry per choice (empty
     * where the author wrote none) saying why it is right or wrong; {@code topic} names the Study topic that
     * teaches the answer.
     */
    record Fact(String id, String prompt, boolean selectAll, List<String> choices, List<Integer> answer,
                List<String> notes, Optional<String> topic, Explanation explanation) implements Authored {
        public Fact {
            choices = List.copyOf(choices);
            answer = List.copyOf(answer);
            notes = List.copyOf(notes);
            if (notes.size() != choices.size()) {
                throw new IllegalArgumentException("one note per choice");
            }
        }
    }

    /** A situation that maps to one cell; its answer is that cell's owner. */
    record Scenario(String id, String prompt, Cell cell, Explanation explanation) implements Authored {
    }
}
