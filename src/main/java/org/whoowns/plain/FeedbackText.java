package org.whoowns.plain;

import org.whoowns.pack.Cell;
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
        String credit = !feedback.creditText().isEmpty() && !feedback.right() ? ": " + feedback.creditText() : ".";
        out.add(new Paragraph((feedback.right() ? "Right" : feedback.partlyRight() ? "Partly right" : "Wrong") + credit, 0));
        List<Choice> choices = question.choices();
        for (int i : question.answer()) {
            out.add(new Paragraph("Right answer: " + (i + 1) + ") " + choices.get(i).text(), 14));
        }
        question.fill().ifPresent(fill -> {
            int at = 0;
            for (List<Cell> row : fill.rows()) {
                StringBuilder keys = new StringBuilder();
                for (int i = 0; i < row.size(); i++) {
                    keys.append(fill.owners().get(fill.answer().get(at++)).key());
                }
                out.add(new Paragraph("Right answer: " + row.get(0).area().name() + ": " + keys, 14));
            }
        });
        feedback.pickNotes().forEach(note -> out.add(new Paragraph(note, 2)));
        Explanation why = question.explanation();
        out.add(new Paragraph("Why: " + why.text(), 0));
        why.pitfall().ifPresent(p -> out.add(new Paragraph("Pitfall: " + p, 0)));
        why.sourceLines().forEach(source -> out.add(new Paragraph("Source: " + source, 8)));
        return out;
    }
}
