package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.whoowns.classroom.Answer;
import org.whoowns.classroom.Join;
import org.whoowns.classroom.Receipt;
import org.whoowns.classroom.Room;
import org.whoowns.classroom.RoomEvent;
import org.whoowns.classroom.RoomListener;
import org.whoowns.classroom.Seat;
import org.whoowns.classroom.Standing;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A student's screen in a classroom drill, one per SSH session: the name prompt, the wait for the instructor,
 * each question with its countdown, then their own result, points and rank, the right answer and its
 * explanation, and at the end their place in the full ranking.
 */
final class StudentView implements View {
    private enum Phase { NAME, WAIT, ASK, SENT, RESULT, OVER, KICKED }

    private final Nav nav;
    private final Room room;
    private final Clock clock;
    private final RoomListener listener;
    private final StringBuilder typed = new StringBuilder();
    private final Scroller scroll = new Scroller();
    private Phase phase = Phase.NAME;
    private Seat seat;
    private RoomEvent.QuestionOpened open;
    private RoomEvent.QuestionClosed closed;
    private List<Standing> last = List.of();
    private QuestionForm form;
    private Answer sent;
    private long shownLeft = -1;
    private String notice = "";

    /** {@code listener} hands the room's events to this session's loop. */
    StudentView(Nav nav, Room room, Clock clock, RoomListener listener) {
        this.nav = nav;
        this.room = room;
        this.clock = clock;
        this.listener = listener;
    }

    Optional<Seat> seat() {
        return Optional.ofNullable(seat);
    }

    /** The session's state in a few words ("answer 3 recorded"), for the terminal's title bar. */
    @Override
    public String title() {
        String code = "whoowns " + room.drill().code();
        return switch (phase) {
            case NAME -> code;
            case WAIT -> code + " - waiting";
            case ASK -> code + " - question " + open.number();
            case SENT -> code + " - answer " + sent.number() + " recorded";
            case RESULT -> code + " - result " + closed.number();
            case OVER -> code + " - over";
            case KICKED -> code + " - removed";
        };
    }

    /** One line for the shell once the screen has closed: the final place, if the student played. */
    String farewell() {
        return own(last).map(s -> "whoowns drill " + room.drill().code() + ": " + s.name() + ", rank " + s.rank()
                + " of " + last.size() + " with " + s.points() + " points.").orElse("whoowns: you left the drill.");
    }

    @Override
    public boolean typing() {
        return phase == Phase.NAME;
    }

    @Override
    public void draw(Canvas canvas) {
        Palette p = canvas.palette();
        int width = canvas.bodyWidth();
        int bottom = canvas.height() - 2;
        canvas.header("whoowns drill " + room.drill().code(), seat == null ? "" : seat.name());
        List<Line> lines = new ArrayList<>();
        String footer = "q: leave (come back with the same name to keep your points)";
        switch (phase) {
            case NAME -> {
                lines.add(Line.EMPTY);
                lines.add(Line.of("Welcome to the drill. Your name, as the leaderboard will show it:", p.bold()));
                lines.add(Line.of("Name: ", p.bold()).plus(typed + "▏", p.selected()));
                lines.add(Line.EMPTY);
                lines.add(Line.of(notice, p.wrong()));
                footer = "type your name, then Enter   Ctrl-C: leave";
            }
            case WAIT -> {
                lines.add(Line.EMPTY);
                lines.add(Line.of("You are in, " + seat.name() + ".", p.bold()));
                lines.add(Line.of("Wait for the instructor to start the next question.", p.text()));
            }
            case ASK -> {
                long left = DrillPages.secondsLeft(open.deadline(), clock.instant());
                shownLeft = left;
                canvas.put(Canvas.MARGIN, 1, Line.of("Question " + open.number() + " of " + open.total(), p.bold()),
                        width);
                canvas.put(Canvas.MARGIN + 22, 1, DrillPages.countdown(left, Duration.between(open.opened(),
                        open.deadline()), width - 22, p), width - 22);
                form.draw(canvas, 3, bottom - 3);
                canvas.rule(bottom, notice.isEmpty() ? form.notice() : notice, form.indicator());
                canvas.footer(form.footer().replace("Esc: menu   ", ""));
                return;
            }
            case SENT -> {
                lines.add(Line.EMPTY);
                lines.add(Line.of("Answer " + sent.number() + " recorded: " + picks(sent) + ".", p.bold()));
                lines.add(Line.of("Wait for the others; the result comes when the question closes.", p.text()));
            }
            case RESULT -> lines.addAll(result(width, p));
            case OVER -> {
                lines.add(Line.of("The drill is over.", p.bold()));
                own(last).ifPresent(s -> lines.add(Line.of("You finished " + s.rank() + " of " + last.size()
                        + " with " + s.points() + " points (" + s.right() + " right).", p.bold())));
                lines.add(Line.EMPTY);
                lines.addAll(DrillPages.ranking(last, seat == null ? "" : seat.name(), 1000, p));
                footer = "↑↓: scroll   q: leave";
            }
            case KICKED -> {
                lines.add(Line.EMPTY);
                lines.add(Line.of("The instructor removed you from this room.", p.bold()));
                footer = "any key: leave";
            }
        }
        scroll.draw(canvas, 1, bottom - 1, lines);
        canvas.rule(bottom, "", scroll.indicator());
        canvas.footer(footer);
    }

