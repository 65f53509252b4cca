package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.whoowns.quiz.Choice;
import org.whoowns.quiz.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The question being asked and the user's picks so far. Single answer: a number or letter answers at once,
 * or ↑↓ then Enter. Select all: a number, letter or Space ticks, Enter submits. Nothing is selected until
 * the user moves or picks, so Enter alone never answers.
 */
final class QuestionForm {
    private final Question question;
    private final Set<Integer> picks = new TreeSet<>();
    private final Scroller scroller = new Scroller();
    /** The choice at the cursor, -1 until the user moves or picks. */
    private int cursor = -1;
    private String notice = "";
    private int[] choiceFirst = new int[0];
    private int[] choiceLast = new int[0];

    QuestionForm(Question question) {
        this.question = question;
    }

    String notice() {
        return notice;
    }

    String indicator() {
        return scroller.indicator();
    }

    String footer() {
        String range = Keys.choiceRange(question.choices().size());
        return question.selectAll()
                ? range + " or Space: tick   Enter: submit   ↑↓: move   Esc: menu   ?: keys"
                : range + ": answer   or ↑↓ and Enter   Esc: menu   ?: keys   q: quit";
    }

    void draw(Canvas canvas, int row, int height) {
        scroller.draw(canvas, row, height, lines(canvas.bodyWidth(), canvas.palette()));
    }

    /** The picks to grade once the user has answered; empty while still choosing. */
    Optional<Set<Integer>> handle(KeyStroke key) {
        notice = "";
        int n = question.choices().size();
        int choice = Keys.choice(key);
        if (choice >= 0 && choice < n) {
            cursor = choice;
            if (!question.selectAll()) {
                return Optional.of(Set.of(choice));
            }
            toggle(choice);
        } else if (Keys.is(key, KeyType.ArrowUp)) {
            cursor = cursor < 0 ? n - 1 : (cursor + n - 1) % n;
        } else if (Keys.is(key, KeyType.ArrowDown) || Keys.is(key, KeyType.Tab)) {
            cursor = (cursor + 1) % n;
        } else if (Keys.is(key, ' ') && question.selectAll()) {
            if (cursor < 0) {
                notice = "Move to a choice first (↑↓), or press " + Keys.choiceRange(n);
            } else {
                toggle(cursor);
            }
        } else if (Keys.is(key, KeyType.Enter)) {
            if (!question.selectAll()) {
                if (cursor >= 0) {
                    return Optional.of(Set.of(cursor));
                }
                notice = "Pick one first: " + Keys.choiceRange(n) + ", or ↑↓ then Enter";
            } else if (!picks.isEmpty()) {
                return Optional.of(Set.copyOf(picks));
            } else {
                notice = "Tick at least one choice first (Space or " + Keys.choiceRange(n) + ")";
            }
        } else if (choice >= n) {
            notice = "There are only " + n + " choices";
        } else {
            scroller.handle(key);
            return Optional.empty();
        }
        // The cursor's choice stays in view; on the first choice, the prompt too.
        if (cursor >= 0) {
            scroller.show(cursor == 0 ? 0 : choiceFirst.length > cursor ? choiceFirst[cursor] : 0,
                    choiceLast.length > cursor ? choiceLast[cursor] : 0);
        }
        return Optional.empty();
    }

    private void toggle(int choice) {
        if (!picks.remove(choice)) {
            picks.add(choice);
        }
    }

    private List<Line> lines(int width, Palette p) {
        List<Line> lines = new ArrayList<>(Wrap.block(question.prompt(), width, p.bold()));
        if (question.selectAll()) {
            lines.add(Line.of("Select all that apply, then press Enter.", p.text()));
        }
        lines.add(Line.EMPTY);
        List<Choice> choices = question.choices();
        choiceFirst = new int[choices.size()];
        choiceLast = new int[choices.size()];
        for (int i = 0; i < choices.size(); i++) {
            boolean on = i == cursor;
            String label = (on ? "> " : "  ") + (i + 1) + ". "
                    + (question.selectAll() ? (picks.contains(i) ? "[x] " : "[ ] ") : "");
            Style style = on ? p.selected() : p.text();
            choiceFirst[i] = lines.size();
            lines.addAll(Wrap.hanging(label, style, choices.get(i).text(), style, width));
            choiceLast[i] = lines.size() - 1;
        }
        return lines;
    }
}
