package org.whoowns.classroom.ssh;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Sits between a student's channel and Lanterna's input decoder and shortens escape sequences. The decoder
 * re-matches every pattern against the whole unfinished sequence on each byte, so {@code ESC [} followed by
 * 50 KB of digits cost 15 s of CPU (ssh-classroom.md §3). After {@code ESC [} or {@code ESC O}, parameter bytes
 * past {@value #MAX_PARAMETERS} are dropped (bytes of 0x80 and above count too, as Java's isDigit accepts
 * non-ASCII digits); the final byte still passes, so the sequence ends where the client ended it. State is
 * kept across reads, since a sequence may span packets.
 */
final class SequenceCap extends FilterInputStream {
    static final int MAX_PARAMETERS = 32;
    private static final int ESC = 0x1B;

    private enum State { TEXT, ESCAPE, SEQUENCE }

    private State state = State.TEXT;
    private int parameters;

    SequenceCap(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (true) {
            int n = in.read(buffer, offset, length);
            if (n < 0) {
                return n;
            }
            int kept = filter(buffer, offset, n);
            if (kept > 0) {
                return kept;
            }
        }
    }

    /** Filters {@code buffer[offset, offset+n)} in place; returns how many bytes were kept. */
    private int filter(byte[] buffer, int offset, int n) {
        int out = offset;
        for (int i = offset; i < offset + n; i++) {
            int b = buffer[i] & 0xFF;
            if (keep(b)) {
                buffer[out++] = (byte) b;
            }
        }
        return out - offset;
    }

    private boolean keep(int b) {
        switch (state) {
            case ESCAPE -> {
                state = b == '[' || b == 'O' ? State.SEQUENCE : b == ESC ? State.ESCAPE : State.TEXT;
                parameters = 0;
                return true;
            }
            case SEQUENCE -> {
                if (b == ESC) {
                    state = State.ESCAPE;
                    return true;
                }
                if (b >= 0x40 && b <= 0x7E) {
                    state = State.TEXT;
                    return true;
                }
                if (b < 0x20) {
                    return true; // a control byte inside a sequence: pass it, the decoder decides
                }
                return ++parameters <= MAX_PARAMETERS;
            }
            default -> {
                if (b == ESC) {
                    state = State.ESCAPE;
                }
                return true;
            }
        }
    }
}
