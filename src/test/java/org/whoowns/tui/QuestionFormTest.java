package org.whoowns.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import org.junit.jupiter.api.Test;
import org.whoowns.pack.Explanation;
import org.whoowns.quiz.Choice;
import org.whoowns.quiz.Kind;
import org.whoowns.quiz.Question;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A question taller than the screen: the cursor's choice is always in view, and the rest is reachable. */
class QuestionFormTest {
    private final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
    private final TerminalScreen screen;

    QuestionFormTest() throws IOException {
        screen = new TerminalScreen(terminal);
        screen.startScreen();
    }

    private static Question tall() {
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            choices.add(new Choice("Choice " + (i + 1) + " says " + "a great many words ".repeat(10) + "END" + (i + 1),
                    i % 2 == 0, ""));
        }
        return new Question("tall", Kind.FACT, "A long prompt " + "that goes on ".repeat(20), choices, true,
                List.of(), new Explanation("Because.", Optional.empty(), List.of()));
    }

    private String draw(QuestionForm form) throws IOException {
        screen.newTextGraphics().fill(' ');
        Canvas canvas = new Canvas(screen.newTextGraphics(), Harness.COLOUR, screen.getTerminalSize());
        form.draw(canvas, 2, 18);
        canvas.rule(22, form.notice(), form.indicator());
        screen.refresh();
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 24; r++) {
            for (int c = 0; c < 80; c++) {
                sb.append(terminal.getCharacter(c, r).getCharacterString());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void theCursorChoiceStaysVisibleAsItMovesDown() throws IOException {
        QuestionForm form = new QuestionForm(tall());
        String first = draw(form);
        assertTrue(first.contains("A long prompt"), first);
        assertTrue(first.contains("more ↓"), first);
        assertFalse(first.contains("> "), "nothing is selected when the question opens:\n" + first);
        form.handle(new KeyStroke(KeyType.ArrowDown));
        assertTrue(draw(form).contains("> 1. [ ] Choice 1"), "the first move selects the first choice");
        for (int i = 1; i < 8; i++) {
            form.handle(new KeyStroke(KeyType.ArrowDown));
            String screenText = draw(form);
            assertTrue(screenText.contains("> " + (i + 1) + ". [ ] Choice " + (i + 1)), i + "\n" + screenText);
            assertTrue(screenText.contains("END" + (i + 1)), "the whole choice, not just its first line:\n" + screenText);
        }
        String last = draw(form);
        assertFalse(last.contains("A long prompt"), last);
        assertTrue(last.contains("more ↑"), last);
        form.handle(new KeyStroke(KeyType.ArrowDown)); // wraps to the first choice, and the prompt with it
        assertTrue(draw(form).contains("A long prompt"));
    }

    @Test
    void picksAreSubmittedOnlyWithEnterAndNeverEmpty() {
        QuestionForm form = new QuestionForm(tall());
        assertEquals(Optional.empty(), form.handle(new KeyStroke(KeyType.Enter)));
        assertTrue(form.notice().contains("Tick at least one"), form.notice());
        assertEquals(Optional.empty(), form.handle(new KeyStroke('3', false, false)));
        assertEquals(Optional.empty(), form.handle(new KeyStroke('h', false, false)));
        assertEquals(Optional.of(Set.of(2, 7)), form.handle(new KeyStroke(KeyType.Enter)));
    }

    @Test
    void item15_enterWithNothingSelectedDoesNotAnswerASingleAnswerQuestion() {
        Question q = tall();
        QuestionForm form = new QuestionForm(new Question(q.id(), q.kind(), q.prompt(), q.choices().subList(0, 3),
                false, q.cells(), q.explanation()));
        assertEquals(Optional.empty(), form.handle(new KeyStroke(KeyType.Enter)));
        assertTrue(form.notice().startsWith("Pick one first"), form.notice());
        form.handle(new KeyStroke(KeyType.ArrowUp));
        assertEquals(Optional.of(Set.of(2)), form.handle(new KeyStroke(KeyType.Enter)), "↑ from nothing: the last");
    }

    @Test
    void aNumberBeyondTheChoicesSaysSo() {
        Question q = tall();
        Question three = new Question(q.id(), q.kind(), q.prompt(), q.choices().subList(0, 3), false, q.cells(),
                q.explanation());
        QuestionForm form = new QuestionForm(three);
        assertEquals(Optional.empty(), form.handle(new KeyStroke('5', false, false)));
        assertEquals("There are only 3 choices", form.notice());
        assertEquals(Optional.of(Set.of(1)), form.handle(new KeyStroke('b', false, false)));
    }
}
