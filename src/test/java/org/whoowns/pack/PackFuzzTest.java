package org.whoowns.pack;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import org.whoowns.Fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pack loader under fuzzing (issue 15): mutations of valid packs, random bytes, deep nesting, huge
 * numbers and text from every Unicode category. Every input yields a pack or a PackException whose
 * problems are each one clean line pointing into the file; never another exception, a hang or a blow-up.
 */
class PackFuzzTest {
    private static final String SMALL = TestPacks.packText(TestPacks.SMALL);
    private static final String SHIPPED = TestPacks.packText(TestPacks.RACI);
    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "-", "1e309",
            "\"customer\"", "\"provider\"", "\"id\"", "\u0000", "\u001b[2J", "\ud800", "\u202e", "\uFEFF", "\n"};

    @Example
    void everyInputEndsInAPackOrCleanProblems() {
        Arbitrary<byte[]> inputs = Arbitraries.oneOf(
                Arbitraries.randoms().map(r -> mutate(r.nextBoolean() ? SMALL : SHIPPED, r)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(4096),
                Arbitraries.integers().between(1, 300_000).map(PackFuzzTest::nested),
                Arbitraries.randoms().map(PackFuzzTest::hugeNumber),
                Arbitraries.strings().all().ofMaxLength(300).map(PackFuzzTest::inValue));
        long checked = Fuzz.run("pack loader", inputs, bytes -> bytes.length, PackFuzzTest::check);
        assertTrue(checked > 10, "inputs checked: " + checked);
    }

    private static void check(byte[] bytes) {
        try {
            PackLoader.parse("x.json", bytes);
        } catch (PackException problems) {
            assertFalse(problems.problems().isEmpty());
            for (Problem p : problems.problems()) {
                String line = p.toString();
                assertTrue(line.startsWith("x.json:" + p.line() + ":" + p.column() + ": "), line);
                assertTrue(p.line() >= 1 && p.column() >= 1, line);
                assertFalse(line.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL
                        || Character.getType(c) == Character.FORMAT || Character.isSurrogate((char) c)), line);
            }
            String message = problems.getMessage();
            assertFalse(message.contains("Exception") || message.contains("java."), message);
        }
    }

    /** One to eight edits of a valid pack: bytes flipped, tokens inserted, ranges deleted or repeated. */
    private static byte[] mutate(String valid, Random random) {
        StringBuilder text = new StringBuilder(valid);
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(4)) {
                case 0 -> text.setCharAt(at, (char) random.nextInt(0x3000));
                case 1 -> text.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(40)));
                default -> {
                    int end = Math.min(text.length(), at + 1 + random.nextInt(200));
                    String piece = text.substring(at, end);
                    text.insert(end, piece.repeat(1 + random.nextInt(20)));
                }
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] nested(int depth) {
        String open = depth % 2 == 0 ? "[" : "{\"a\":";
        return ("{\"format\": 1, \"models\": " + open.repeat(depth) + "}").getBytes(StandardCharsets.UTF_8);
    }

    /** The valid pack with one number replaced by a huge, tiny or long one. */
    private static byte[] hugeNumber(Random random) {
        String[] numbers = {"1" + "0".repeat(1 + random.nextInt(100_000)), "1e" + random.nextInt(Integer.MAX_VALUE),
                "-1e-" + random.nextInt(Integer.MAX_VALUE), "0." + "0".repeat(random.nextInt(50_000)) + "1",
                "9".repeat(1 + random.nextInt(5000)) + "." + "9".repeat(random.nextInt(5000)), "-0", "1E+99999999999"};
        String number = numbers[random.nextInt(numbers.length)];
        return SMALL.replaceFirst("\"format\"\\s*:\\s*1", "\"format\": " + number).getBytes(StandardCharsets.UTF_8);
    }

    /** The valid pack with {@code text} (any code points, unpaired surrogates included) as its title. */
    private static byte[] inValue(String text) {
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"");
        return SMALL.replaceFirst("\"title\"\\s*:\\s*\"[^\"]*\"", java.util.regex.Matcher.quoteReplacement("\"title\": \"" + escaped + "\""))
                .getBytes(StandardCharsets.UTF_8);
    }
}
