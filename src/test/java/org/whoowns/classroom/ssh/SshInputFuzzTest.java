package org.whoowns.classroom.ssh;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import org.whoowns.Fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SSH client input as the classroom server decodes it, under fuzzing (issue 15): escape-sequence floods,
 * partial sequences and random bytes through {@link SequenceCap} in random packet sizes, and window-change
 * storms of any claimed size through {@link PtySize}.
 */
class SshInputFuzzTest {
    @Example
    void sequenceCapKeepsEverySequenceShortAndLosesNoText() {
        Arbitrary<byte[]> floods = Arbitraries.randoms().map(SshInputFuzzTest::flood);
        Arbitrary<byte[]> bytes = Arbitraries.oneOf(floods, Arbitraries.bytes().array(byte[].class).ofMaxSize(8192));
        Arbitrary<Stream> streams = Combinators.combine(bytes, Arbitraries.longs()).as(Stream::new);
        long checked = Fuzz.run("ssh sequences", streams, s -> s.bytes().length, SshInputFuzzTest::check);
        assertTrue(checked > 0);
    }

    @Example
    void anyClaimedWindowSizeIsClamped() {
        Arbitrary<String> number = Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf),
                Arbitraries.strings().numeric().ofMaxLength(5000), Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of("", " 80 ", "+80", "-1", "0", "1e3", "0x50", "\u0668\u0660", "65535", "99999999999999999999"));
        Arbitrary<String[]> storm = number.array(String[].class).ofMinSize(2).ofMaxSize(2000);
        long checked = Fuzz.run("pty sizes", storm, s -> s.length * 40, sizes -> {
            for (int i = 0; i + 1 < sizes.length; i += 2) {
                PtySize size = PtySize.of(sizes[i], sizes[i + 1]);
                assertTrue(size.columns() >= 1 && size.columns() <= PtySize.MAX_COLUMNS, size.toString());
                assertTrue(size.rows() >= 1 && size.rows() <= PtySize.MAX_ROWS, size.toString());
            }
        });
        assertTrue(checked > 0);
    }

    private record Stream(byte[] bytes, long chunkSeed) {
    }

    /** Reads through the cap in random packet sizes: no sequence grows past the cap, no text byte is lost. */
    private static void check(Stream stream) throws IOException {
        Random random = new Random(stream.chunkSeed());
        InputStream in = new SequenceCap(new ChunkedInput(stream.bytes(), random));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 + random.nextInt(4096)];
        for (int n; (n = in.read(buffer, 0, 1 + random.nextInt(buffer.length))) >= 0; ) {
            out.write(buffer, 0, n);
        }
        byte[] kept = out.toByteArray();
        assertTrue(kept.length <= stream.bytes().length);
        long text = text(stream.bytes());
        assertTrue(text(kept) == text, "bytes outside sequences are never dropped");
        assertTrue(longestParameters(kept) <= SequenceCap.MAX_PARAMETERS, "a sequence longer than the cap got through");
    }

    /** ESC [ or ESC O, then up to 100 000 parameter bytes, sometimes a final byte, repeated. */
    private static byte[] flood(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int sequences = 1 + random.nextInt(20);
        for (int s = 0; s < sequences; s++) {
            out.write(0x1B);
            out.write(random.nextBoolean() ? '[' : 'O');
            int length = random.nextInt(random.nextBoolean() ? 100 : 100_000);
            for (int i = 0; i < length; i++) {
                out.write(random.nextInt(4) == 0 ? ';' : random.nextInt(8) == 0 ? 0x80 + random.nextInt(0x40) : '0' + random.nextInt(10));
            }
            if (random.nextBoolean()) {
                out.write(0x40 + random.nextInt(0x3F));
            }
            if (random.nextBoolean()) {
                out.write('a' + random.nextInt(26));
            }
        }
        return out.toByteArray();
    }

    /** Bytes outside escape sequences; the cap must pass all of them. */
    private static long text(byte[] bytes) {
        long text = 0;
        int state = 0; // 0 text, 1 after ESC, 2 in a sequence
        for (byte value : bytes) {
            int b = value & 0xFF;
            if (state == 0) {
                if (b == 0x1B) {
                    state = 1;
                } else {
                    text++;
                }
            } else if (state == 1) {
                state = b == '[' || b == 'O' ? 2 : b == 0x1B ? 1 : 0;
            } else if (b == 0x1B) {
                state = 1;
            } else if (b >= 0x40 && b <= 0x7E) {
                state = 0;
            }
        }
        return text;
    }

    private static int longestParameters(byte[] bytes) {
        int longest = 0;
        int run = 0;
        int state = 0;
        for (byte value : bytes) {
            int b = value & 0xFF;
            if (state == 2 && b >= 0x20 && (b < 0x40 || b > 0x7E) && b != 0x1B) {
                longest = Math.max(longest, ++run);
                continue;
            }
            if (state == 2 && b < 0x20 && b != 0x1B) {
                continue;
            }
            run = 0;
            state = b == 0x1B ? 1 : state == 1 && (b == '[' || b == 'O') ? 2 : 0;
        }
        return longest;
    }

    /** A stream that hands out its bytes in random packet sizes, as a network does. */
    private static final class ChunkedInput extends InputStream {
        private final ByteArrayInputStream in;
        private final Random random;

        ChunkedInput(byte[] bytes, Random random) {
            this.in = new ByteArrayInputStream(bytes);
            this.random = random;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return in.read(b, off, Math.min(len, 1 + random.nextInt(64)));
        }
    }
}
