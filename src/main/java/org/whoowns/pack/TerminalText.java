package org.whoowns.pack;

import java.text.Normalizer;

/**
 * The one gate for text on its way to a terminal. Pack text is checked at load time
 * ({@link #firstUnsafe}); everything drawn (pack text, later student names and file contents) goes through
 * {@link #clean}, which removes what could move the cursor, recolour or retitle the terminal, reorder text
 * or break the grid's column count (see notes/lanterna.md §8).
 */
public final class TerminalText {
    private TerminalText() {
    }

    /** A description of the first character that must not appear in pack text, or null if there is none. */
    public static String firstUnsafe(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL) {
                return "control character " + hex(cp);
            }
            if (type == Character.FORMAT) {
                return "invisible formatting character " + hex(cp);
            }
            if (type == Character.SURROGATE) {
                return "broken surrogate " + hex(cp);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /**
     * Text safe to draw: NFC; escape sequences (CSI, OSC, DCS, and C1 forms) and other control and format
     * characters removed; tabs and line breaks become spaces; combining marks that did not compose are
     * dropped; characters a terminal draws two columns wide where Lanterna counts one (emoji) become '?'.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        // Most text (the shipped pack, every UI string) needs no change: skip the normalizer, whose tables
        // alone cost tens of milliseconds to load at start-up.
        for (int i = 0; i < text.length(); i++) {
            if (!isPlain(text.charAt(i))) {
                return sanitize(text);
            }
        }
        return text;
    }

    /**
     * Columns a terminal gives a code point: 2 for East Asian Wide and Fullwidth, 0 for combining marks and
     * other zero-width characters, else 1. Layout and drawing both measure with this, so they agree.
     */
    public static int columns(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return Character.isIdeographic(codePoint) || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
                || (codePoint >= 0xFF01 && codePoint <= 0xFF60) || (codePoint >= 0x1100 && codePoint <= 0x115F)
                || (codePoint >= 0x3100 && codePoint <= 0x312F) || (codePoint >= 0x3300 && codePoint <= 0x33FF)
                || (codePoint >= 0xA000 && codePoint <= 0xA4CF) ? 2 : 1;
    }

    /** Display width of a string, by {@link #columns(int)}. */
    public static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += columns(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /**
     * Characters that {@link #sanitize} keeps as they are, alone or in any sequence: printable ASCII and
     * Latin-1 to Latin Extended-B (no soft hyphen), dashes, quotes, bullets and the ellipsis, arrows, box
     * drawing and geometric shapes, check and cross marks. None of them is changed by NFC or composes with
     * a neighbour; TerminalTextTest checks every one against the full path.
     */
    static boolean isPlain(char c) {
        return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c < 0x300 && c != 0xAD) || (c >= 0x2010 && c <= 0x2027)
                || (c >= 0x2190 && c <= 0x21FF) || (c >= 0x2500 && c <= 0x25FC) || c == 0x2713 || c == 0x2717;
    }

    static String sanitize(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (cp == 0x1B || cp == 0x9B || cp == 0x9D || cp == 0x90) {
                i = skipEscape(s, i);
                continue;
            }
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                out.append(' ');
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                continue;
            }
            if (Character.isSupplementaryCodePoint(cp) || isWideEmoji(cp)) {
                out.append('?');
                continue;
            }
            out.appendCodePoint(cp);
        }
        // What was removed may have stood between two characters that compose (Hangul jamo, some vowel signs):
        // normalize once more so that cleaning clean text changes nothing.
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Index just past an escape sequence starting at {@code start} (ESC or a C1 introducer). */
    private static int skipEscape(String s, int start) {
        char first = s.charAt(start);
        int i = start + 1;
        char kind;
        if (first == 0x1B) {
            if (i >= s.length()) {
                return i;
            }
            kind = s.charAt(i++);
        } else {
            kind = first == 0x9B ? '[' : first == 0x9D ? ']' : 'P';
        }
        switch (kind) {
            case '[' -> { // CSI: parameters and intermediates, then one final byte 0x40-0x7E
                while (i < s.length()) {
                    char c = s.charAt(i++);
                    if (c >= 0x40 && c <= 0x7E) {
                        break;
                    }
                }
                return i;
            }
            case ']', 'P', '_', '^', 'X' -> { // OSC, DCS, APC, PM, SOS: up to BEL or ST (ESC \ or 0x9C)
                while (i < s.length()) {
                    char c = s.charAt(i++);
                    if (c == 0x07 || c == 0x9C) {
                        break;
                    }
                    if (c == 0x1B && i < s.length() && s.charAt(i) == '\\') {
                        i++;
                        break;
                    }
                }
                return i;
            }
            default -> {
                return i; // a two-character escape such as ESC c (reset) or ESC 7
            }
        }
    }

    /** BMP characters with emoji presentation: one column to Lanterna, two to the terminal. */
    private static boolean isWideEmoji(int cp) {
        return cp == 0x231A || cp == 0x231B || (cp >= 0x23E9 && cp <= 0x23F3) || cp == 0x25FD || cp == 0x25FE
                || cp == 0x2614 || cp == 0x2615 || (cp >= 0x2648 && cp <= 0x2653) || cp == 0x267F || cp == 0x2693
                || cp == 0x26A1 || cp == 0x26AA || cp == 0x26AB || cp == 0x26BD || cp == 0x26BE || cp == 0x26C4
                || cp == 0x26C5 || cp == 0x26CE || cp == 0x26D4 || cp == 0x26EA || cp == 0x26F2 || cp == 0x26F3
                || cp == 0x26F5 || cp == 0x26FA || cp == 0x26FD || cp == 0x2705 || cp == 0x270A || cp == 0x270B
                || cp == 0x2728 || cp == 0x274C || cp == 0x274E || (cp >= 0x2753 && cp <= 0x2755) || cp == 0x2757
                || (cp >= 0x2795 && cp <= 0x2797) || cp == 0x27B0 || cp == 0x27BF || cp == 0x2B1B || cp == 0x2B1C
                || cp == 0x2B50 || cp == 0x2B55;
    }

    private static String hex(int cp) {
        return String.format("U+%04X", cp);
    }
}
