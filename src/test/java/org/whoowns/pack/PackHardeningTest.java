package org.whoowns.pack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.whoowns.pack.TestPacks.at;
import static org.whoowns.pack.TestPacks.rejected;
import static org.whoowns.pack.TestPacks.replaceOnce;

/**
 * The pack loader's defects found by attacking it (issue 11): each test is named after its item and fails on
 * the loader as it was before the fix. Time limits here only catch hangs; speed is a benchmark, not a test.
 */
class PackHardeningTest {
    private static final String VALID = TestPacks.packText(TestPacks.SMALL);
    private static final Duration HANG = Duration.ofSeconds(20);

    private static List<String> lines(PackException e) {
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static PackException loadRejected(Path file) {
        return assertTimeoutPreemptively(HANG, () -> assertThrows(PackException.class, () -> PackLoader.load(file)));
    }

    @Test
    void item02_aDeviceIsReadOnlyUpToTheLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "needs /dev/zero");
        assertEquals(List.of("/dev/zero: the file is larger than 2 MB (2097152 bytes), the most a pack may be"),
                lines(loadRejected(zero)));
    }

    /** A named pipe, as {@code validate <(cat big.json)} passes one: its size is 0 and its writer never stops. */
    @Test
    void item02_aPipeThatNeverEndsIsReadOnlyUpToTheLimit(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("endless.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
        Thread writer = new Thread(() -> {
            byte[] spaces = " ".repeat(65536).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = Files.newOutputStream(fifo)) {
                while (true) {
                    out.write(spaces);
                }
            } catch (IOException closedByTheReader) {
                // the loader stopped reading, as it should
            }
        });
        writer.setDaemon(true);
        writer.start();
        assertEquals(List.of(fifo + ": the file is larger than 2 MB (2097152 bytes), the most a pack may be"),
                lines(loadRejected(fifo)));
        writer.join(HANG.toMillis());
        assertFalse(writer.isAlive(), "the writer saw the pipe closed");
    }

    @Test
    void item02_aSmallPackThroughAPipeLoads(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pack.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, VALID);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        writer.start();
        assertEquals("small", assertTimeoutPreemptively(HANG, () -> PackLoader.load(fifo)).id());
        writer.join();
    }

    /** {@code count} explanations, each listing the area "data" and the model "iaas" 100 times, in the small pack. */
    private static String amplified(int count) {
        String areas = "[" + String.join(", ", java.util.Collections.nCopies(100, "\"data\"")) + "]";
        String models = "[" + String.join(", ", java.util.Collections.nCopies(100, "\"iaas\"")) + "]";
        StringBuilder list = new StringBuilder("\"explanations\": [\n");
        for (int i = 0; i < count; i++) {
            list.append(i == 0 ? "    " : ",\n    ").append("{\"areas\": ").append(areas).append(", \"models\": ").append(models)
                    .append(", \"text\": \"Data stays.\", \"sources\": [{\"document\": \"doc\", \"section\": \"Matrix\"}]}");
        }
        list.append("\n  ],\n  \"questions\"");
        String explanations = VALID.substring(VALID.indexOf("\"explanations\""), VALID.indexOf("\"questions\"") + 11);
        return replaceOnce(VALID, explanations, list.toString());
    }

    /** The 1.9 MB amplification pack of the issue: far more JSON than any pack needs, so one line says so. */
    @Test
    void item04_theAmplificationPackIsOneProblem() {
        String bad = amplified(1110);
        assertTrue(bad.length() > 1_800_000 && bad.length() < 2_000_000, () -> "size " + bad.length());
        PackException e = assertTimeoutPreemptively(HANG, () -> rejected(bad));
        assertEquals(1, e.report().size(), e.report()::toString);
        assertTrue(e.getMessage().endsWith(": more than 200000 JSON values, names and brackets, far more than a pack needs"),
                e::getMessage);
    }

    /**
     * Below that limit, every explanation lists the same area and model 100 times: each repeat is reported once
     * per list and adds no cells, and only the first 100 problems are kept, however many there are.
     */
    @Test
    void item04_repeatedIdsDoNotAmplifyProblems() {
        int count = 800;
        String bad = amplified(count);
        PackException e = assertTimeoutPreemptively(HANG, () -> rejected(bad));
        String first = "{\"areas\": [\"data\", \"data\"";
        assertEquals(at(bad, bad.indexOf(first) + 19) + ": explanations[0].areas[1]: area \"data\" is listed more than once; "
                + "list each area once", e.problems().get(0).toString());
        assertTrue(e.problems().get(1).toString().endsWith(": explanations[0].models[1]: model \"iaas\" is listed more than once; "
                + "list each model once"), e.problems().get(1)::toString);
        assertTrue(e.problems().get(2).toString().endsWith(": explanations[1].areas[1]: area \"data\" is listed more than once; "
                + "list each area once"), e.problems().get(2)::toString);
        assertTrue(e.problems().get(4).toString().endsWith(": explanations[1]: cell data@iaas is already explained by explanations[0]"),
                e.problems().get(4)::toString);
        // per explanation: one repeat in each list, the cell explained again (all but the first); then the uncovered cells
        int total = 2 * count + (count - 1) + 1;
        assertEquals(PackException.SHOWN, e.problems().size());
        assertEquals(total - PackException.SHOWN, e.more());
        List<String> report = e.report();
        assertEquals(PackException.SHOWN + 1, report.size());
        assertEquals("x.json: \u2026 and " + (total - PackException.SHOWN) + " more problems", report.get(PackException.SHOWN));
    }

    @Test
    void item04_aReportListsTheFirstHundredThenCountsTheRest() {
        List<Problem> many = new ArrayList<>();
        for (int i = 1; i <= 250; i++) {
            many.add(new Problem("p.json", i, 1, "", "problem " + i));
        }
        PackException e = new PackException(many, 7);
        assertEquals(100, e.problems().size());
        assertEquals(157, e.more());
        assertEquals("p.json:100:1: problem 100", e.report().get(99));
        assertEquals("p.json: \u2026 and 157 more problems", e.report().get(100));
        assertEquals("p.json:1:1: problem 1", e.getMessage());
        assertEquals(List.of("p.json:1:1: problem 1"), new PackException(many.subList(0, 1)).report());
        assertEquals("p.json: \u2026 and 1 more problem", new PackException(many.subList(0, 101)).report().get(100));
    }

    @Test
    void item04_anyIdListRejectsRepeats() {
        String bad = replaceOnce(VALID, "\"models\": [\"iaas\", \"paas\", \"saas\"], \"text\": \"Data stays",
                "\"models\": [\"iaas\", \"paas\", \"iaas\", \"saas\", \"iaas\"], \"text\": \"Data stays");
        int at = bad.indexOf("\"iaas\"", bad.indexOf("\"paas\", \"iaas\""));
        assertEquals(List.of(TestPacks.at(bad, at) + ": explanations[0].models[2]: model \"iaas\" is listed more than once; "
                + "list each model once"), lines(rejected(bad)));
    }

    @Test
    void item14_utf16AndUtf32WithoutAByteOrderMarkAreRejected() {
        String[][] cases = {
                {"UTF-16LE", "UTF-16 (every other byte is zero)"}, {"UTF-16BE", "UTF-16 (every other byte is zero)"},
                {"UTF-32LE", "UTF-32 (every character takes four bytes, three of them zero)"},
                {"UTF-32BE", "UTF-32 (every character takes four bytes, three of them zero)"}};
        for (String[] c : cases) {
            byte[] bytes = VALID.getBytes(Charset.forName(c[0]));
            assertEquals(List.of("x.json:1:1: the pack is " + c[1] + ", not UTF-8; save it as UTF-8"), lines(rejected(bytes)), c[0]);
        }
        byte[] bom32 = ("\uFEFF" + VALID).getBytes(Charset.forName("UTF-32LE"));
        assertEquals(List.of("x.json:1:1: the pack is UTF-32 (it starts with a UTF-32 byte-order mark), not UTF-8; save it as UTF-8"),
                lines(rejected(bom32)));
        // a NUL byte elsewhere is a syntax error at its place
        String nul = replaceOnce(VALID, "\"format\": 1,", "\"format\": 1,\u0000");
        assertEquals(List.of(at(nul, "\u0000") + ": control character U+0000 between values; only spaces, tabs and line breaks "
                + "may stand there"), lines(rejected(nul)));
    }

    @Test
    void item14_namesThatLookTheSameAreReported() {
        String owner = replaceOnce(VALID, "\"name\": \"Provider\"", "\"name\": \"Cust\u043emer\"");
        assertEquals(List.of(at(owner, "\"Cust\u043emer\"") + ": owners[2].name: \"Cust\u043emer\" looks the same as owners[0].name "
                + "\"Customer\" ('\u043e' U+043E where the other has 'o' U+006F); use a name that reads differently"),
                lines(rejected(owner)));
        String model = replaceOnce(VALID, "{\"id\": \"saas\", \"name\": \"SaaS\"", "{\"id\": \"saas\", \"name\": \"\u03a1aa\u0405\"");
        assertEquals(List.of(at(model, "\"\u03a1aa\u0405\"") + ": models[2].name: \"\u03a1aa\u0405\" looks the same as models[1].name "
                + "\"PaaS\" ('\u03a1' U+03A1 where the other has 'P' U+0050); use a name that reads differently"),
                lines(rejected(model)));
        // compatibility forms (fullwidth letters) and digits drawn like letters
        String area = replaceOnce(VALID, "\"name\": \"Physical hosts\"", "\"name\": \"\uff24\uff41\uff54\uff41\"");
        assertEquals(List.of(at(area, "\"\uff24") + ": areas[3].name: \"\uff24\uff41\uff54\uff41\" looks the same as areas[0].name "
                + "\"Data\" ('\uff24' U+FF24 where the other has 'D' U+0044); use a name that reads differently"),
                lines(rejected(area)));
        String digits = replaceOnce(VALID, "\"name\": \"Physical hosts\"", "\"name\": \"App1ications\"");
        assertTrue(lines(rejected(digits)).get(0).endsWith("areas[3].name: \"App1ications\" looks the same as areas[1].name "
                + "\"Applications\" ('1' U+0031 where the other has 'l' U+006C); use a name that reads differently"));
        // names that merely share letters are fine
        TestPacks.parse("x.json", replaceOnce(VALID, "\"name\": \"Provider\"", "\"name\": \"Customers\""));
    }

    @Test
    void item21_jsonErrorsAreSaidInPlainWords() {
        String comment = replaceOnce(VALID, "\"format\": 1,\n", "\"format\": 1,\n  # the pack's id\n");
        assertEquals(List.of("x.json:3:3: expected a field name in double quotes, found '#'; comments are not allowed"),
                lines(rejected(comment)));
        assertPlain("\"format\": # one\n 1,", "#", "'#' cannot start a JSON value; comments are not allowed");
        assertPlain("\"format\": 1,,", ",\n", "expected a field name in double quotes, found ','");
        assertPlain("\"format\": 'one',", "'one'", "\"'\" cannot start a JSON value; text goes in double quotes");
        assertPlain("format: 1,", "format:", "expected a field name in double quotes, found 'f'");
        assertPlain("\"format\": True,", "True", "'True' is not a JSON value (text goes in double quotes; "
                + "the other values are numbers, true, false and null)");
        assertPlain("\"format\" 1,", "1,", "expected ':' after the field name, found '1'");
        assertPlain("\"format\": 01,", "1,", "a number cannot start with 0 (write 1, not 01)");
        assertPlain("\"format\": \"\\q\",", "q\"", "'\\q' is not a JSON escape (the escapes are \\\" \\\\ \\/ \\b \\f "
                + "\\n \\r \\t and \\uXXXX)");
        String trailing = VALID.replace("\"Notes\"]}\n  ],", "\"Notes\"]},\n  ],");
        assertEquals(List.of(at(trailing, trailing.indexOf("},\n  ],") + 5) + ": expected a value, found ']' "
                + "(a comma before ']' is not allowed in JSON)"), lines(rejected(trailing)));
        String object = replaceOnce(VALID, "\"holder\": \"the provider\"}", "\"holder\": \"the provider\",}");
        assertEquals(List.of(at(object, object.indexOf(",}") + 1) + ": a comma before '}' is not allowed in JSON"), lines(rejected(object)));
    }

    /** The pack with its format line written as {@code written}: one problem, at {@code marker}, saying {@code message}. */
    private static void assertPlain(String written, String marker, String message) {
        String bad = replaceOnce(VALID, "\"format\": 1,", written);
        int index = bad.indexOf(marker, bad.indexOf(written));
        assertEquals(List.of(at(bad, index) + ": " + message), lines(rejected(bad)), written);
        for (String jackson : List.of("Unexpected character", "(code ", "JSON String, Number", "was expecting", "token")) {
            assertFalse(message.contains(jackson), message);
        }
    }

    @Test
    void item21_anUnreadablePackSaysWhyInOneLine(@TempDir Path dir) throws IOException {
        assertEquals(List.of(dir + ": is a directory, not a pack file"), lines(loadRejected(dir)));
        Path missing = dir.resolve("missing.json");
        assertEquals(List.of(missing + ": no such file"), lines(loadRejected(missing)));
        Path inMissingDir = dir.resolve("nowhere/pack.json");
        assertEquals(List.of(inMissingDir + ": no such file"), lines(loadRejected(inMissingDir)));
        Path notADirectory = dir.resolve("file.json");
        Files.writeString(notADirectory, VALID);
        Path below = notADirectory.resolve("pack.json");
        assertEquals(List.of(below + ": cannot read: Not a directory"), lines(loadRejected(below)));
        Path locked = dir.resolve("locked.json");
        Files.writeString(locked, VALID);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(locked), "root reads any file: permission denied cannot be shown");
        assertEquals(List.of(locked + ": permission denied"), lines(loadRejected(locked)));
    }

    /**
     * Packs an attacker would write, each near the 2 MB limit: each is rejected with one problem, one line,
     * located inside the file, whatever the amount of JSON behind it.
     */
    @Test
    void hostilePacksAreOneProblemEach() {
        String digits = "9".repeat(1_800_000);
        String[][] cases = {
                {"[".repeat(1_900_000), "x.json:1:33: nested more than 32 levels deep, the most the pack format allows"},
                {"{\"a\":".repeat(380_000), "x.json:1:161: nested more than 32 levels deep, the most the pack format allows"},
                {VALID.replace("\"format\": 1,", "\"format\": " + digits + ","),
                        "x.json:2:13: a number longer than 24 characters (the most the pack format allows)"},
                {VALID.replace("\"answer\": [0, 2]", "\"answer\": [0, " + digits + "]"),
                        "x.json:33:146: a number longer than 24 characters (the most the pack format allows)"},
                {VALID.replace("\"format\": 1,", "\"format\": 1e999999999,"),
                        "x.json:2:13: format: expected a whole number, found a fraction or a number out of range"},
                {VALID.replace("\"Small test pack\"", "\"" + digits + "\""),
                        "x.json:5:12: a string longer than 64000 characters (the most the pack format allows)"},
                {VALID.replace("\"format\": 1,", "\"" + "k".repeat(1_800_000) + "\": 1,"),
                        "x.json:1:1: a field name longer than 200 characters (the most the pack format allows)"},
                {VALID.replace("\"answer\": [0, 2]", "\"answer\": [" + "7,".repeat(950_000) + "7]"),
                        "x.json:33:399579: more than 200000 JSON values, names and brackets, far more than a pack needs"},
        };
        for (String[] c : cases) {
            PackException e = assertTimeoutPreemptively(HANG, () -> rejected(c[0]));
            assertEquals(List.of(c[1]), e.report());
        }
    }

    /** One character of every general category in a title: the first that validate rejects is named, alone. */
    @Test
    void everyUnicodeCategoryInOneText() {
        StringBuilder all = new StringBuilder();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int cp = 0x20; cp <= Character.MAX_CODE_POINT; cp++) {
            int type = Character.getType(cp);
            if (type != Character.SURROGATE && type != Character.CONTROL && seen.add(type)) {
                // as JSON escapes, so that line and paragraph separators do not break the file's lines
                for (char unit : Character.toChars(cp)) {
                    all.append(String.format("\\u%04x", (int) unit));
                }
            }
        }
        String bad = replaceOnce(VALID, "\"Small test pack\"", "\"" + all + "\"");
        List<String> report = rejected(bad).report();
        assertEquals(1, report.size(), report::toString);
        assertTrue(report.get(0).startsWith(at(bad, "\"\\u") + ": title: contains "), report::toString);
    }
}
