package org.whoowns.pack;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whoowns.pack.TerminalText.clean;
import static org.whoowns.pack.TerminalText.firstUnsafe;

/** The gate between pack (and later user) text and the terminal. */
class TerminalTextTest {

    @Test
    void keepsOrdinaryTextAsItIs() {
        for (String text : new String[] {"Who owns the physical network?", "Customer / Shared / Microsoft (2026-01-06)",
                "ISO/IEC 27001:2013 and NIST SP 800-53", "Caf\u00e9 na\u00efve \u00fcber \u00c5ngstr\u00f6m",
                "\u4e2d\u6587\u6d4b\u8bd5 \u65e5\u672c\u8a9e \ud55c\uad6d\uc5b4", "\u2014 em dash, \u2019quotes\u2019 \u2026", ""}) {
            assertEquals(text, clean(text));
            assertNull(firstUnsafe(text), text);
        }
        assertEquals("", clean(null));
    }

    @Test
    void removesCsiSequences() {
        assertEquals("red text", clean("\u001b[31mred\u001b[0m text"));
        assertEquals("ab", clean("a\u001b[2J\u001b[1;1Hb"));
        assertEquals("ab", clean("a\u001b[?1049hb"));
        // the 8-bit CSI introducer
        assertEquals("ab", clean("a\u009b31mb"));
    }

    @Test
    void removesOscDcsAndOtherStrings() {
        assertEquals("title", clean("\u001b]0;pwned\u0007title"));
        assertEquals("title", clean("\u001b]0;pwned\u001b\\title"));
        assertEquals("title", clean("\u009d0;pwned\u009ctitle"));
        assertEquals("ab", clean("a\u001bPq#0;2;0;0;0\u001b\\b"));
        assertEquals("ab", clean("a\u0090payload\u009cb"));
        assertEquals("ab", clean("a\u001b_apc\u001b\\b"));
        // an unterminated string swallows the rest rather than letting it through
        assertEquals("a", clean("a\u001b]0;never ends"));
        // a two-character escape (reset)
        assertEquals("ab", clean("a\u001bcb"));
        assertEquals("a", clean("a\u001b"));
    }

    @Test
    void removesLoneControlCharacters() {
        assertEquals("ab", clean("a\u0007b"));
        assertEquals("ab", clean("a\u007fb"));
        assertEquals("ab", clean("a\u0000b"));
        assertEquals("ab", clean("a\u0085b"));
        assertEquals("ab", clean("a\bb"));
        assertEquals("a b c d", clean("a\tb\nc\rd"));
    }

    @Test
    void removesBidiOverridesAndZeroWidthCharacters() {
        assertEquals("abc", clean("a\u202eb\u202cc"));
        assertEquals("abc", clean("a\u2066b\u2069c"));
        assertEquals("abc", clean("a\u200bb\u200dc"));
        assertEquals("ab", clean("a\ufeffb"));
        assertEquals("ab", clean("a\u00adb"));
    }

    @Test
    void composesCombiningMarksAndDropsLoneOnes() {
        assertEquals("\u00e9", clean("e\u0301"));
        assertEquals("\u00c5", clean("A\u030a"));
        assertEquals("x", clean("x\u0301"));
        assertEquals("", clean("\u0301\u0302"));
        assertEquals("Zalgo", clean("Z\u0351\u0354a\u0346l\u0357g\u035bo\u0358"));
    }

    @Test
    void replacesWideEmojiAndOtherSupplementaryCharacters() {
        assertEquals("ok ?", clean("ok \uD83D\uDE00"));
        assertEquals("? ?", clean("\u231a \u26a1"));
        assertEquals("?", clean("\uD835\uDC00")); // mathematical bold A
        // broken surrogates are dropped; private use has no agreed width and becomes '?'
        assertEquals("ab", clean("a\ud800b"));
        assertEquals("ab", clean("a\udc00b"));
        assertEquals("a?b", clean("a\ue000b"));
    }

    @Test
    void firstUnsafeNamesTheFirstUnsafeCharacter() {
        assertEquals("control character U+001B", firstUnsafe("ok\u001b[31m"));
        assertEquals("control character U+0007", firstUnsafe("a\u0007b\u001b"));
        assertEquals("control character U+000A", firstUnsafe("two\nlines"));
        assertEquals("control character U+0009", firstUnsafe("tab\there"));
        assertEquals("control character U+009B", firstUnsafe("c1\u009b31m"));
        assertEquals("invisible formatting character U+202E", firstUnsafe("abc\u202e\u001b"));
        assertEquals("invisible formatting character U+2066", firstUnsafe("x\u2066"));
        assertEquals("invisible formatting character U+200B", firstUnsafe("zero\u200bwidth"));
        assertEquals("broken surrogate U+D800", firstUnsafe("a\ud800"));
        assertNull(firstUnsafe("e\u0301 \u4e2d"));
    }

