package org.whoowns.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Loading the test packs and seed documents, and building broken packs from a valid one. */
public final class TestPacks {
    /** src/test/resources/packs/small-valid.json: 3 models, 4 areas, 3 owners, one fact, one scenario. */
    public static final String SMALL = "small-valid.json";
    /** src/test/resources/packs/raci-example.json: 3 models, 5 areas, 4 owner labels. */
    public static final String RACI = "raci-example.json";
    public static final String SEED_2026 = "003_0788f9c8a12f2a0d.txt";
    public static final String SEED_2018 = "000_69126988acabac71.txt";

    private TestPacks() {
    }

    /** The pack shipped in questions/. */
    public static Pack shipped() {
        try {
            return PackLoader.loadDefault();
        } catch (PackException e) {
            throw new AssertionError("the shipped pack does not load: " + e.problems(), e);
        }
    }

    /** A test pack from src/test/resources/packs, which must be valid. */
    public static Pack pack(String name) {
        return parse(name, packText(name));
    }

    /** Either a test pack's resource name or "shipped". */
    public static Pack named(String name) {
        return name.equals("shipped") ? shipped() : pack(name);
    }

    /** Parses text that must be a valid pack. */
    public static Pack parse(String fileName, String text) {
        try {
            return PackLoader.parse(fileName, text.getBytes(StandardCharsets.UTF_8));
        } catch (PackException e) {
            throw new AssertionError(fileName + " should be valid: " + e.problems(), e);
        }
    }

    public static String packText(String name) {
        return resource("/packs/" + name);
    }

    public static String seed(String name) {
        return resource("/seeds/" + name);
    }

    /** Parses bytes as "x.json" that must be rejected, and returns the problems. */
    public static PackException rejected(byte[] bytes) {
        return assertThrows(PackException.class, () -> PackLoader.parse("x.json", bytes));
    }

    public static PackException rejected(String text) {
        return rejected(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces the one occurrence of {@code from} (failing if there is none or several). */
    public static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        assertTrue(at >= 0, () -> "not in the text: " + from);
        assertEquals(-1, text.indexOf(from, at + 1), () -> "more than once in the text: " + from);
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /**
     * "x.json:LINE:COLUMN" of the one occurrence of {@code token} in {@code text}; lines are counted at
     * line feeds, columns in characters (code points) from 1.
     */
    public static String at(String text, String token) {
        int index = text.indexOf(token);
        assertTrue(index >= 0, () -> "not in the text: " + token);
        assertEquals(-1, text.indexOf(token, index + 1), () -> "more than once in the text: " + token);
        return at(text, index);
    }

    /** "x.json:LINE:COLUMN" of the {@code nth} (0-based) occurrence of {@code token}. */
    public static String at(String text, String token, int nth) {
        int index = -1;
        for (int i = 0; i <= nth; i++) {
            index = text.indexOf(token, index + 1);
            if (index < 0) {
                fail("fewer than " + (nth + 1) + " occurrences of " + token);
            }
        }
        return at(text, index);
    }

    public static String at(String text, int index) {
        int lineStart = text.lastIndexOf('\n', index - 1) + 1;
        long line = 1 + text.substring(0, index).chars().filter(c -> c == '\n').count();
        int column = 1 + text.codePointCount(lineStart, index);
        return "x.json:" + line + ":" + column;
    }

    private static String resource(String path) {
        try (InputStream in = TestPacks.class.getResourceAsStream(path)) {
            assertNotNull(in, () -> "missing test resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
