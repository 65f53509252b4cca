package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.whoowns.classroom.Room;
import org.whoowns.classroom.RoomEvent;
import org.whoowns.classroom.Standing;
import org.whoowns.quiz.Question;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The instructor's screen while `whoowns serve` runs: how to join (the ssh command, the room code large, the
 * host key's fingerprint) and the lobby with kick; then each question with its countdown and how many have
 * answered; after it the answer distribution as a bar chart, the right answer, the explanation and the live
 * ranking; at the end the full ranking. Results are saved after every question and at the end.
 */
final class InstructorView implements View {
    private final Nav nav;
    private final Room room;
    private final Clock clock;
    private final List<String> join;
    private final String fingerprint;
    private final Supplier<String> save;
    private final Scroller scroll = new Scroller();
    private List<Standing> roster = List.of();
    private RoomEvent.QuestionOpened open;
    private RoomEvent.AnswerCount count;
    private RoomEvent.QuestionClosed closed;
    private List<Standing> finalTable;
    private int cursor;
    private long shownLeft = -1;
    private String notice = "";

    /** {@code join}: the ssh command lines to show; {@code save} writes the results and says where. */
    InstructorView(Nav nav, Room room, Clock clock, List<String> join, String fingerprint, Supplier<String> save) {
        this.nav = nav;
        this.room = room;
        this.clock = clock;
        this.join = List.copyOf(join);
        this.fingerprint = fingerprint;
        this.save = save;
    }

    @Override
    public void draw(Canvas canvas) {
        Palette p = canvas.palette();
        int width = canvas.bodyWidth();
        int bottom = canvas.height() - 2;
        int total = room.drill().questions().size();
        long connected = roster.stream().filter(Standing::connected).count();
        canvas.header("whoowns serve   room " + room.drill().code(), connected + " connected   "
                + (closed == null ? 0 : closed.number()) + "/" + total + " done");
        List<Line> lines = new ArrayList<>();
        String keys;
        if (finalTable != null) {
            lines.add(Line.of("Final ranking after " + room.closedQuestions().size() + " questions", p.bold()));
            lines.addAll(DrillPages.ranking(finalTable, "", 100_000, p));
            keys = "↑↓ PgUp PgDn: scroll   q: stop the server";
        } else if (open != null) {
            long left = DrillPages.secondsLeft(open.deadline(), clock.instant());
            shownLeft = left;
            lines.add(Line.of("Question " + open.number() + " of " + total + "   answered " + (count == null
                    || count.number() != open.number() ? 0 : count.answered()) + " of " + connected, p.bold()));
            lines.add(DrillPages.countdown(left, Duration.between(open.opened(), open.deadline()), width, p));
            lines.addAll(Wrap.block(open.question().prompt(), width, p.bold()));
            Question q = open.question();
            for (int i = 0; i < q.choices().size(); i++) {
                lines.addAll(Wrap.hanging("  " + (i + 1) + ". ", p.text(), q.choices().get(i).text(), p.text(), width));
            }
            keys = "e: end the question now   q: stop (saves)   ?: keys";
        } else if (closed != null) {
            lines.add(Line.of("Question " + closed.number() + " of " + total + ": how the room answered", p.bold()));
            lines.addAll(Wrap.block(closed.question().prompt(), width, p.text()));
            lines.addAll(DrillPages.distribution(closed.question(), closed.distribution(), width, p));
            lines.addAll(DrillPages.rightAnswer(closed.question(), width, p));
            lines.add(Line.EMPTY);
            lines.addAll(DrillPages.ranking(roster, "", 100_000, p));
            lines.add(Line.EMPTY);
            lines.addAll(DrillPages.explanation(closed.question(), width, p));
            keys = (closed.number() < total ? "Enter: next question" : "Enter: final ranking")
                    + "   ↑↓ PgUp PgDn: scroll   q: stop (saves)";
        } else {
            lines.addAll(lobby(width, p));
            keys = "Enter: first question   ↑↓: choose   k: kick   q: stop";
        }
        scroll.draw(canvas, 1, bottom - 1, lines);
        canvas.rule(bottom, notice, scroll.indicator());
        canvas.footer(keys);
    }

    private List<Line> lobby(int width, Palette p) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of("Students join with:", p.bold()));
        join.forEach(j -> lines.add(Line.of("  " + j, p.selected())));
        lines.add(Line.of("Host key " + fingerprint + " (students can check it at the yes/no question)", p.text()));
        lines.addAll(DrillPages.board(room.drill().code().text(), width, p));
        lines.add(Line.of("In the lobby: " + roster.size(), p.bold()));
        for (int i = 0; i < roster.size(); i++) {
            Standing s = roster.get(i);
            lines.add(Line.of((i == cursor ? "> " : "  ") + s.name() + (s.connected() ? "" : "  (away)"),
                    i == cursor ? p.selected() : p.text()));
        }
        return lines;
    }

    @Override
    public void room(RoomEvent event) {
        if (event instanceof RoomEvent.Roster r) {
            roster = r.players();
            cursor = Math.max(0, Math.min(cursor, roster.size() - 1));
        } else if (event instanceof RoomEvent.QuestionOpened o) {
            open = o;
            notice = "";
            scroll.reset();
        } else if (event instanceof RoomEvent.AnswerCount c) {
            count = c;
        } else if (event instanceof RoomEvent.QuestionClosed c) {
            closed = c;
            roster = c.standings();
            open = null;
            scroll.reset();
            notice = save.get();
        } else if (event instanceof RoomEvent.DrillOver over) {
            finalTable = over.standings();
            scroll.reset();
            notice = save.get();
        }
    }

    @Override
    public boolean tick() {
        return open != null && DrillPages.secondsLeft(open.deadline(), clock.instant()) != shownLeft;
    }

    @Override
    public void handle(KeyStroke key) {
        if (Keys.is(key, KeyType.Enter) || Keys.is(key, ' ') || Keys.is(key, 'n')) {
            if (open == null && finalTable == null) {
                if (!room.start()) {
                    room.finish();
                }
            }
        } else if (Keys.is(key, 'e')) {
            room.end();
        } else if (Keys.is(key, 'k') && open == null && closed == null && !roster.isEmpty()) {
            String name = roster.get(cursor).name();
            nav.confirm("Remove " + name + " from the room for good?", () -> {
                room.kick(name);
                notice = name + " removed";
            });
        } else if (closed == null && open == null && (Keys.is(key, KeyType.ArrowDown) || Keys.is(key, 'j'))) {
            cursor = Math.min(cursor + 1, Math.max(0, roster.size() - 1));
        } else if (closed == null && open == null && Keys.is(key, KeyType.ArrowUp)) {
            cursor = Math.max(0, cursor - 1);
        } else {
            scroll.handle(key);
        }
    }

    @Override
    public List<String> help() {
        return List.of("Enter n Space  start the next question (after the last: the final ranking)",
                "e              end the open question now", "↑↓ then k      kick a player (in the lobby)",
                "PgUp PgDn      scroll", "q Ctrl-C       stop the server: results are saved, students told");
    }
}