    /** Removing a character must not let its neighbours combine on a second pass. */
    @Test
    void cleaningTwiceChangesNothingEvenWhenRemovalJoinsNeighbours() {
        // Hangul jamo L + V compose into a syllable once the zero-width space between them is gone
        String jamo = "\u1100\u200b\u1161";
        assertEquals(clean(jamo), clean(clean(jamo)));
        assertEquals("\uac00", clean(jamo));
        String escape = "\u1100\u001b[0m\u1161";
        assertEquals(clean(escape), clean(clean(escape)));
    }

    private static final int[] TRICKY = {0x1b, '[', ']', 'P', '\\', 0x07, 0x9b, 0x9c, 0x9d, 0x90, 0x7f, 0x00, '\n', '\t',
            '0', ';', 'm', 'a', 'e', ' ', 0x301, 0x30a, 0x345, 0x200b, 0x200d, 0x202e, 0x2066, 0xfeff, 0xd800, 0xdc00,
            0x1100, 0x1161, 0x11a8, 0xac00, 0x2028, 0x2029, 0xfe0f, 0x2460, 0x3105,
            0xa000, 0x3300, 0x0b47, 0x0b3e, 0x231a, 0x1f600, 0xe000, 0x10ffff, 0x4e2d, 0xe9, 0x212b};

