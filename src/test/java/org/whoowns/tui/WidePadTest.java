package org.whoowns.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WidePadTest {
    @Test
    void lanternasWidthTestAnsweredWithoutItsLookupAgreesWithItForEveryCharacter() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            if (TerminalTextUtils.isCharCJK((char) c) != WidePad.lanternaWide((char) c)) {
                assertEquals(TerminalTextUtils.isCharCJK((char) c), WidePad.lanternaWide((char) c),
                        String.format("U+%04X", c));
            }
        }
    }
}
