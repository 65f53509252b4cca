package org.whoowns.plain;

import org.whoowns.pack.TerminalText;
import org.whoowns.quiz.Choice;
import org.whoowns.quiz.Feedback;
import org.whoowns.quiz.Fill;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.QuizSession;
import org.whoowns.quiz.Recorder;
import org.whoowns.quiz.Summary;
import org.whoowns.pack.Cell;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Set;

/**
 * The quiz line by line on plain streams, for screen readers, scripts and tests: numbered choices, one
 * answer line per question, feedback after each, and a last line "Score: X/N", also when input ends early
 * or the run is interrupted. No terminal control sequences: every string goes through
 * {@link TerminalText#clean}. Lines are wrapped at spaces to {@code columns} (0: never, e.g. into a pipe).
 * A matrix-fill reads one line of owner keys per blanked row ("CCSM"). Each answer goes to the
 * {@link Recorder} as soon as it is graded, with the time it took.
 */
public final class PlainQuiz {
    /** Unusable answers in a row after which a run gives up: endless garbage on stdin must not loop forever. */
    static final int GIVE_UP_AFTER = 100;

    private final QuizSession session;
    private final AnswerReader in;
    private final PrintStream out;
    private final int columns;
    private final Recorder recorder;
    private final Clock clock;
    /** Set once the Score line is printed, by the run or by {@link #interrupt}; nothing is printed after it. */
    private boolean over;

    public PlainQuiz(QuizSession session, InputStream in, PrintStream out, int columns) {
        this(session, in, out, columns, Recorder.NONE, Clock.systemUTC());
    }

