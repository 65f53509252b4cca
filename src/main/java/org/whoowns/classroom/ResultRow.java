package org.whoowns.classroom;

/**
 * One player × one asked question for the results file. A question the player did not answer (absent, late
 * join, time up) has {@code answered} false, no picks, 0 ms and 0 points.
 */
public record ResultRow(String name, int number, String questionId, boolean answered, String picks,
                        boolean right, long millis, int points) {
}
