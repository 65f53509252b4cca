package org.whoowns.tui;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Holds back System.err while the screen is live (a stray warning or stack trace would scribble over it),
 * then hands what was written to the real stderr once the terminal is restored. Capped, so a chatty
 * library cannot grow it without bound.
 */
final class ErrCapture implements AutoCloseable {
    private static final int CAP = 64 * 1024;

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream() {
        @Override
        public synchronized void write(byte[] b, int off, int len) {
            super.write(b, off, Math.max(0, Math.min(len, CAP - count)));
        }

        @Override
        public synchronized void write(int b) {
            if (count < CAP) {
                super.write(b);
            }
        }
    };

    private ErrCapture() {
        System.setErr(new PrintStream(held, true, StandardCharsets.UTF_8));
    }

    static ErrCapture start() {
        return new ErrCapture();
    }

    @Override
    public void close() {
        System.setErr(original);
        if (held.size() > 0) {
            original.write(held.toByteArray(), 0, held.size());
            original.flush();
        }
    }
}