    public PlainQuiz(QuizSession session, InputStream in, PrintStream out, int columns, Recorder recorder, Clock clock) {
        this.session = session;
        this.in = new AnswerReader(in);
        this.out = out;
        this.columns = columns;
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * Asks every question. Empty when all were answered; otherwise the one line saying why the run ended
     * early (input ended, an overlong line, unreadable input), after the Score line has been printed.
     */
    public Optional<String> run(String heading) {
        say(heading, 0);
        print("");
        while (true) {
            Question question;
            synchronized (this) {
                // A failed write (a closed pipe, a full disk) ends the run; the caller reports it.
                if (over || out.checkError()) {
                    return Optional.empty();
                }
                if (session.finished()) {
                    finish();
                    return Optional.empty();
                }
                question = session.current();
                ask(question);
            }
            Instant asked = clock.instant();
            Set<Integer> picks = Set.of();
            List<Integer> filled = List.of();
            try {
                if (question.fill().isPresent()) {
                    filled = readFill(question.fill().get());
                } else {
                    picks = read(question);
                }
            } catch (CutShort e) {
                synchronized (this) {
                    if (!over) {
                        print("");
                        finish();
                    }
                }
                return Optional.of(e.getMessage());
            }
            synchronized (this) {
                if (over) {
                    return Optional.empty();
                }
                Feedback graded = question.fill().isPresent() ? session.fill(filled) : session.answer(picks);
                recorder.answered(session, Math.max(0, Duration.between(asked, clock.instant()).toMillis()));
                show(graded);
            }
        }
    }

    /** Ctrl-C: ends the run with the Score line (from a shutdown hook; the process then exits 130). */
    public synchronized void interrupt() {
        if (!over) {
            print("");
            finish();
        }
    }

    /** Why a run ended before its last question. */
    private static final class CutShort extends Exception {
        private static final long serialVersionUID = 1L;

        CutShort(String message) {
            super(message);
        }
    }

    private void ask(Question question) {
        String why = session.why().isEmpty() ? "" : " (" + session.why() + ")";
        print("Question " + (session.position() + 1) + "/" + session.size() + why);
        say(question.prompt(), 0);
        if (question.fill().isPresent()) {
            Fill fill = question.fill().get();
            say("(One line of keys per row, in the order " + fill.rows().get(0).stream().map(c -> c.model().name())
                    .collect(Collectors.joining(", ")) + ", e.g. " + fill.example(fill.rows().get(0).size()) + ".)", 1);
            return;
        }
        if (question.selectAll()) {
            say("(Select all that apply: type the numbers or letters separated by commas, e.g. 1,3.)", 1);
        }
        List<Choice> choices = question.choices();
        for (int i = 0; i < choices.size(); i++) {
            say("  " + (i + 1) + ") " + choices.get(i).text(), 5);
        }
    }

    private Set<Integer> read(Question question) throws CutShort {
        int number = session.position() + 1;
        for (int unusable = 0; unusable < GIVE_UP_AFTER; unusable++) {
            synchronized (this) {
                stopIfOver();
                out.print("Answer: ");
                out.flush();
            }
            String line = readLine(number);
            Reply reply = Reply.parse(line, question.choices().size(), question.selectAll());
            if (reply.ok()) {
                return reply.picks();
            }
            synchronized (this) {
                stopIfOver();
                say(reply.problem(), 0);
            }
        }
        throw new CutShort(GIVE_UP_AFTER + " unusable answers in a row to question " + number + "; giving up");
    }

    /** The next line of an answer to question {@code number}; input that ends or fails cuts the run short. */
    private String readLine(int number) throws CutShort {
        String line;
        try {
            line = in.readLine();
        } catch (AnswerReader.TooLong e) {
            throw new CutShort(e.getMessage() + " (question " + number + ")");
        } catch (IOException e) {
            throw new CutShort("cannot read standard input: " + e.getMessage());
        }
        if (line == null) {
            throw new CutShort("input ended before question " + number + " of " + session.size() + " was answered");
        }
        return line;
    }

    /** One line of keys per blanked row, each asked again until it reads. */
    private List<Integer> readFill(Fill fill) throws CutShort {
        List<Integer> filled = new ArrayList<>();
        int number = session.position() + 1;
        for (List<Cell> row : fill.rows()) {
            String label = row.get(0).area().name() + ": ";
            Fill.Parsed parsed = null;
            for (int unusable = 0; unusable < GIVE_UP_AFTER && (parsed == null || !parsed.ok()); unusable++) {
                synchronized (this) {
                    stopIfOver();
                    if (parsed != null) {
                        say(parsed.problem(), 0);
                    }
                    out.print(TerminalText.clean(label));
                    out.flush();
                }
                parsed = fill.parse(readLine(number), row.size());
            }
            if (!parsed.ok()) {
                throw new CutShort(GIVE_UP_AFTER + " unusable answers in a row to question " + number + "; giving up");
            }
            filled.addAll(parsed.owners());
        }
        return filled;
    }

    /** After an interrupt's Score line nothing more is printed. */
    private void stopIfOver() throws CutShort {
        if (over) {
            throw new CutShort("interrupted");
        }
    }

    private void show(Feedback feedback) {
        print(""); // ends the "Answer: " line where the input was not echoed (pipes, scripts)
        FeedbackText.of(feedback).forEach(p -> say(p.text(), p.hang()));
        if (!session.finished()) {
            print("Score so far: " + Summary.format(session.score()) + "/" + session.position());
        }
        print("");
    }

    /** The misses and the last line, "Score: X/N", with how many were answered when not all were. */
    private void finish() {
        Summary summary = session.summary();
        if (!summary.areaMisses().isEmpty()) {
            say("Missed by area: " + summary.areaMissesText(), 2);
            say("Missed by model: " + summary.modelMissesText(), 2);
        }
        String answered = summary.answered() == summary.total() ? ""
                : " (" + summary.answered() + " of " + summary.total() + " answered)";
        print("Score: " + summary.scoreText() + answered);
        out.flush();
        over = true;
    }

    private void say(String text, int hang) {
        for (String line : LineWrap.lines(TerminalText.clean(text), columns, hang)) {
            out.println(line);
        }
    }

    private void print(String line) {
        out.println(line);
    }
}
