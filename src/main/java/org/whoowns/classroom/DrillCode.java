package org.whoowns.classroom;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * A five-character drill code such as {@code K7Q2M}: the instructor writes it on the board, students type it,
 * and together with the pack it fixes the questions, their order and their choice order. The alphabet leaves
 * out characters that are easily misread or misheard: 0/O, 1/I/L and U/V.
 */
public record DrillCode(String text) {
    public static final int LENGTH = 5;
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";

    public DrillCode {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Reads a typed code, ignoring case and surrounding blanks; the exception's message is one line. */
    public static DrillCode parse(String typed) {
        String trimmed = typed == null ? "" : typed.strip();
        return new DrillCode(trimmed.toUpperCase(Locale.ROOT));
    }

    public static DrillCode random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new DrillCode(code.toString());
    }

    /**
     * The seed a drill of this code deals from a pack. SHA-256 rather than {@code hashCode} so the value is
     * specified and equal on every machine and Java version; the pack id and version are in it, so a new
     * pack version deals a different, but again shared, drill.
     */
    public long seed(String packId, String packVersion) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String key = "whoowns drill\u0000" + text + "\u0000" + packId + "\u0000" + packVersion;
            return ByteBuffer.wrap(sha.digest(key.getBytes(StandardCharsets.UTF_8))).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return text;
    }

    private static String problem(String text) {
        if (text == null || text.isEmpty()) {
            return "drill code is empty: type the " + LENGTH + " characters the instructor shows";
        }
        String shown = printable(text);
        if (text.codePointCount(0, text.length()) != LENGTH) {
            return "drill code \"" + shown + "\" has " + text.codePointCount(0, text.length())
                    + " characters; a code has " + LENGTH;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ALPHABET.indexOf(c) < 0) {
                return "drill code \"" + shown + "\": character " + (i + 1) + " '" + printable(String.valueOf(c))
                        + "' is not used in codes (digits 2-9 and letters except I, L, O, U, V)";
            }
        }
        return null;
    }

    /** The text with anything unprintable shown as '?', so a hostile code cannot reach the terminal. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(20).forEach(cp -> out.appendCodePoint(cp >= 0x20 && cp < 0x7F ? cp : '?'));
        return text.codePointCount(0, text.length()) > 20 ? out + "…" : out.toString();
    }
}
