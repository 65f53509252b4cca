package org.whoowns.classroom;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The full ranking (every player, not a top 3). Ties share a rank ("1, 2, 2, 4", as sports and instructors
 * count); among equal points players keep the order they are given in (join order), so nobody jumps around
 * the screen between questions.
 */
final class Leaderboard {
    private Leaderboard() {
    }

    /** A player's totals before ranking. */
    record Tally(String name, int points, int right, boolean connected) {
    }

    static List<Standing> rank(List<Tally> tallies) {
        List<Tally> sorted = new ArrayList<>(tallies);
        sorted.sort(Comparator.comparingInt(Tally::points).reversed()); // List.sort is stable
        List<Standing> standings = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Tally t = sorted.get(i);
            int rank = i > 0 && sorted.get(i - 1).points() == t.points() ? standings.get(i - 1).rank() : i + 1;
            standings.add(new Standing(rank, t.name(), t.points(), t.right(), t.connected()));
        }
        return List.copyOf(standings);
    }
}
