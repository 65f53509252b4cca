package org.whoowns.classroom;

/**
 * One player × one asked question for the results file. A question the player did not answer (absent, late
 * join, time up) has {@code answered} false, empty letters, 0 ms and 0 points.
 */
public record ResultRow(String name, int number, String questionId, boolean answered, String letters,
                        boolean right, long millis, int points) {
}
