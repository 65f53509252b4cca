package org.whoowns.plain;

import org.whoowns.learn.ExamResult;
import org.whoowns.learn.ExamSession;
import org.whoowns.learn.Tally;
import org.whoowns.pack.Pack;
import org.whoowns.pack.TerminalText;
import org.whoowns.quiz.Choice;
import org.whoowns.quiz.Feedback;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.Summary;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * An exam line by line: one question at a time, no feedback until the end. A line is an answer (as in
 * practice: a number, letters, or numbers separated by commas), which moves on, or a command: {@code flag},
 * {@code back}, {@code next}, {@code goto N}, {@code list}, {@code submit}, {@code help}. Input ending
 * submits the exam as it stands, as time running out does. Then the score against the pass mark, the
 * breakdown by area and model, and the review of every missed question with practice's feedback page.
 */
public final class PlainExam {
    static final String COMMANDS = "Type a number (or numbers 1,3 for select-all) to answer; flag, back, next,"
            + " goto N, list, submit; help.";

    private final Pack pack;
    private final ExamSession session;
    private final BlockingQueue<Object> lines = new LinkedBlockingQueue<>();
    private final AnswerReader in;
    private final PrintStream out;
    private final int columns;
    private boolean over;

    /** Input ended (the reader's last item). */
    private enum End { INPUT }

    public PlainExam(Pack pack, ExamSession session, InputStream in, PrintStream out, int columns) {
        this.pack = pack;
        this.session = session;
        this.in = new AnswerReader(in);
        this.out = out;
        this.columns = columns;
    }

    /**
     * Runs the exam to its result. Lines are read on a daemon thread so a time limit can end the exam while
     * the learner is still typing.
     */
    public ExamResult run(String heading) {
        say(heading, 0);
        say(COMMANDS, 0);
        print("");
        Thread reader = new Thread(this::read, "whoowns-exam-input");
        reader.setDaemon(true);
        reader.start();
        boolean ask = true;
        while (true) {
            synchronized (this) {
                Optional<ExamResult> done = session.tick();
                if (done.isPresent()) {
                    if (done.get().timeUp()) {
                        print("");
                        print("Time is up: the exam was submitted as it stood.");
                    }
                    return done.get();
                }
                if (ask) {
                    ask(session.position());
                }
                out.print("Answer" + session.remaining().map(left -> " (" + ExamSession.countdown(left) + " left)").orElse("") + ": ");
                out.flush();
            }
            Object line;
            try {
                Optional<Duration> left = session.remaining();
                // A little past the deadline, so the clock has surely passed it when tick() looks.
                line = left.isPresent() ? lines.poll(left.get().toMillis() + 50, TimeUnit.MILLISECONDS) : lines.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                line = End.INPUT;
            }
            synchronized (this) {
                print(""); // ends the prompt line where the input was not echoed
                if (line == null || session.tick().isPresent()) {
                    ask = false;
                    continue;
                }
                if (line instanceof End || line instanceof IOException) {
                    print(line instanceof IOException e ? "Cannot read standard input (" + TerminalText.clean(e.getMessage())
                            + "): submitting the exam as it stands." : "Input ended: submitting the exam as it stands.");
                    return session.submit();
                }
                String command = ((String) line).strip().toLowerCase(Locale.ROOT);
                if (command.equals("submit")) {
                    return session.submit();
                }
                ask = command(command);
            }
        }
    }

    /** Ctrl-C: the exam ends unsubmitted and nothing is saved (from a shutdown hook; the process exits 130). */
    public synchronized void interrupt() {
        if (!over) {
            print("");
            print("Exam interrupted: not submitted, nothing saved.");
            out.flush();
            over = true;
        }
    }

    /** Handles one line that is not submit; true when the (new) current question should be shown. */
    private boolean command(String command) {
        int at = session.position();
        if (command.equals("flag")) {
            session.toggleFlag();
            print(session.flagged(at) ? "Question " + (at + 1) + " flagged: list shows it, goto " + (at + 1) + " returns."
                    : "Question " + (at + 1) + " unflagged.");
            return false;
        }
        if (command.equals("back")) {
            if (!session.back()) {
                print("This is the first question.");
                return false;
            }
            return true;
        }
        if (command.equals("next") || command.equals("skip")) {
            return moveOn();
        }
        if (command.equals("list")) {
            list();
            return false;
        }
        if (command.equals("help")) {
            say(COMMANDS, 0);
            return false;
        }
        if (command.startsWith("goto")) {
            String number = command.substring(4).strip();
            if (number.matches("[0-9]{1,4}") && session.go(Integer.parseInt(number) - 1)) {
                return true;
            }
            print("goto needs a question number from 1 to " + session.paper().size() + ", e.g. goto 3.");
            return false;
        }
        Question question = session.question();
        Reply reply = Reply.parse(command, question.choices().size(), question.selectAll());
        if (!reply.ok()) {
            say(reply.problem() + " Or: flag, back, next, goto N, list, submit.", 0);
            return false;
        }
        session.answer(reply.picks());
        return moveOn();
    }

