package org.whoowns.classroom.ssh;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SequenceCapTest {

    @Test
    void ordinaryKeysAndShortSequencesPassUnchanged() throws IOException {
        String keys = "ab\r\u001b[A\u001b[1;5C\u001bOP\u001b\u001b[200~é✓\u001b[6;13R\u0003";
        assertEquals(keys, new String(filtered(keys.getBytes(StandardCharsets.UTF_8), 1), StandardCharsets.UTF_8));
        assertEquals(keys, new String(filtered(keys.getBytes(StandardCharsets.UTF_8), 4096), StandardCharsets.UTF_8));
    }

    @Test
    void aHugeParameterRunIsCutButTheSequenceStillEndsWhereTheClientEndedIt() throws IOException {
        byte[] attack = ("\u001b[" + "7".repeat(50_000) + "mX").getBytes(StandardCharsets.US_ASCII);
        for (int chunk : new int[] {1, 3, 1024, 32 * 1024}) {
            byte[] out = filtered(attack, chunk);
            assertEquals("\u001b[" + "7".repeat(SequenceCap.MAX_PARAMETERS) + "mX",
                    new String(out, StandardCharsets.US_ASCII), "read in chunks of " + chunk);
        }
    }

    @Test
    void nonAsciiBytesInsideASequenceCountTowardsTheCap() throws IOException {
        byte[] digits = "٣".repeat(10_000).getBytes(StandardCharsets.UTF_8); // Arabic-Indic three: isDigit
        byte[] attack = new byte[digits.length + 3];
        attack[0] = 0x1B;
        attack[1] = '[';
        System.arraycopy(digits, 0, attack, 2, digits.length);
        attack[attack.length - 1] = '~';
        assertEquals(2 + SequenceCap.MAX_PARAMETERS + 1, filtered(attack, 512).length);
    }

    @Test
    void fiftyKilobytesOfDigitsAfterSs3AreCutToo() throws IOException {
        byte[] attack = ("\u001bO" + "1".repeat(50_000)).getBytes(StandardCharsets.US_ASCII);
        assertEquals(2 + SequenceCap.MAX_PARAMETERS, filtered(attack, 700).length);
    }

    @Test
    void endOfStreamAndEmptyReadsBehave() throws IOException {
        SequenceCap cap = new SequenceCap(new ByteArrayInputStream(new byte[0]));
        assertEquals(-1, cap.read());
        assertEquals(0, cap.read(new byte[4], 0, 0));
        SequenceCap one = new SequenceCap(new ByteArrayInputStream(new byte[] {(byte) 0xC3, (byte) 0xA9}));
        assertEquals(0xC3, one.read());
        assertEquals(0xA9, one.read());
        assertEquals(-1, one.read());
    }

    @Test
    void aMegabyteOfRandomBytesNeverGrowsAndEndsOnTime() throws IOException {
        byte[] noise = new byte[1 << 20];
        new java.util.Random(9).nextBytes(noise);
        byte[] out = filtered(noise, 16 * 1024);
        assertTrue(out.length <= noise.length);
        assertTrue(out.length > noise.length / 2, "ordinary bytes pass: " + out.length);
    }

    /** Everything the cap lets through when the underlying stream hands out at most {@code chunk} bytes. */
    private static byte[] filtered(byte[] input, int chunk) throws IOException {
        InputStream source = new ByteArrayInputStream(input) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SequenceCap cap = new SequenceCap(source)) {
            byte[] buffer = new byte[8192];
            for (int n; (n = cap.read(buffer, 0, buffer.length)) >= 0; ) {
                assertTrue(n > 0);
                out.write(buffer, 0, n);
            }
        }
        byte[] result = out.toByteArray();
        return result;
    }
}
