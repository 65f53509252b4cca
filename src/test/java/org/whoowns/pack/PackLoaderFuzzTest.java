package org.whoowns.pack;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Randomly broken packs: the loader either accepts them or reports problems, every one a single clean
 * line that points inside the file; it never fails with anything but a PackException.
 */
class PackLoaderFuzzTest {
    private static final List<String> VALUES = List.of("null", "0", "-1", "3", "1.5", "true", "\"\"", "\" \"", "[]", "{}",
            "[null]", "{\"x\": 1}", "\"customer\"", "\"iaas\"", "\"data\"", "\"doc\"", "\"Matrix\"", "\"\\u001b[2J\"",
            "\"\\u202e\"", "\"a\\nb\"", "\"" + "w".repeat(1300) + "\"", "[\"iaas\", \"iaas\"]", "[0, 0]", "[99]");

    @Test
    void randomlyBrokenPacksAreReportedNeverCrash() {
        String valid = TestPacks.packText(TestPacks.SMALL);
        List<int[]> values = spans(valid, Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+|\\[[^\\[\\]{}]*\\]|\\{[^{}\\[\\]]*\\}"));
        Random random = new Random(11);
        int rejected = 0;
        for (int i = 0; i < 4000; i++) {
            String bad = valid;
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                bad = mutate(bad, valid, values, random);
            }
            byte[] bytes = bad.getBytes(StandardCharsets.UTF_8);
            try {
                PackLoader.parse("x.json", bytes);
            } catch (PackException problems) {
                rejected++;
                assertFalse(problems.problems().isEmpty());
                long lines = bad.chars().filter(c -> c == '\n').count() + 1;
                for (Problem p : problems.problems()) {
                    String line = p.toString();
                    assertTrue(p.line() >= 1 && p.line() <= lines && p.column() >= 1, line);
                    assertTrue(line.startsWith("x.json:" + p.line() + ":" + p.column() + ": "), line);
                    assertFalse(line.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL
                            || Character.getType(c) == Character.FORMAT), line);
                    assertFalse(line.contains("Exception") || line.contains("java.") || line.contains("`"), line);
                }
            } catch (RuntimeException crash) {
                fail("loader crashed on:\n" + bad, crash);
            }
        }
        assertTrue(rejected > 3000, "most mutations break the pack: " + rejected);
    }

    private static String mutate(String text, String valid, List<int[]> values, Random random) {
        switch (random.nextInt(5)) {
            case 0 -> { // replace one value of the valid pack (if it is still where it was) by another
                int[] span = values.get(random.nextInt(values.size()));
                if (text.length() == valid.length() && text.regionMatches(span[0], valid, span[0], span[1] - span[0])) {
                    return text.substring(0, span[0]) + VALUES.get(random.nextInt(VALUES.size())) + text.substring(span[1]);
                }
                return text;
            }
            case 1 -> { // delete a few characters
                int at = random.nextInt(text.length());
                return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(6)));
            }
            case 2 -> { // drop a line
                List<String> lines = new ArrayList<>(text.lines().toList());
                lines.remove(random.nextInt(lines.size()));
                return String.join("\n", lines) + "\n";
            }
            case 3 -> { // repeat a line
                List<String> lines = new ArrayList<>(text.lines().toList());
                int at = random.nextInt(lines.size());
                lines.add(at, lines.get(at));
                return String.join("\n", lines) + "\n";
            }
            default -> { // insert a character JSON cares about
                String chars = ",:{}[]\"\\ \n";
                int at = random.nextInt(text.length());
                return text.substring(0, at) + chars.charAt(random.nextInt(chars.length())) + text.substring(at);
            }
        }
    }

    private static List<int[]> spans(String text, Pattern pattern) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }
}