    /** To the next question; after the last one, where things stand and how to hand in. */
    private boolean moveOn() {
        if (session.next()) {
            return true;
        }
        int answered = session.paper().size() - session.unanswered().size();
        say("That was the last question. Answered " + answered + " of " + session.paper().size() + "; flagged: "
                + numbers(session.flaggedList()) + "; unanswered: " + numbers(session.unanswered())
                + ". Type submit to hand in, or goto N to look again.", 0);
        return false;
    }

    private void list() {
        for (int i = 0; i < session.paper().size(); i++) {
            String picks = session.picks(i).isEmpty() ? "unanswered"
                    : "answered " + session.picks(i).stream().sorted().map(p -> Integer.toString(p + 1)).collect(Collectors.joining(","));
            print("  " + (i + 1) + ". " + picks + (session.flagged(i) ? ", flagged" : "") + (i == session.position() ? "  <" : ""));
        }
    }

    private void ask(int index) {
        Question question = session.question();
        print("");
        print("Question " + (index + 1) + "/" + session.paper().size() + (session.flagged(index) ? "  [flagged]" : "")
                + session.remaining().map(left -> "  Time left " + ExamSession.countdown(left)).orElse(""));
        say(question.prompt(), 0);
        if (question.selectAll()) {
            say("(Select all that apply: type the numbers or letters separated by commas, e.g. 1,3.)", 1);
        }
        List<Choice> choices = question.choices();
        for (int i = 0; i < choices.size(); i++) {
            say("  " + (i + 1) + ") " + choices.get(i).text(), 5);
        }
        if (!session.picks(index).isEmpty()) {
            print("Your answer so far: " + session.picks(index).stream().sorted().map(p -> Integer.toString(p + 1))
                    .collect(Collectors.joining(",")) + " (type another to change it)");
        }
    }

    /** The result: score and verdict, breakdown, then every missed question with its feedback. */
    public synchronized void report(ExamResult result) {
        print("");
        print("Exam result: " + result.verdict());
        print("By area:");
        breakdown(result.areasInOrder(pack));
        print("By model:");
        breakdown(result.modelsInOrder(pack));
        List<Integer> missed = result.missed();
        print("");
        print(missed.isEmpty() ? "No question missed." : "Review of the " + missed.size() + " missed "
                + (missed.size() == 1 ? "question" : "questions") + ":");
        for (int i : missed) {
            Question question = result.paper().get(i);
            print("");
            print("Question " + (i + 1) + "/" + result.max() + (result.flags().get(i) ? "  [flagged]" : ""));
            say(question.prompt(), 0);
            if (result.picks().get(i).isEmpty()) {
                print("Not answered.");
            } else {
                result.picks().get(i).stream().sorted().forEach(p ->
                        say("Your answer: " + (p + 1) + ") " + question.choices().get(p).text(), 13));
            }
            FeedbackText.of(new Feedback(question, result.picks().get(i), result.credits().get(i)))
                    .forEach(p -> say(p.text(), p.hang()));
        }
        print("");
    }

    /** Further lines after the report (where the attempt was saved), then the last line, "Score: X/N". */
    public synchronized void close(List<String> lines, ExamResult result) {
        lines.forEach(line -> say(line, 2));
        print("Score: " + Summary.format(result.raw()) + "/" + result.max());
        out.flush();
        over = true;
    }

    private void breakdown(List<Tally> tallies) {
        int width = tallies.stream().mapToInt(t -> TerminalText.width(TerminalText.clean(t.name()))).max().orElse(0);
        for (Tally t : tallies) {
            String label = TerminalText.clean(t.name());
            print("  " + label + " ".repeat(width - TerminalText.width(label) + 2) + Summary.format(t.raw()) + "/" + t.max()
                    + String.format(Locale.ROOT, "  %3.0f %%", Math.floor(t.percent())));
        }
    }

    private static String numbers(List<Integer> indexes) {
        return indexes.isEmpty() ? "none" : indexes.stream().map(i -> Integer.toString(i + 1)).collect(Collectors.joining(", "));
    }

    private void read() {
        try {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
            lines.add(End.INPUT);
        } catch (IOException e) {
            lines.add(e);
        }
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
