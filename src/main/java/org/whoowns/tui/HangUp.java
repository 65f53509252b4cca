package org.whoowns.tui;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Notes when the local terminal has gone away (its window closed, the line hung up): the end of its input,
 * which a terminal in raw mode never gives otherwise, or an I/O error reading or writing it. Then the session
 * ends as after SIGHUP, without reporting the failed writes of its last frame and of restoring a terminal
 * that is no longer there.
 */
final class HangUp {
    private volatile boolean gone;

    boolean gone() {
        return gone;
    }

    /** {@code in}, noting its end and its failures. */
    InputStream watch(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                return noted(() -> super.read());
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return noted(() -> super.read(b, off, len));
            }
        };
    }

    /** {@code out}, noting its failures. */
    OutputStream watch(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                try {
                    out.write(b);
                } catch (IOException e) {
                    gone = true;
                    throw e;
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    gone = true;
                    throw e;
                }
            }

            @Override
            public void flush() throws IOException {
                try {
                    out.flush();
                } catch (IOException e) {
                    gone = true;
                    throw e;
                }
            }
        };
    }

    private interface Read {
        int read() throws IOException;
    }

    private int noted(Read read) throws IOException {
        try {
            int n = read.read();
            if (n < 0) {
                gone = true;
            }
            return n;
        } catch (IOException e) {
            gone = true;
            throw e;
        }
    }
}