    /** clean() output never holds a control, format or surrogate character, and clean is idempotent. */
    @Test
    void cleanOutputIsAlwaysSafeAndStable() {
        Random random = new Random(20260106L);
        for (int iteration = 0; iteration < 20_000; iteration++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                switch (random.nextInt(4)) {
                    case 0 -> s.appendCodePoint(TRICKY[random.nextInt(TRICKY.length)]);
                    case 1 -> s.append((char) random.nextInt(0x10000)); // any UTF-16 unit, lone surrogates included
                    case 2 -> s.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1)); // any plane
                    default -> s.append((char) (0x20 + random.nextInt(0x60)));
                }
            }
            String input = s.toString();
            String once = clean(input);
            once.codePoints().forEach(cp -> {
                int type = Character.getType(cp);
                assertTrue(type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                                && type != Character.NON_SPACING_MARK && type != Character.PRIVATE_USE
                                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR,
                        () -> String.format("U+%04X survived in clean(%s)", cp, escape(input)));
                assertTrue(!Character.isSupplementaryCodePoint(cp), () -> "supplementary survived: " + escape(input));
            });
            assertNull(firstUnsafe(once), () -> escape(input));
            assertEquals(once, clean(once), () -> "not idempotent for " + escape(input));
        }
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }

    @Test
    void theFastPathOnlyPassesCharactersTheFullPathKeeps() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c < 0xFFFF; c++) {
            if (TerminalText.isPlain((char) c)) {
                String one = String.valueOf((char) c);
                assertEquals(one, TerminalText.sanitize(one), String.format("U+%04X", c));
                all.append((char) c);
            }
        }
        assertTrue(all.length() > 500, "the fast path covers the common characters");
        // in sequence too: nothing in the set composes with its neighbour
        String text = all.toString();
        assertEquals(text, TerminalText.sanitize(text));
        assertEquals(new StringBuilder(text).reverse().toString(), TerminalText.sanitize(new StringBuilder(text).reverse().toString()));
        // one character outside the set sends the whole text through the full path
        assertEquals("plain caf\u00e9 ", clean("plain cafe\u0301 \u001b[2J"));
    }
    /** Issue 11 item 10: a line separator in pack text would let plain output forge a line ("Score: 10/10"). */
    @Test
    void item10_lineAndParagraphSeparatorsAreRejectedAndCleaned() {
        assertEquals("line separator U+2028", firstUnsafe("Fine.\u2028Score: 10/10"));
        assertEquals("paragraph separator U+2029", firstUnsafe("Fine.\u2029Score: 10/10"));
        assertEquals("Fine. Score: 10/10", clean("Fine.\u2028Score: 10/10"));
        assertEquals("a b", clean("a\u2029b"));
    }

    /** Issue 11 item 11: known points of each block against UAX #11 (W and F are 2, zero-width is 0). */
    @Test
    void item11_columnsFollowTheEastAsianWidthTable() {
        int[][] expected = {
                {'a', 1}, {0xE9, 1}, {0x3B1, 1}, {0x44F, 1}, {0x2014, 1}, {0x2500, 1}, {0x2460, 1}, {0xFF71, 1},
                {0x303F, 1}, {0x4DC0, 1}, {0x1F321, 1}, {0xA4D0, 1},
                // Bopomofo, Bopomofo Extended, Yi syllables and radicals, CJK Compatibility: all missed by Lanterna
                {0x3105, 2}, {0x312F, 2}, {0x31A0, 2}, {0xA000, 2}, {0xA48C, 2}, {0xA490, 2}, {0xA4C6, 2},
                {0x3300, 2}, {0x33FF, 2},
                // CJK, kana, Hangul syllables and compatibility jamo, leading jamo, radicals, fullwidth forms
                {0x4E00, 2}, {0x9FA5, 2}, {0x3400, 2}, {0x3042, 2}, {0x30A2, 2}, {0xAC00, 2}, {0xD7A3, 2},
                {0x3131, 2}, {0x1100, 2}, {0x115F, 2}, {0xA960, 2}, {0x2E80, 2}, {0x2F00, 2}, {0x3000, 2},
                {0xFF21, 2}, {0xFF60, 2}, {0xFFE5, 2}, {0xFE30, 2}, {0xFE50, 2}, {0xFE10, 2}, {0xF900, 2},
                {0x2329, 2}, {0x231A, 2}, {0x2705, 2}, {0x1F600, 2}, {0x1F004, 2}, {0x20000, 2}, {0x2FFFD, 2},
                {0x30000, 2},
                // combining, format, control and the vowel and final jamo that join a syllable
                {0x301, 0}, {0x20DD, 0}, {0x200B, 0}, {0xFEFF, 0}, {0x1B, 0}, {0x1160, 0}, {0x1161, 0},
                {0x11A8, 0}, {0xD7B0, 0}};
        for (int[] point : expected) {
            assertEquals(point[1], TerminalText.columns(point[0]), String.format("U+%04X", point[0]));
        }
        assertEquals(6, TerminalText.width("\u4e2d\u6587ab"));
        assertEquals(1, TerminalText.width("e\u0301"));
        assertEquals(2, TerminalText.width("\u1100\u1161"));
        assertEquals(8, TerminalText.width("\u3105\ua000\u3300\ud55c"));
    }

    /** Issue 11 item 11: validate rejects what terminals measure differently, and accepts the wide scripts. */
    @Test
    void item11_validateRejectsUnmeasurableCharactersButNotWideScripts() {
        assertEquals("ambiguous-width symbol U+2460 (terminals draw it one or two columns wide)", firstUnsafe("step \u2460"));
        assertEquals("ambiguous-width symbol U+2605 (terminals draw it one or two columns wide)", firstUnsafe("\u2605 rated"));
        assertEquals("emoji U+231A (terminals draw it one or two columns wide)", firstUnsafe("\u231a"));
        assertEquals("emoji U+2705 (terminals draw it one or two columns wide)", firstUnsafe("done \u2705"));
        assertEquals("variation selector U+FE0F (an emoji presentation sequence, drawn one or two columns wide)",
                firstUnsafe("\u263a\ufe0f"));
        assertEquals("character U+1F600 beyond U+FFFF (an emoji or a rare script; the terminal library cannot draw it)",
                firstUnsafe("ok \uD83D\uDE00"));
        assertEquals("private-use character U+E000 (no agreed look or width)", firstUnsafe("\ue000"));
        assertEquals("unassigned code point U+0378", firstUnsafe("\u0378"));
        assertEquals("lone Hangul jamo U+1161 (not part of a syllable; terminals draw it zero to two columns wide)",
                firstUnsafe("\u1161"));
        assertEquals("lone Hangul jamo U+1100 (not part of a syllable; terminals draw it zero to two columns wide)",
                firstUnsafe("\u1100 "));
        assertEquals("combining mark U+0301 that does not join the letter before it into one character", firstUnsafe("x\u0301"));
        for (String fine : new String[] {"\u3105\u3106\u3107 Bopomofo", "\ua000\ua001 Yi", "\u3300\u33ff", "\u4e2d\u6587",
                "\ud55c\uad6d\uc5b4", "\u1100\u1161", "\u3131", "\uff21\uff22", "caf\u00e9 cafe\u0301",
                "\u03b1\u03b2 \u042f", "\u2014 \u2018\u2019 \u201c\u201d \u2022 \u2026 \u2030", "\u2190 \u2500 \u25cf",
                "\u00bd \u00a9 \u00ae \u00b0 \u20ac", "\u2713 \u2717"}) {
            assertNull(firstUnsafe(fine), fine);
        }
    }

    /**
     * Issue 11 item 11: clean and validate agree on every code point: what validate accepts, clean keeps (in
     * NFC); what it rejects, clean removes, turns into a space or replaces with '?', and validate accepts that.
     */
    @Test
    void item11_cleanChangesExactlyWhatValidateRejects() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x10000 ? 1 : 7) {
            String one = new String(Character.toChars(cp));
            String nfc = java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFC);
            String where = String.format("U+%04X", cp);
            if (firstUnsafe(one) == null) {
                assertEquals(nfc, clean(one), where);
            } else {
                assertNotEquals(nfc, clean(one), where);
                assertNull(firstUnsafe(clean(one)), where);
            }
        }
        assertEquals("Bopomofo \u3105 ok, emoji ? and ? and ?", clean("Bopomofo \u3105 ok, emoji \u231a and \u2460 and \uD83D\uDE00"));
    }
}
