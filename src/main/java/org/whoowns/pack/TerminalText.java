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

    /**
     * A description of the first character that must not appear in pack text, or null if there is none: what
     * could move the cursor, break a line or hide text, and what no terminal can be trusted to draw in the
     * columns {@link #columns} gives it. Checked in NFC, as {@link #clean} draws it, so an accent written as a
     * combining mark after its letter is fine.
     */
    public static String firstUnsafe(String text) {
        String s = allPlain(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String why = removed(cp);
            if (why == null) {
                why = unmeasurable(cp);
            }
            if (why != null) {
                return why.replace("%", hex(cp));
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /**
     * Text safe to draw: NFC; escape sequences (CSI, OSC, DCS, and C1 forms) and other control and format
     * characters removed; tabs and line and paragraph separators become spaces; combining marks that did not
     * compose are dropped; what validate rejects as unmeasurable (emoji, ambiguous-width symbols, lone jamo,
     * private use, unassigned and supplementary code points) becomes '?'.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        // Most text (the shipped pack, every UI string) needs no change: skip the normalizer, whose tables
        // alone cost tens of milliseconds to load at start-up.
        return allPlain(text) ? text : sanitize(text);
    }

    /**
     * Columns a terminal gives a code point: 2 for East Asian Wide and Fullwidth (UAX #11), 0 for combining
     * marks, format and control characters and the Hangul vowel and final jamo that join a syllable, else 1.
     * Layout and drawing both measure with this, so they agree.
     */
    public static int columns(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.CONTROL || joiningJamo(codePoint)) {
            return 0;
        }
        return EastAsianWidth.wide(codePoint) ? 2 : 1;
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
        StringBuilder kept = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (cp == 0x1B || cp == 0x9B || cp == 0x9D || cp == 0x90) {
                i = skipEscape(s, i);
                continue;
            }
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (cp == '\t' || cp == '\n' || cp == '\r' || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                kept.append(' ');
            } else if (type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE) {
                kept.appendCodePoint(cp);
            }
        }
        // What was removed may have stood between two characters that compose (Hangul jamo, some vowel signs):
        // compose before judging what is left, and once more after, so that cleaning clean text changes nothing.
        String composed = Normalizer.normalize(kept, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        for (int j = 0; j < composed.length(); ) {
            int cp = composed.codePointAt(j);
            j += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (unmeasurable(cp) != null) {
                out.append('?');
            } else {
                out.appendCodePoint(cp);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Why {@link #clean} removes a code point (spelled with '%' for its U+ number), or null if it stays. */
    private static String removed(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL -> "control character %";
            case Character.LINE_SEPARATOR -> "line separator %";
            case Character.PARAGRAPH_SEPARATOR -> "paragraph separator %";
            case Character.FORMAT -> "invisible formatting character %";
            case Character.SURROGATE -> "broken surrogate %";
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> (cp >= 0xFE00 && cp <= 0xFE0F)
                    ? "variation selector % (an emoji presentation sequence, drawn one or two columns wide)"
                    : "combining mark % that does not join the letter before it into one character";
            default -> null;
        };
    }

    /**
     * Why no terminal can be trusted to draw a code point in the columns {@link #columns} gives it (spelled
     * with '%' for its U+ number), or null. Lanterna 3.1.3 cannot print code points beyond U+FFFF at all.
     */
    private static String unmeasurable(int cp) {
        int type = Character.getType(cp);
        if (type == Character.PRIVATE_USE) {
            return "private-use character % (no agreed look or width)";
        }
        if (type == Character.UNASSIGNED) {
            return "unassigned code point %";
        }
        if (Character.isSupplementaryCodePoint(cp)) {
            return "character % beyond U+FFFF (an emoji or a rare script; the terminal library cannot draw it)";
        }
        if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xD7B0 && cp <= 0xD7FF)) {
            return "lone Hangul jamo % (not part of a syllable; terminals draw it zero to two columns wide)";
        }
        // Wide outside the CJK blocks: emoji presentation symbols that older terminals and Lanterna draw one column wide
        if (cp < 0x2E80 && EastAsianWidth.wide(cp)) {
            return "emoji % (terminals draw it one or two columns wide)";
        }
        if (EastAsianWidth.ambiguous(cp) && !ambiguousButSafe(cp, type)) {
            return "ambiguous-width symbol % (terminals draw it one or two columns wide)";
        }
        return null;
    }

    /**
     * Ambiguous-width characters that terminals draw one column wide outside legacy East Asian set-ups, which
     * text cannot do without: letters (Latin, Greek, Cyrillic), Latin-1, punctuation, currency signs, arrows
     * and box drawing.
     */
    private static boolean ambiguousButSafe(int cp, int type) {
        return Character.isLetter(cp) || cp < 0x0300 || (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x2500 && cp <= 0x25FF)
                || type == Character.CURRENCY_SYMBOL || type == Character.DASH_PUNCTUATION || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.OTHER_PUNCTUATION;
    }

    /** Hangul vowel and final-consonant jamo: zero columns after a leading consonant, which they join. */
    private static boolean joiningJamo(int cp) {
        return (cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0xD7B0 && cp <= 0xD7FF);
    }

    /** Whether every character is one {@link #sanitize} keeps as it is, so normalizing can be skipped. */
    private static boolean allPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isPlain(text.charAt(i))) {
                return false;
            }
        }
        return true;
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

    private static String hex(int cp) {
        return String.format("U+%04X", cp);
    }
}
