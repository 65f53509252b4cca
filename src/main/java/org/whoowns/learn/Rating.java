package org.whoowns.learn;

/** How well an item was recalled, FSRS's four grades; {@code grade} is the number the formulas use. */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    public int grade() {
        return grade;
    }
}
