package org.whoowns.tui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WrapTest {
    @Test
    void wrapsAtWordsWithinTheWidth() {
        List<String> lines = Wrap.lines("the quick brown fox jumps over the lazy dog", 10);
        assertEquals(List.of("the quick", "brown fox", "jumps over", "the lazy", "dog"), lines);
    }

    @Test
    void splitsWordsLongerThanALine() {
        assertEquals(List.of("abcde", "fghij", "k"), Wrap.lines("abcdefghijk", 5));
    }

    @Test
    void emptyTextIsOneEmptyLine() {
        assertEquals(List.of(""), Wrap.lines("", 10));
        assertEquals(List.of(""), Wrap.lines("\u001b[31m", 10));
    }

    @Test
    void countsWideCharactersAsTwoColumns() {
        for (String line : Wrap.lines("漢字漢字漢字 漢字", 5)) {
            assertTrue(Wrap.width(line) <= 5, line);
        }
    }

    @Test
    void fitMarksACut() {
        assertEquals("abc", Wrap.fit("abc", 3));
        assertEquals("ab…", Wrap.fit("abcd", 3));
        assertEquals("", Wrap.fit("abcd", 0));
    }

    @Test
    void hangingIndentKeepsLaterLinesUnderTheText() {
        List<Line> lines = Wrap.hanging("Pitfall: ", Style.PLAIN, "one two three four", Style.PLAIN, 17);
        assertEquals("Pitfall: one two", lines.get(0).text());
        assertEquals("         three", lines.get(1).text());
    }

    @Test
    void controlCharactersNeverSurviveIntoALine() {
        assertEquals("redtext", Line.of("red\u001b[31mtext\u0007", Style.PLAIN).text());
    }
}
