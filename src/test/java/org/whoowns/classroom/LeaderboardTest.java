package org.whoowns.classroom;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LeaderboardTest {

    @Test
    void equalPointsShareARankAndTheNextRankSkips() {
        List<Standing> board = Leaderboard.rank(List.of(
                tally("Ana", 1500), tally("Ben", 2000), tally("Cem", 1500), tally("Dee", 0), tally("Eva", 2000)));
        assertEquals(List.of(
                new Standing(1, "Ben", 2000, 0, true),
                new Standing(1, "Eva", 2000, 0, true),
                new Standing(3, "Ana", 1500, 0, true),
                new Standing(3, "Cem", 1500, 0, true),
                new Standing(5, "Dee", 0, 0, true)), board);
    }

    @Test
    void everyPlayerIsRankedNotOnlyATopThree() {
        List<Leaderboard.Tally> many = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add(tally("p" + i, i % 7 * 100));
        }
        List<Standing> board = Leaderboard.rank(many);
        assertEquals(300, board.size());
        assertEquals(1, board.get(0).rank());
        // the tied players keep the order they were given in (join order)
        assertEquals("p6", board.get(0).name());
        assertEquals("p13", board.get(1).name());
        assertEquals(0, board.get(299).points());
    }

    @Test
    void nobodyInTheRoomIsAnEmptyBoard() {
        assertEquals(List.of(), Leaderboard.rank(List.of()));
    }

    private static Leaderboard.Tally tally(String name, int points) {
        return new Leaderboard.Tally(name, points, 0, true);
    }
}
