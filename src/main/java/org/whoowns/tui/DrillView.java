package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.whoowns.classroom.Answer;
import org.whoowns.classroom.Drill;
import org.whoowns.classroom.HotSeat;
import org.whoowns.classroom.Points;
import org.whoowns.classroom.ResultsWriter;
import org.whoowns.pack.TerminalText;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A hot-seat drill: the players' names, then each question as a round in which every player in turn gets it
 * with their own countdown; after the round the right answer, its explanation, each player's points and the
 * ranking; at the end the full ranking. The results file is saved after every answer, so a drill cut short
 * (Esc, q, Ctrl-C, a signal, a closed terminal) keeps the answers given.
 */
final class DrillView implements View {
    private enum Phase { NAMES, READY, ASK, ROUND, OVER }

    private final Nav nav;
    private final Drill drill;
    private final Points points;
    private final boolean newCode;
    private final Path results;
    private final Clock clock;
    private final List<String> names = new ArrayList<>();
    private final StringBuilder typed = new StringBuilder();
    private final Scroller scroll = new Scroller();
    private HotSeat seat;
    /** Where this drill's results go, named after its start; null until it starts, or when nothing is saved. */
    private ResultsWriter writer;
    /** Whether any answer has been saved yet, and whether the last save failed (said on the rule line). */
    private boolean saved;
    private boolean saveFailed;
    private Phase phase;
    private QuestionForm form;
    private boolean unseen;
    private long shownLeft = -1;
    private String notice = "";

    /** {@code players} empty: their names are asked first. {@code results} null: nothing is saved. */
    DrillView(Nav nav, Drill drill, Points points, List<String> players, boolean newCode, Path results, Clock clock) {
        this.nav = nav;
        this.drill = drill;
        this.points = points;
        this.newCode = newCode;
        this.results = results;
        this.clock = clock;
        if (players.isEmpty()) {
            phase = Phase.NAMES;
        } else {
            start(new HotSeat(drill, points, clock, players));
        }
    }

    @Override
    public boolean typing() {
        return phase == Phase.NAMES;
    }

    @Override
    public void draw(Canvas canvas) {
        Palette p = canvas.palette();
        String right = "Code " + drill.code() + (seat == null ? "" : "   Question " + seat.number() + "/"
                + drill.questions().size());
        canvas.header("whoowns drill", right);
        int width = canvas.bodyWidth();
        int bottom = canvas.height() - 2;
        List<Line> lines = new ArrayList<>();
        String footer;
        switch (phase) {
            case NAMES -> {
                lines.add(Line.EMPTY);
                lines.addAll(DrillPages.board(drill.code().text(), width, p));
                lines.add(Line.of("Everyone who types this code gets the same " + drill.questions().size()
                        + " questions in the same order.", p.text()));
                lines.add(Line.EMPTY);
                lines.add(Line.of("Players: " + (names.isEmpty() ? "none yet" : String.join(", ", names)), p.text()));
                lines.add(Line.of("Name of player " + (names.size() + 1) + ": ", p.bold()).plus(typed + "▏", p.selected()));
                footer = "type a name, Enter: add   Enter on an empty name: start   Esc: menu";
            }
            case READY -> {
                lines.add(Line.EMPTY);
                if (newCode && seat.number() == 1 && seat.player().equals(seat.players().get(0))) {
                    lines.addAll(DrillPages.board(drill.code().text(), width, p));
                    lines.add(Line.EMPTY);
                }
                lines.add(Line.of("Question " + seat.number() + " of " + drill.questions().size() + ": "
                        + seat.player() + "'s turn", p.bold()));
                lines.add(Line.of("The others look away. " + seat.player() + " has " + points.limit().toSeconds()
                        + " seconds" + (points.speed() ? "; faster right answers earn more points." : "."), p.text()));
                footer = "Enter: " + seat.player() + " is ready   Esc: menu";
            }
            case ASK -> {
                long left = DrillPages.secondsLeft(seat.deadline(), clock.instant());
                shownLeft = left;
                canvas.put(Canvas.MARGIN, 1, Line.of(seat.player(), p.bold()), width);
                canvas.put(Canvas.MARGIN + 22, 1, DrillPages.countdown(left, points.limit(), width - 22, p), width - 22);
                form.draw(canvas, 3, bottom - 3);
                canvas.rule(bottom, form.notice(), form.indicator());
                canvas.footer(form.footer());
                unseen = false;
                return;
            }
            case ROUND -> {
                lines.addAll(roundLines(width, p));
                footer = "Enter: " + (seat.finished() ? "final ranking" : "next question") + "   ↑↓: scroll";
            }
            default -> {
                lines.add(Line.of("Final ranking after " + drill.questions().size() + " questions", p.bold()));
                lines.addAll(DrillPages.ranking(seat.standings(), "", 1000, p));
                lines.add(Line.EMPTY);
                lines.add(Line.of(notice, p.text()));
                footer = "Enter or Esc: menu   ↑↓: scroll";
            }
        }
        scroll.draw(canvas, 1, bottom - 1, lines);
        canvas.rule(bottom, phase == Phase.NAMES || saveFailed && phase != Phase.OVER ? notice : "", scroll.indicator());
        canvas.footer(footer);
    }

