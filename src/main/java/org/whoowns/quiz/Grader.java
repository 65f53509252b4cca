package org.whoowns.quiz;

import java.util.List;
import java.util.Set;

/**
 * Scores a response. Single answer: 1 or 0. Select-all with partial credit: the share of right choices
 * picked minus the share of wrong choices picked, never below 0, so ticking everything earns nothing;
 * without partial credit only the exact set earns 1.
 */
public record Grader(boolean partialCredit) {
    public static final Grader PRACTICE = new Grader(true);
    public static final Grader STRICT = new Grader(false);

    public double score(Question question, Set<Integer> picks) {
        List<Choice> choices = question.choices();
        int right = 0;
        int wrong = 0;
        for (int pick : picks) {
            if (pick < 0 || pick >= choices.size()) {
                throw new IllegalArgumentException("no choice " + pick + " in " + question.id());
            }
            if (choices.get(pick).correct()) {
                right++;
            } else {
                wrong++;
            }
        }
        int totalRight = question.answer().size();
        int totalWrong = choices.size() - totalRight;
        if (right == totalRight && wrong == 0) {
            return 1.0;
        }
        if (!question.selectAll() || !partialCredit) {
            return 0.0;
        }
        double credit = (double) right / totalRight - (totalWrong == 0 ? 0 : (double) wrong / totalWrong);
        return Math.max(0.0, credit);
    }
}
