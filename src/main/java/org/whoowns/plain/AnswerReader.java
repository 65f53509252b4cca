package org.whoowns.plain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Answer lines from stdin, each at most {@link #MAX_LINE} characters: an unbounded readLine() on
 * `/dev/zero` grows until the heap runs out.
 */
final class AnswerReader {
    static final int MAX_LINE = 4096;

    /** A line longer than {@link #MAX_LINE}: bad input, not a re-prompt (the rest may never end). */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super("an answer line is longer than " + MAX_LINE + " characters");
        }
    }

    private final Reader in;

    AnswerReader(InputStream in) {
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The next line without its line break (LF or CR LF), or null at the end of input. */
    String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c = in.read();
        if (c == -1) {
            return null;
        }
        while (c != -1 && c != '\n') {
            if (line.length() > MAX_LINE) { // one more than the limit, for a CR before the LF
                throw new TooLong();
            }
            line.append((char) c);
            c = in.read();
        }
        int last = line.length() - 1;
        if (last >= 0 && line.charAt(last) == '\r') {
            line.setLength(last);
        }
        if (line.length() > MAX_LINE) {
            throw new TooLong();
        }
        return line.toString();
    }
}
