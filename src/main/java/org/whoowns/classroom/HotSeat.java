package org.whoowns.classroom;

import org.whoowns.quiz.Grader;
import org.whoowns.quiz.Question;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A drill played by several people taking turns on one terminal. Each question is a round: every player in
 * turn gets it with their own countdown, from the moment their turn begins. Time comes from the injected
 * clock; nothing here sleeps.
 */
public final class HotSeat {
    public static final int MAX_PLAYERS = 20;

    private final Drill drill;
    private final Points points;
    private final Clock clock;
    private final List<String> names;
    private final List<Map<Integer, Answer>> answers = new ArrayList<>();
    private int question;
    private int turn;
    private Instant started;

    /** {@code typed} names are cleaned as in a room; an empty list, a blank or repeated name is refused. */
    public HotSeat(Drill drill, Points points, Clock clock, List<String> typed) {
        if (typed.isEmpty() || typed.size() > MAX_PLAYERS) {
            throw new IllegalArgumentException("a hot-seat drill needs 1 to " + MAX_PLAYERS + " players, not "
                    + typed.size());
        }
        List<String> cleaned = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (String name : typed) {
            String clean = PlayerName.clean(name);
            if (clean.isEmpty()) {
                throw new IllegalArgumentException("a player's name is empty (letters or digits, please)");
            }
            if (!keys.add(PlayerName.key(clean))) {
                throw new IllegalArgumentException("\"" + clean + "\" is named twice");
            }
            cleaned.add(clean);
            answers.add(new HashMap<>());
        }
        this.drill = drill;
        this.points = points;
        this.clock = clock;
        this.names = List.copyOf(cleaned);
    }

    public Drill drill() {
        return drill;
    }

    public List<String> players() {
        return names;
    }

    /** The question of this round, counting from 1. */
    public int number() {
        return question + 1;
    }

    public Question question() {
        return drill.questions().get(question);
    }

    /** Whose turn it is; only while the round is not over. */
    public String player() {
        return names.get(turn);
    }

    /** The current player's countdown starts now. */
    public void begin() {
        started = clock.instant();
    }

    public boolean begun() {
        return started != null;
    }

    public Instant deadline() {
        return started.plus(points.limit());
    }

    /**
     * Records the current player's picks (empty when time ran out), scored by the time since {@link #begin},
     * and passes the turn on.
     */
    public Answer answer(Set<Integer> picks) {
        if (started == null || roundOver()) {
            throw new IllegalStateException("no turn is running");
        }
        Question q = question();
        if (picks.stream().anyMatch(p -> p < 0 || p >= q.choices().size())) {
            throw new IllegalArgumentException("no such choice: " + picks);
        }
        Duration taken = Duration.between(started, clock.instant());
        boolean right = !picks.isEmpty() && Grader.STRICT.score(q, picks) == 1.0;
        Answer answer = new Answer(number(), q.id(), List.copyOf(new TreeSet<>(picks)), taken, right,
                points.award(right, taken));
        answers.get(turn).put(number(), answer);
        turn++;
        started = null;
        return answer;
    }

    /** Every player has had this round's question. */
    public boolean roundOver() {
        return turn >= names.size();
    }

    /** This round's answers by player, in turn order. */
    public Map<String, Answer> round() {
        Map<String, Answer> round = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Answer a = answers.get(i).get(number());
            if (a != null) {
                round.put(names.get(i), a);
            }
        }
        return round;
    }

    public void nextRound() {
        if (!roundOver()) {
            throw new IllegalStateException("the round is still running");
        }
        question++;
        turn = 0;
    }

    /** The last round is over. */
    public boolean finished() {
        return question >= drill.questions().size() - 1 && roundOver();
    }

    public List<Standing> standings() {
        List<Leaderboard.Tally> tallies = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int total = 0;
            int right = 0;
            for (Answer a : answers.get(i).values()) {
                total += a.points();
                right += a.right() ? 1 : 0;
            }
            tallies.add(new Leaderboard.Tally(names.get(i), total, right, true));
        }
        return Leaderboard.rank(tallies);
    }

    /** One row per player × question asked so far, for {@link ResultsWriter}. */
    public List<ResultRow> rows() {
        List<ResultRow> rows = new ArrayList<>();
        int asked = Math.min(drill.questions().size(), question + 1);
        for (int i = 0; i < names.size(); i++) {
            for (int n = 1; n <= asked; n++) {
                String id = drill.questions().get(n - 1).id();
                Answer a = answers.get(i).get(n);
                rows.add(a == null ? new ResultRow(names.get(i), n, id, false, "", false, 0, 0)
                        : new ResultRow(names.get(i), n, id, !a.picks().isEmpty(), a.numbers(), a.right(),
                        a.taken().toMillis(), a.points()));
            }
        }
        return rows;
    }
}
