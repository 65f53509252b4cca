package org.whoowns.pack;

import java.util.List;

/** A question written by the pack's author rather than generated from the matrix. */
public sealed interface Authored {
    String id();

    String prompt();

    Explanation explanation();

    /** A fact from the documents' prose, with its own choices. */
    record Fact(String id, String prompt, boolean selectAll, List<String> choices, List<Integer> answer,
                Explanation explanation) implements Authored {
        public Fact {
            choices = List.copyOf(choices);
            answer = List.copyOf(answer);
        }
    }

    /** A situation that maps to one cell; its answer is that cell's owner. */
    record Scenario(String id, String prompt, Cell cell, Explanation explanation) implements Authored {
    }
}
