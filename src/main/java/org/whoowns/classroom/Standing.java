package org.whoowns.classroom;

/** One line of the leaderboard: equal points share a rank, and the next rank skips as many places. */
public record Standing(int rank, String name, int points, int right, boolean connected) {
}
