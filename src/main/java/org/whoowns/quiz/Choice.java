package org.whoowns.quiz;

import org.whoowns.pack.Cell;

import java.util.List;

/**
 * One answer option. {@code note} says why it is right or wrong (a wrong choice always carries one: the
 * owner its cell really has, or the fact it contradicts); feedback shows it for the learner's own picks.
 * {@code cells} are the matrix cells the choice is about, so a wrong pick is blamed on those cells only.
 */
public record Choice(String text, boolean correct, String note, List<Cell> cells) {
    public Choice {
        cells = List.copyOf(cells);
    }

    public Choice(String text, boolean correct, String note) {
        this(text, correct, note, List.of());
    }

    public static Choice right(String text, String note) {
        return new Choice(text, true, note);
    }

    public static Choice wrong(String text, String note) {
        return new Choice(text, false, note);
    }
}
