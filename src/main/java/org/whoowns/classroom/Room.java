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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A live drill's state: the players, the open question and every answer. Thread-safe (one lock) and free of
 * I/O: sessions and the instructor call in from their own threads, and the room tells them what happened
 * through {@link RoomListener}s, which only enqueue. Time comes from the injected clock; nothing here sleeps,
 * so whoever runs the room calls {@link #tick()} to close a question at its deadline.
 */
public final class Room {
    public static final int DEFAULT_MAX_PLAYERS = 300;

    private final Drill drill;
    private final Points points;
    private final Clock clock;
    private final int maxPlayers;
    private final Map<String, Player> players = new LinkedHashMap<>();
    private final List<Player> kicked = new ArrayList<>();
    private final Set<String> banned = new HashSet<>();
    private final List<RoomListener> watchers = new ArrayList<>();
    private final List<RoomEvent.QuestionClosed> closed = new ArrayList<>();
    private RoomEvent.QuestionOpened open;
    private boolean over;
    private long seats;

    public Room(Drill drill, Points points, Clock clock, int maxPlayers) {
        if (maxPlayers < 1) {
            throw new IllegalArgumentException("--max-players must be at least 1, not " + maxPlayers);
        }
        this.drill = drill;
        this.points = points;
        this.clock = clock;
        this.maxPlayers = maxPlayers;
    }

    public Drill drill() {
        return drill;
    }

    /** Adds a listener that hears everything (the instructor's screen). */
    public synchronized void watch(RoomListener watcher) {
        watchers.add(watcher);
        watcher.on(new RoomEvent.Roster(standings()));
    }

    /**
     * Seats a player under the typed name, or gives them back their place (and score) when that name dropped
     * out. A name a connected player has, a kicked name, an empty name and a full room are refused.
     */
    public synchronized Join join(String typed, RoomListener listener) {
        String name = PlayerName.clean(typed);
        if (name.isEmpty()) {
            return new Join.Refused("type a name (letters or digits)");
        }
        String key = PlayerName.key(name);
        if (banned.contains(key)) {
            return new Join.Refused("the instructor removed \"" + name + "\" from this room");
        }
        if (over) {
            return new Join.Refused("this drill is over");
        }
        Player player = players.get(key);
        if (player != null && player.listener != null) {
            return new Join.Refused("\"" + name + "\" is taken: choose another name");
        }
        if (connected() >= maxPlayers) {
            return new Join.Refused("the room is full (" + maxPlayers + " players)");
        }
        boolean rejoined = player != null;
        if (player == null) {
            player = new Player(name);
            players.put(key, player);
        }
        player.seat = new Seat(player.name, ++seats);
        player.listener = listener;
        tellWatchers(new RoomEvent.Roster(standings()));
        Optional<Answer> answered = open == null ? Optional.empty()
                : Optional.ofNullable(player.answers.get(open.number()));
        return new Join.Seated(player.seat, rejoined, Optional.ofNullable(open), answered);
    }

    /** The session of this seat ended: the player stays (with their score) and may rejoin by name. */
    public synchronized void drop(Seat seat) {
        Player player = seated(seat);
        if (player == null) {
            return;
        }
        player.seat = null;
        player.listener = null;
        tellWatchers(new RoomEvent.Roster(standings()));
        closeIfAllAnswered();
    }

    /** Removes a player for good (name banned for this room); their answers stay in the results. */
    public synchronized boolean kick(String name) {
        Player player = players.remove(PlayerName.key(PlayerName.clean(name)));
        if (player == null) {
            return false;
        }
        banned.add(PlayerName.key(player.name));
        kicked.add(player);
        if (player.listener != null) {
            tell(player.listener, new RoomEvent.Kicked(player.name));
        }
        tellWatchers(new RoomEvent.Roster(standings()));
        closeIfAllAnswered();
        return true;
    }

    /** Opens the next question; false when one is open, none is left or the drill is over. */
    public synchronized boolean start() {
        if (open != null || over || closed.size() >= drill.questions().size()) {
            return false;
        }
        Instant now = clock.instant();
        int number = closed.size() + 1;
        open = new RoomEvent.QuestionOpened(number, drill.questions().size(), drill.questions().get(number - 1),
                now, now.plus(points.limit()));
        tellEveryone(open);
        return true;
    }

    /** Records a player's answer to the open question, scored by the time since it opened. */
    public synchronized Receipt answer(Seat seat, Set<Integer> picks) {
        tick();
        Player player = seated(seat);
        if (player == null) {
            return new Receipt.Refused("you are not in the room");
        }
        if (open == null) {
            return new Receipt.Refused(closed.isEmpty() ? "no question is open yet" : "time is up");
        }
        if (player.answers.containsKey(open.number())) {
            return new Receipt.Refused("you have answered this question");
        }
        Question question = open.question();
        if (picks.isEmpty() || picks.stream().anyMatch(p -> p < 0 || p >= question.choices().size())
                || (!question.selectAll() && picks.size() > 1)) {
            return new Receipt.Refused("pick " + (question.selectAll() ? "one or more choices" : "one choice"));
        }
        Duration taken = Duration.between(open.opened(), clock.instant());
        boolean right = Grader.STRICT.score(question, picks) == 1.0;
        Answer answer = new Answer(open.number(), question.id(), List.copyOf(new TreeSet<>(picks)), taken, right,
                points.award(right, taken));
        player.answers.put(open.number(), answer);
        tellWatchers(new RoomEvent.AnswerCount(open.number(), answeredNow(), connected()));
        closeIfAllAnswered();
        return new Receipt.Recorded(answer);
    }

    /** Closes the open question if its deadline has passed; true if it did. */
    public synchronized boolean tick() {
        if (open != null && clock.instant().isAfter(open.deadline())) {
            close();
            return true;
        }
        return false;
    }

    /** The instructor ends the open question early; false if none is open. */
    public synchronized boolean end() {
        if (open == null) {
            return false;
        }
        close();
        return true;
    }

    /** Ends the drill: the open question closes with the answers it has, then everyone gets the standings. */
    public synchronized void finish() {
        if (over) {
            return;
        }
        if (open != null) {
            close();
        }
        over = true;
        tellEveryone(new RoomEvent.DrillOver(standings()));
    }

    public synchronized boolean isOver() {
        return over;
    }

    /** The open question, if any. */
    public synchronized Optional<RoomEvent.QuestionOpened> current() {
        return Optional.ofNullable(open);
    }

    /** Every question closed so far, in order. */
    public synchronized List<RoomEvent.QuestionClosed> closedQuestions() {
        return List.copyOf(closed);
    }

    public synchronized List<Standing> standings() {
        List<Leaderboard.Tally> tallies = new ArrayList<>(players.size());
        for (Player p : players.values()) {
            int total = 0;
            int right = 0;
            for (Answer a : p.answers.values()) {
                total += a.points();
                right += a.right() ? 1 : 0;
            }
            tallies.add(new Leaderboard.Tally(p.name, total, right, p.listener != null));
        }
        return Leaderboard.rank(tallies);
    }

    /**
     * One row per player × asked question (the open one included, so a stop mid-question loses nothing), in
     * join order; kicked players' rows come last.
     */
    public synchronized List<ResultRow> rows() {
        int asked = closed.size() + (open == null ? 0 : 1);
        List<ResultRow> rows = new ArrayList<>();
        List<Player> everyone = new ArrayList<>(players.values());
        everyone.addAll(kicked);
        for (Player p : everyone) {
            for (int number = 1; number <= asked; number++) {
                String id = drill.questions().get(number - 1).id();
                Answer a = p.answers.get(number);
                rows.add(a == null ? new ResultRow(p.name, number, id, false, "", false, 0, 0)
                        : new ResultRow(p.name, number, id, true, a.numbers(), a.right(), a.taken().toMillis(),
                        a.points()));
            }
        }
        return rows;
    }

    private void close() {
        Question question = open.question();
        int[] counts = new int[question.choices().size()];
        Map<String, Answer> answers = new HashMap<>();
        int unanswered = 0;
        for (Player p : players.values()) {
            Answer a = p.answers.get(open.number());
            if (a == null) {
                unanswered += p.listener != null ? 1 : 0;
                continue;
            }
            answers.put(p.name, a);
            a.picks().forEach(pick -> counts[pick]++);
        }
        List<Integer> picks = new ArrayList<>(counts.length);
        for (int c : counts) {
            picks.add(c);
        }
        RoomEvent.QuestionClosed event = new RoomEvent.QuestionClosed(open.number(), question,
                new Distribution(picks, answers.size(), unanswered), answers, standings());
        closed.add(event);
        open = null;
        tellEveryone(event);
    }

    /** A question ends by itself once every connected player has answered (if anyone is connected). */
    private void closeIfAllAnswered() {
        int expected = connected();
        if (open != null && expected > 0 && answeredNow() >= expected) {
            close();
        }
    }

    private int answeredNow() {
        int n = 0;
        for (Player p : players.values()) {
            n += p.listener != null && p.answers.containsKey(open.number()) ? 1 : 0;
        }
        return n;
    }

    private int connected() {
        int n = 0;
        for (Player p : players.values()) {
            n += p.listener != null ? 1 : 0;
        }
        return n;
    }

    private Player seated(Seat seat) {
        Player player = players.get(PlayerName.key(seat.name()));
        return player != null && seat.equals(player.seat) ? player : null;
    }

    private void tellEveryone(RoomEvent event) {
        for (Player p : players.values()) {
            if (p.listener != null) {
                tell(p.listener, event);
            }
        }
        tellWatchers(event);
    }

    private void tellWatchers(RoomEvent event) {
        for (RoomListener w : watchers) {
            tell(w, event);
        }
    }

    /** A listener that throws must not cost the others their events. */
    private static void tell(RoomListener listener, RoomEvent event) {
        try {
            listener.on(event);
        } catch (RuntimeException ignored) {
            // the session's own loop reports its failures; the room carries on
        }
    }

    /** A player across reconnections: the seat and listener are null while disconnected. */
    private static final class Player {
        final String name;
        final Map<Integer, Answer> answers = new HashMap<>();
        Seat seat;
        RoomListener listener;

        Player(String name) {
            this.name = name;
        }
    }
}
