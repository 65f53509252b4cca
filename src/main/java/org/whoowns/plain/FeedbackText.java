package org.whoowns.plain;

import org.whoowns.pack.Explanation;
import org.whoowns.quiz.Choice;
import org.whoowns.quiz.Feedback;
import org.whoowns.quiz.Question;

import java.util.ArrayList;
import java.util.List;

/**
 * A feedback page as plain paragraphs, each with its hanging indent: the verdict, the right answer, a line
 * on each wrong pick or missed choice, the explanation, pitfall and sources. Practice shows it after each
 * answer, the exam in its review of missed questions.
 */
final class FeedbackText {
    /** One paragraph and the indent of its wrapped lines. */
    record Paragraph(String text, int hang) {
    }

    private FeedbackText() {
    }

    static List<Paragraph> of(Feedback feedback) {
        Question question = feedback.question();
        List<Paragraph> out = new ArrayList<>();
        String credit = question.selectAll() && !feedback.right() ? ": " + feedback.creditText() : ".";
        out.add(new Paragraph((feedback.right() ? "Right" : feedback.partlyRight() ? "Partly right" : "Wrong") + credit, 0));
        List<Choice> choices = question.choices();
        for (int i : question.answer()) {
            out.add(new Paragraph("Right answer: " + (i + 1) + ") " + choices.get(i).text(), 14));
        }
        feedback.pickNotes().forEach(note -> out.add(new Paragraph(note, 2)));
        Explanation why = question.explanation();
        out.add(new Paragraph("Why: " + why.text(), 0));
        why.pitfall().ifPresent(p -> out.add(new Paragraph("Pitfall: " + p, 0)));
        why.sourceLines().forEach(source -> out.add(new Paragraph("Source: " + source, 8)));
        return out;
    }
}