    private List<Line> result(int width, Palette p) {
        List<Line> lines = new ArrayList<>();
        Answer mine = seat == null ? null : closed.answers().get(seat.name());
        if (mine == null) {
            lines.add(Line.of("✗ No answer: 0 points", p.wrong()));
        } else {
            lines.add(Line.of((mine.right() ? "✓ RIGHT" : "✗ WRONG") + "  +" + mine.points() + " points  (you picked "
                    + picks(mine) + ")", mine.right() ? p.right() : p.wrong()));
        }
        own(closed.standings()).ifPresent(s -> lines.add(Line.of("Rank " + s.rank() + " of "
                + closed.standings().size() + ", " + s.points() + " points in all", p.bold())));
        lines.add(Line.EMPTY);
        lines.addAll(Wrap.block(closed.question().prompt(), width, p.bold()));
        lines.addAll(DrillPages.answer(closed.question(), width, p));
        return lines;
    }

    private Optional<Standing> own(List<Standing> table) {
        return seat == null ? Optional.empty()
                : table.stream().filter(s -> s.name().equals(seat.name())).findFirst();
    }

    private static String picks(Answer a) {
        return String.join("+", a.picks().stream().map(i -> String.valueOf(i + 1)).toList());
    }

    @Override
    public void room(RoomEvent event) {
        if (event instanceof RoomEvent.QuestionOpened opened) {
            ask(opened);
        } else if (event instanceof RoomEvent.QuestionClosed c) {
            closed = c;
            last = c.standings();
            phase = Phase.RESULT;
            scroll.reset();
        } else if (event instanceof RoomEvent.DrillOver over) {
            last = over.standings();
            phase = Phase.OVER;
            scroll.reset();
        } else if (event instanceof RoomEvent.Kicked) {
            seat = null;
            phase = Phase.KICKED;
        }
    }

    private void ask(RoomEvent.QuestionOpened opened) {
        open = opened;
        form = new QuestionForm(opened.question());
        notice = "";
        phase = Phase.ASK;
    }

    @Override
    public boolean tick() {
        return phase == Phase.ASK && DrillPages.secondsLeft(open.deadline(), clock.instant()) != shownLeft;
    }

    @Override
    public void handle(KeyStroke key) {
        switch (phase) {
            case NAME -> name(key);
            case ASK -> {
                Optional<Set<Integer>> picks = form.handle(key);
                if (picks.isPresent()) {
                    Receipt receipt = room.answer(seat, picks.get());
                    if (receipt instanceof Receipt.Recorded recorded) {
                        sent = recorded.answer();
                        phase = Phase.SENT;
                    } else if (receipt instanceof Receipt.Refused refused) {
                        notice = refused.reason();
                    }
                }
            }
            case KICKED -> nav.quit();
            default -> scroll.handle(key);
        }
    }

    private void name(KeyStroke key) {
        if (Keys.is(key, KeyType.Backspace)) {
            if (!typed.isEmpty()) {
                typed.setLength(typed.offsetByCodePoints(typed.length(), -1));
            }
        } else if (Keys.is(key, KeyType.Enter)) {
            Join join = room.join(typed.toString(), listener);
            typed.setLength(0);
            if (join instanceof Join.Seated seated) {
                seat = seated.seat();
                notice = "";
                phase = Phase.WAIT;
                seated.open().ifPresent(this::ask); // a late joiner plays from the open question
                seated.answered().ifPresent(answer -> { // back after a drop: that answer stands, not asked again
                    sent = answer;
                    phase = Phase.SENT;
                });
            } else if (join instanceof Join.Refused refused) {
                notice = refused.reason();
            }
        } else if (key.getKeyType() == KeyType.Character && !key.isCtrlDown() && typed.length() < 40) {
            typed.append(key.getCharacter());
        }
    }

    @Override
    public List<String> help() {
        return List.of("1-9 or a-h  answer (select all: tick; Enter submits)", "↑↓ PgUp PgDn scroll",
                "q           leave (rejoin with the same name keeps your points)");
    }
}
