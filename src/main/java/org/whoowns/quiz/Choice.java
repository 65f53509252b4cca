package org.whoowns.quiz;

/**
 * One answer option. {@code note} (may be empty) says why it is right or wrong, e.g. the owner a
 * distractor's cell really has; feedback shows it beside the choice.
 */
public record Choice(String text, boolean correct, String note) {
    public static Choice right(String text, String note) {
        return new Choice(text, true, note);
    }

    public static Choice wrong(String text, String note) {
        return new Choice(text, false, note);
    }
}
