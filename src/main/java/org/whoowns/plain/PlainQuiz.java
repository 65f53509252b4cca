package org.whoowns.plain;

import org.whoowns.pack.Explanation;
import org.whoowns.pack.Source;
import org.whoowns.pack.TerminalText;
import org.whoowns.quiz.Choice;
import org.whoowns.quiz.Feedback;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.QuizSession;
import org.whoowns.quiz.Summary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/**
 * The quiz line by line on plain streams, for screen readers, scripts and tests: numbered choices, one
 * answer line per question, feedback after each, and a last line "Score: X/N". No terminal control
 * sequences: every pack string goes through {@link TerminalText#clean}.
 */
public final class PlainQuiz {
    private final QuizSession session;
    private final BufferedReader in;
    private final PrintStream out;

    public PlainQuiz(QuizSession session, BufferedReader in, PrintStream out) {
        this.session = session;
        this.in = in;
        this.out = out;
    }

    /** Asks every question; returns false when input ended before the last one. */
    public boolean run(String heading) throws IOException {
        say(heading);
        out.println();
        boolean complete = true;
        while (!session.finished()) {
            Question question = session.current();
            ask(question);
            Reply reply = read(question);
            if (reply == null) {
                out.println();
                out.println("Input ended before question " + (session.position() + 1) + " was answered.");
                complete = false;
                break;
            }
            show(session.answer(reply.picks()));
        }
        summarise(session.summary());
        return complete;
    }

    private void ask(Question question) {
        out.println("Question " + (session.position() + 1) + "/" + session.size());
        say(question.prompt());
        if (question.selectAll()) {
            out.println("(Select all that apply: type the numbers separated by commas, e.g. 1,3.)");
        }
        List<Choice> choices = question.choices();
        for (int i = 0; i < choices.size(); i++) {
            say("  " + (i + 1) + ") " + choices.get(i).text());
        }
    }

    private Reply read(Question question) throws IOException {
        while (true) {
            out.print("Answer: ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                return null;
            }
            Reply reply = Reply.parse(line, question.choices().size(), question.selectAll());
            if (reply.ok()) {
                return reply;
            }
            out.println(reply.problem());
        }
    }

    private void show(Feedback feedback) {
        Question question = feedback.question();
        out.println(); // ends the "Answer: " line where the input was not echoed (pipes, scripts)
        if (feedback.right()) {
            out.println("Right.");
        } else if (feedback.partlyRight()) {
            out.println("Partly right: " + Summary.format(feedback.score()) + " of 1.");
        } else {
            out.println("Wrong.");
        }
        List<Choice> choices = question.choices();
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            if (c.correct() || feedback.picked(i)) {
                String mark = c.correct() ? (feedback.picked(i) ? "right, yours" : "right") : "yours, wrong";
                String note = c.note().isEmpty() ? "" : " - " + c.note();
                say("  " + (i + 1) + ") " + c.text() + " [" + mark + "]" + note);
            }
        }
        Explanation why = question.explanation();
        say("Why: " + why.text());
        why.pitfall().ifPresent(p -> say("Pitfall: " + p));
        for (Source source : why.sources()) {
            say("Source: " + source.citation());
        }
        out.println("Score so far: " + Summary.format(session.score()) + "/" + session.position());
        out.println();
    }

    private void summarise(Summary summary) {
        if (!summary.areaMisses().isEmpty()) {
            say("Missed by area: " + summary.areaMissesText());
            say("Missed by model: " + summary.modelMissesText());
        }
        out.println("Score: " + summary.scoreText());
        out.flush();
    }

    private void say(String text) {
        out.println(TerminalText.clean(text));
    }
}
