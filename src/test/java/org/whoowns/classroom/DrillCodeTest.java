package org.whoowns.classroom;

import org.junit.jupiter.api.Test;
import org.whoowns.pack.Pack;
import org.whoowns.pack.TestPacks;
import org.whoowns.quiz.Question;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DrillCodeTest {

    @Test
    void theAlphabetHasNoCharacterThatIsEasilyMisread() {
        for (char c : "0O1IlLUV".toCharArray()) {
            assertEquals(-1, DrillCode.ALPHABET.indexOf(Character.toUpperCase(c)), () -> "has " + c);
        }
        assertEquals(DrillCode.ALPHABET.length(), DrillCode.ALPHABET.chars().distinct().count());
    }

    @Test
    void aGeneratedCodeRoundTripsThroughWhatAStudentTypes() {
        Random random = new Random(5);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            DrillCode code = DrillCode.random(random);
            assertEquals(code, DrillCode.parse(code.text()));
            assertEquals(code, DrillCode.parse("  " + code.text().toLowerCase() + "\n"));
            seen.add(code.text());
        }
        assertTrue(seen.size() > 1990, "codes repeat too often: " + seen.size());
    }

    @Test
    void badCodesGetOneLineErrorsThatNameTheProblem() {
        assertMessage("", "drill code is empty");
        assertMessage("K7Q2", "has 4 characters; a code has 5");
        assertMessage("K7Q2MM", "has 6 characters");
        assertMessage("K7Q0M", "character 4 '0' is not used in codes");
        assertMessage("k7qim", "character 4 'I' is not used");
        assertMessage("K7\u001b[2", "character 3 '?'");
        assertMessage("x".repeat(5000), "has 5000 characters");
        assertTrue(message("x".repeat(5000)).length() < 120);
    }

    @Test
    void theSameCodeDealsTheSameDrillEveryTime() {
        Pack pack = TestPacks.shipped();
        DrillCode code = DrillCode.parse("K7Q2M");
        Drill first = Drill.deal(pack, code, 10);
        Drill again = Drill.deal(TestPacks.shipped(), DrillCode.parse("k7q2m"), 10);
        assertEquals(10, first.questions().size());
        assertEquals(first, again);
        // the choice order is part of the question, so it is fixed as well
        for (int i = 0; i < 10; i++) {
            assertEquals(first.questions().get(i).choices(), again.questions().get(i).choices());
        }
        assertNotEquals(ids(first), ids(Drill.deal(pack, DrillCode.parse("K7Q2N"), 10)));
    }

    @Test
    void theSeedIsPinnedSoEveryMachineAndVersionAgrees() {
        // A change here breaks every code already written on a board: only change it with the pack format.
        assertEquals(seedOf("K7Q2M", "azure", "1"), DrillCode.parse("K7Q2M").seed("azure", "1"));
        assertEquals(7_857_010_912_705_720_235L, DrillCode.parse("K7Q2M").seed("azure", "1"));
        assertNotEquals(DrillCode.parse("K7Q2M").seed("azure", "1"), DrillCode.parse("K7Q2M").seed("azure", "2"));
        assertNotEquals(DrillCode.parse("K7Q2M").seed("azure", "1"), DrillCode.parse("K7Q2M").seed("aws", "1"));
    }

    @Test
    void aDrillCarriesThePackItCameFrom() {
        Pack pack = TestPacks.shipped();
        Drill drill = Drill.deal(pack, DrillCode.parse("ABCDE"), 5);
        assertEquals(pack.id(), drill.packId());
        assertEquals(pack.version(), drill.packVersion());
        assertFalse(drill.questions().isEmpty());
    }

    private static long seedOf(String code, String id, String version) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(
                    ("whoowns drill\0" + code + "\0" + id + "\0" + version).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(d).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> ids(Drill drill) {
        return drill.questions().stream().map(Question::id).toList();
    }

    private static void assertMessage(String typed, String expected) {
        String message = message(typed);
        assertTrue(message.contains(expected), () -> "\"" + message + "\" lacks \"" + expected + "\"");
        assertFalse(message.contains("\n") || message.contains("\u001b"), message);
    }

    private static String message(String typed) {
        return assertThrows(IllegalArgumentException.class, () -> DrillCode.parse(typed)).getMessage();
    }
}
