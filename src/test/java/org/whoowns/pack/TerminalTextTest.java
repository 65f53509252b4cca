package org.whoowns.pack;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        // broken surrogates and private use are dropped
        assertEquals("ab", clean("a\ud800b"));
        assertEquals("ab", clean("a\udc00b"));
        assertEquals("ab", clean("a\ue000b"));
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
        assertNull(firstUnsafe("e\u0301 \uD83D\uDE00 \u4e2d"));
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
            0x1100, 0x1161, 0x11a8, 0xac00, 0x0b47, 0x0b3e, 0x231a, 0x1f600, 0xe000, 0x10ffff, 0x4e2d, 0xe9, 0x212b};

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
                                && type != Character.NON_SPACING_MARK && type != Character.PRIVATE_USE,
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
}