    private List<Line> roundLines(int width, Palette p) {
        List<Line> lines = new ArrayList<>();
        lines.addAll(Wrap.block(seat.question().prompt(), width, p.bold()));
        lines.addAll(DrillPages.rightAnswer(seat.question(), width, p));
        for (Map.Entry<String, Answer> e : seat.round().entrySet()) {
            Answer a = e.getValue();
            String picks = a.picks().stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining("+"));
            String what = a.picks().isEmpty() ? "✗ time up" : (a.right() ? "✓ right" : "✗ wrong") + " (" + picks
                    + ", " + String.format("%.1f", a.taken().toMillis() / 1000.0) + " s)";
            lines.add(Line.of(String.format("%-20s ", e.getKey()), p.bold()).plus(what + "  +" + a.points(),
                    a.right() ? p.right() : p.wrong()));
        }
        lines.add(Line.EMPTY);
        lines.addAll(DrillPages.ranking(seat.standings(), "", 1000, p));
        lines.add(Line.EMPTY);
        lines.addAll(DrillPages.explanation(seat.question(), width, p));
        return lines;
    }

    @Override
    public boolean tick() {
        if (phase != Phase.ASK) {
            return false;
        }
        if (!clock.instant().isBefore(seat.deadline())) {
            answered(Set.of());
            return true;
        }
        return DrillPages.secondsLeft(seat.deadline(), clock.instant()) != shownLeft;
    }

    @Override
    public void handle(KeyStroke key) throws IOException {
        if (Keys.isBack(key) && phase != Phase.NAMES && phase != Phase.ASK || Keys.is(key, KeyType.Escape)) {
            leave();
            return;
        }
        switch (phase) {
            case NAMES -> name(key);
            case READY -> {
                if (Keys.is(key, KeyType.Enter)) {
                    seat.begin();
                    form = new QuestionForm(seat.question());
                    unseen = true;
                    phase = Phase.ASK;
                }
            }
            case ASK -> {
                if (!unseen) {
                    Optional<Set<Integer>> picks = form.handle(key);
                    if (picks.isPresent()) {
                        answered(picks.get());
                    }
                }
            }
            case ROUND -> {
                if (Keys.is(key, KeyType.Enter) || Keys.is(key, ' ')) {
                    scroll.reset();
                    if (seat.finished()) {
                        phase = Phase.OVER; // saved with the last answer
                    } else {
                        seat.nextRound();
                        phase = Phase.READY;
                    }
                } else {
                    scroll.handle(key);
                }
            }
            case OVER -> {
                if (Keys.is(key, KeyType.Enter)) {
                    nav.menu();
                } else {
                    scroll.handle(key);
                }
            }
        }
    }

    private void name(KeyStroke key) {
        notice = "";
        if (Keys.is(key, KeyType.Backspace)) {
            if (!typed.isEmpty()) {
                typed.setLength(typed.offsetByCodePoints(typed.length(), -1));
            }
        } else if (Keys.is(key, KeyType.Enter)) {
            String name = typed.toString().strip();
            typed.setLength(0);
            List<String> wanted = new ArrayList<>(names);
            if (name.isEmpty()) {
                if (wanted.isEmpty()) {
                    wanted.add("Player 1");
                }
                start(new HotSeat(drill, points, clock, wanted));
                return;
            }
            wanted.add(name);
            try {
                new HotSeat(drill, points, clock, wanted); // checks the name as the drill will
                names.add(TerminalText.clean(name).strip());
            } catch (IllegalArgumentException e) {
                notice = e.getMessage();
            }
        } else if (key.getKeyType() == KeyType.Character && !key.isCtrlDown() && typed.length() < 40) {
            typed.append(key.getCharacter());
        }
    }

    private void start(HotSeat started) {
        seat = started;
        phase = Phase.READY;
        if (results != null) {
            writer = new ResultsWriter(results, drill.code(), clock.instant(), ZoneId.systemDefault());
        }
    }

    /** Records the turn's picks and saves the results so far: a drill cut short keeps every answer given. */
    private void answered(Set<Integer> picks) {
        seat.answer(picks);
        phase = seat.roundOver() ? Phase.ROUND : Phase.READY;
        scroll.reset();
        save();
    }

    private void leave() {
        String lost = unsaved();
        if (lost.isEmpty()) {
            nav.menu();
        } else {
            nav.confirm("Leave this drill? " + lost + " will be lost.", nav::menu);
        }
    }

    private void save() {
        if (writer == null) {
            return;
        }
        try {
            writer.write(seat.rows(), seat.standings());
            saved = true;
            saveFailed = false;
            notice = "Saved: " + writer.answersFile();
        } catch (IOException e) {
            saveFailed = true;
            notice = "Could not save the results: " + e.getMessage();
        }
    }

    @Override
    public List<String> help() {
        return List.of("1-9 or a-h  answer (select all: tick; Enter submits)",
                "Enter       next player, next question", "↑↓ PgUp PgDn scroll the round's answer",
                "Esc         back to the menu (asks when the drill is under way)");
    }

    @Override
    public String unsaved() {
        if (seat == null || phase == Phase.OVER) {
            return "";
        }
        String at = "question " + seat.number() + " of " + drill.questions().size();
        return saved ? "The rest of the drill (at " + at + "; the answers so far are saved)" : "The drill (" + at + ")";
    }
}
