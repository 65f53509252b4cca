package org.whoowns.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Explanation;
import org.whoowns.pack.Model;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.pack.TerminalText;
import org.whoowns.quiz.Choice;
import org.whoowns.quiz.Feedback;
import org.whoowns.quiz.Kind;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.quiz.Question;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whoowns.tui.Harness.key;

/** Regression tests for the TUI defects of issue 11, one or more per item, named after it. */
@Timeout(10)
class TuiDefectsTest {
    private final Pack pack = TestPacks.shipped();

    private static KeyStroke ctrl(char c) {
        return new KeyStroke(c, true, false);
    }

    private static Harness loading(CompletableFuture<Pack> future) {
        return new Harness(future, Harness.COLOUR, 1, 5);
    }

    @Test
    void item3_anErrorInTheLoaderThreadStillCompletesThePack() throws Exception {
        CompletableFuture<Pack> future = new CompletableFuture<>();
        Tui.startLoading(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, future, new CompletableFuture<>());
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
        assertInstanceOf(OutOfMemoryError.class, e.getCause());
    }

    @Test
    void item3_aLoaderErrorReachesTheUserAsOneLine() {
        Harness h = loading(CompletableFuture.failedFuture(new OutOfMemoryError("Java heap space")));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> h.type("s"));
        assertEquals("the pack could not be loaded: out of memory (a pack is a JSON file of at most 2 MB)",
                e.getCause().getMessage());
    }

    @Test
    void item3_qAndCtrlCWorkWhileThePackLoads() throws Exception {
        CompletableFuture<Pack> future = new CompletableFuture<>();
        Harness h = loading(future).type("p");
        assertTrue(h.text().contains("Loading the pack"), h.text());
        h.type("q");
        assertFalse(h.app.running(), "q quits while the pack loads");

        Harness c = loading(new CompletableFuture<>()).type("s").press(ctrl('c'));
        assertFalse(c.app.running(), "Ctrl-C quits while the pack loads");
    }

    @Test
    void item3_aScreenAskedForWhileLoadingOpensOnceLoaded() throws Exception {
        CompletableFuture<Pack> future = new CompletableFuture<>();
        Harness h = loading(future).type("p");
        future.complete(pack);
        h.app.packSettled();
        h.app.draw();
        assertTrue(h.row(0).contains("Question 1/5"), h.text());
    }

    @Test
    void item3_aFailureAfterTheMenuEndsTheTui() {
        Harness h = loading(CompletableFuture.failedFuture(new StackOverflowError()));
        IOException e = assertThrows(IOException.class, h.app::packSettled);
        assertEquals("the pack could not be loaded: it is nested too deeply", e.getMessage());
    }

    /** Every screen row, measured as the terminal measures, is exactly as wide as the screen. */
    private static void assertRowsFit(Harness h, String screen) {
        for (int r = 0; r < 24; r++) {
            assertEquals(80, TerminalText.width(h.row(r)), screen + " row " + r + " is shifted:\n" + h.text());
        }
        for (int r = 0; r < 24; r++) {
            for (int c = 0; c < 79; c++) {
                TextCharacter cell = h.at(c, r);
                char ch = cell.getCharacter();
                if (TerminalText.columns(ch) == 2 && !TerminalTextUtils.isCharCJK(ch)) {
                    assertEquals(WidePad.MARK, h.at(c + 1, r).getCharacter(), screen + ": no pad mark after " + ch);
                }
            }
        }
    }

    @Test
    void item11_bopomofoYiAndCjkNamesTakeTheColumnsTheTerminalGivesThem() {
        assertEquals(2, TerminalText.columns('ㄅ'), "Bopomofo is East Asian Wide");
        assertEquals(2, TerminalText.columns('ꀀ'), "Yi is East Asian Wide");
        assertEquals(2, TerminalText.columns('㌀'), "CJK Compatibility is East Asian Wide");
        Pack wide = TestPacks.withTopics(TestPacks.shaped(4, 6, 3, TestPacks.WIDE));
        Harness h = new Harness(wide);
        assertRowsFit(h, "menu");
        h.type("s");
        assertTrue(h.text().contains("ㄅㄆㄇ"), h.text());
        assertRowsFit(h, "study");
        h.press(key(KeyType.ArrowDown), key(KeyType.ArrowRight));
        assertRowsFit(h, "study, moved");
        h.press(key(KeyType.Tab));
        assertRowsFit(h, "study facts");
        h.press(key(KeyType.Escape)).type("p");
        assertRowsFit(h, "practice");
        h.press(key(KeyType.ArrowDown), key(KeyType.Enter));
        if (!h.row(1).contains("RIGHT") && !h.row(1).contains("WRONG")) {
            h.press(key(' '), key(KeyType.Enter)); // select all: tick the first, submit
        }
        assertRowsFit(h, "feedback");
        h.press(key(KeyType.End));
        assertRowsFit(h, "feedback, end");
    }

    @Test
    void item11_thePadMarkIsDroppedAfterItsWideCharacterAndMovesTheCursorAlone() {
        WidePad pad = new WidePad();
        assertEquals(WidePad.Action.WRITE, pad.put('ㄅ'));
        assertEquals(WidePad.Action.SKIP, pad.put(WidePad.MARK), "the terminal already moved two columns");
        assertEquals(WidePad.Action.FORWARD, pad.put(WidePad.MARK), "a mark written alone keeps its column");
        assertEquals(WidePad.Action.WRITE, pad.put('ꀀ'));
        pad.moved();
        assertEquals(WidePad.Action.FORWARD, pad.put(WidePad.MARK), "after a cursor move it stands alone");
        assertEquals(WidePad.Action.WRITE, pad.put('漢'), "Lanterna pads Han itself");
        assertEquals(WidePad.Action.FORWARD, pad.put(WidePad.MARK));
    }

    @Test
    void item11_ctrlLRepaintsTheWholeScreen() {
        int[] clears = {0};
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24)) {
            @Override
            public synchronized void clearScreen() {
                clears[0]++;
                super.clearScreen();
            }
        };
        Harness h = new Harness(CompletableFuture.completedFuture(pack), Harness.COLOUR, 1, 5, terminal);
        h.type("s");
        int before = clears[0];
        h.press(key(KeyType.ArrowDown));
        assertEquals(before, clears[0], "an ordinary key redraws only what changed");
        h.press(ctrl('l'));
        assertEquals(before + 1, clears[0], "Ctrl-L clears and repaints every cell");
        assertTrue(h.text().contains("Study: "), h.text());
    }

    @Test
    void item15_keysTypedBeforeTheNextQuestionIsDrawnAreNotAnAnswer() throws Exception {
        Harness h = new Harness(CompletableFuture.completedFuture(pack), Harness.COLOUR, 3, 5).type("p");
        Question first = PracticeDeck.deal(pack, 3, 5).get(0);
        h.type("1");
        if (first.selectAll()) {
            h.press(key(KeyType.Enter));
        }
        assertTrue(h.text().contains("Enter: next question"), h.text());
        // Enter (next question), then a second Enter and a choice typed ahead, all before the next frame.
        h.app.handle(key(KeyType.Enter));
        h.app.handle(key(KeyType.Enter));
        h.app.handle(key('1'));
        h.app.draw();
        assertTrue(h.row(0).contains("Question 2/5") && h.row(0).contains("Score "), h.text());
        assertFalse(h.text().contains("RIGHT") || h.text().contains("WRONG"), "nothing answered unseen:\n" + h.text());
        assertFalse(h.text().contains("> 1."), "no choice preselected:\n" + h.text());
        h.press(key(KeyType.Enter));
        assertFalse(h.text().contains("RIGHT") || h.text().contains("WRONG"), "Enter alone does not answer");
    }

    @Test
    void item16_quittingOrLeavingARunWithAnswersAsksFirst() {
        Harness h = new Harness(pack).type("p");
        h.type("q");
        assertFalse(h.app.running(), "no answer yet: nothing to lose, q quits");

        Harness run = new Harness(pack).type("p").type("1");
        if (!run.text().contains("Enter: next question")) {
            run.press(key(KeyType.Enter));
        }
        run.type("q");
        assertTrue(run.app.running());
        assertTrue(run.text().contains("Quit whoowns? Your run (1 of 5 answered) will be lost."), run.text());
        run.type("n");
        assertTrue(run.app.running());
        assertFalse(run.text().contains("Quit whoowns?"), run.text());
        run.press(key(KeyType.Escape));
        assertTrue(run.text().contains("Leave this run?"), run.text());
        run.press(key(KeyType.Escape));
        assertTrue(run.text().contains("Enter: next question"), "Esc at the question keeps the run:\n" + run.text());
        run.type("q").type("y");
        assertFalse(run.app.running());
    }

    @Test
    void item17_theMenuKeyLettersAreBoldAndUnderlinedWithoutColour() {
        Harness h = new Harness(CompletableFuture.completedFuture(pack), Palette.from(Map.of("NO_COLOR", "1")), 1, 5);
        for (String item : List.of("Study", "Practice", "Exam", "Quit")) {
            int row = h.find(item);
            int column = h.row(row).indexOf(item);
            TextCharacter letter = h.at(column, row);
            assertEquals(item.charAt(0), letter.getCharacter());
            assertTrue(letter.getModifiers().containsAll(Set.of(SGR.UNDERLINE, SGR.BOLD)), item + ": " + letter);
            assertFalse(h.at(column + 1, row).getModifiers().contains(SGR.UNDERLINE), item);
        }
    }

    @Test
    void item17_practiceShowsTheSeedAndHowToRepeatTheRun() {
        Harness h = new Harness(CompletableFuture.completedFuture(pack), Harness.COLOUR, 42, 5).type("p");
        assertTrue(h.row(0).contains("Seed 42"), h.row(0));
        assertTrue(h.row(22).contains("Repeat this run: whoowns practice --seed 42 --count 5"), h.row(22));
        h.press(key(KeyType.Escape)).type("p");
        assertTrue(h.row(0).contains("Seed 43"), "the second run has the next seed: " + h.row(0));
    }

    private Question rowQuestion(Area area, int answer) {
        List<Choice> choices = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        for (int i = 0; i < pack.models().size(); i++) {
            Model model = pack.models().get(i);
            Cell cell = new Cell(area, model);
            row.add(cell);
            choices.add(new Choice(model.name(), i == answer, "note " + i, List.of(cell)));
        }
        return new Question("row", Kind.FIRST_MODEL, "Which model first?", choices, false, row,
                new Explanation("Because.", Optional.empty(), List.of()));
    }

    private static List<String> grid(List<Line> lines) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (Line line : lines) {
            in = in || line.text().startsWith("The cell");
            if (in && !line.text().isEmpty()) {
                out.add(line.text());
            }
            if (in && line.text().isEmpty()) {
                break;
            }
        }
        return out;
    }

    @Test
    void item18_feedbackMarksOnlyTheCellsOfThePickAndTheAnswer() {
        Area area = pack.areas().get(0);
        Feedback wrong = new Feedback(rowQuestion(area, 2), Set.of(1), 0);
        List<String> lines = grid(new FeedbackPage(pack, wrong).lines(78, Harness.COLOUR));
        String row = lines.stream().filter(l -> l.startsWith(area.name())).findFirst().orElseThrow();
        assertEquals(2, row.chars().filter(c -> c == '>').count(), "the pick and the answer, not the whole row: " + row);
    }

    @Test
    void item18_oneGridLookWhateverTheAreaNameLength() {
        Area shortest = pack.areas().stream().min((a, b) -> a.name().length() - b.name().length()).orElseThrow();
        Area longest = pack.areas().stream().max((a, b) -> a.name().length() - b.name().length()).orElseThrow();
        List<String> shortGrid = grid(new FeedbackPage(pack, new Feedback(rowQuestion(shortest, 1), Set.of(1), 1))
                .lines(78, Harness.COLOUR));
        List<String> longGrid = grid(new FeedbackPage(pack, new Feedback(rowQuestion(longest, 1), Set.of(1), 1))
                .lines(78, Harness.COLOUR));
        assertEquals(shortGrid.get(1), longGrid.get(1), "the same model header");
        assertEquals(shortGrid.size(), longGrid.size(), "the same legend:\n" + shortGrid + "\n" + longGrid);
        int shortCell = shortGrid.get(2).indexOf('>');
        int longCell = longGrid.get(2).indexOf('>');
        assertEquals(shortCell, longCell, "the marked cell in the same column:\n" + shortGrid + "\n" + longGrid);
    }

    @Test
    void item20_ctrlCEndsWith130AndQWith0() throws PackException, IOException {
        Harness interrupted = new Harness(pack).type("s").press(ctrl('c'));
        assertFalse(interrupted.app.running());
        assertEquals(130, interrupted.app.exitCode());
        Harness quit = new Harness(pack).type("s").type("q");
        assertFalse(quit.app.running());
        assertEquals(0, quit.app.exitCode());
    }
}
