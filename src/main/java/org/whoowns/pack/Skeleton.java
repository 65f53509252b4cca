package org.whoowns.pack;

import java.text.Normalizer;

/**
 * What a name looks like on screen, after the idea of Unicode's confusable skeletons (UTS #39): compatibility
 * forms folded (NFKC), Cyrillic and Greek letters drawn like Latin ones mapped to them, and digits and
 * letters that share a glyph mapped to one. Two names with the same skeleton read as the same choice.
 */
final class Skeleton {
    /** Look-alikes and the Latin letter each is drawn like, pairwise. */
    private static final String LOOK_ALIKES =
            // Cyrillic capitals and small letters
            "\u0410A\u0412B\u0415E\u041aK\u041cM\u041dH\u041eO\u0420P\u0421C\u0422T\u0425X\u0405S\u0406l\u0408J\u04aeY"
            + "\u04c0l\u051aQ\u051cW\u0430a\u0435e\u043eo\u0440p\u0441c\u0443y\u0445x\u0455s\u0456i\u0458j\u0501d"
            + "\u04bbh\u04cfl\u051bq\u051dw\u0432B\u043dH\u043aK\u043cM\u0442T"
            // Greek capitals and small letters
            + "\u0391A\u0392B\u0395E\u0396Z\u0397H\u0399l\u039aK\u039cM\u039dN\u039fO\u03a1P\u03a4T\u03a5Y\u03a7X"
            + "\u03bfo\u03bdv\u03b9i\u03bau\u03c1p\u03c5u"
            // Latin letters and digits that share a glyph
            + "\u0131i0OIl1l|l";

    private Skeleton() {
    }

    /** The skeleton of {@code name}; two names that look the same have equal skeletons. */
    static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            if (Character.getType(cp) == Character.DASH_PUNCTUATION || cp == 0x2212) {
                out.append('-');
                continue;
            }
            int at = cp <= 0xFFFF ? LOOK_ALIKES.indexOf(cp) : -1;
            // only a look-alike's own position (even), never the Latin letter it maps to
            while (at >= 0 && at % 2 != 0) {
                at = LOOK_ALIKES.indexOf(cp, at + 1);
            }
            out.appendCodePoint(at >= 0 ? LOOK_ALIKES.charAt(at + 1) : cp);
        }
        return out.toString();
    }

    /**
     * Where two names of equal skeleton differ, as "'о' U+043E where the other has 'o' U+006F", or an empty
     * string when they differ only in spacing or compatibility forms.
     */
    static String difference(String name, String other) {
        int i = 0;
        int j = 0;
        while (i < name.length() && j < other.length()) {
            int a = name.codePointAt(i);
            int b = other.codePointAt(j);
            if (a != b) {
                return "'" + new String(Character.toChars(a)) + "' " + String.format("U+%04X", a) + " where the other has '"
                        + new String(Character.toChars(b)) + "' " + String.format("U+%04X", b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return "";
    }
}
