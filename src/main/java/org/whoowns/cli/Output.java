package org.whoowns.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A UTF-8 PrintStream that remembers why a write failed. PrintStream itself only sets a flag, so a full disk
 * or a closed pipe would pass unnoticed (`whoowns matrix > /dev/full` exiting 0); the command runner checks
 * {@link #checkError()} and reports {@link #failure()}.
 */
public final class Output extends PrintStream {
    private final Recorder recorder;

    private Output(Recorder recorder) {
        super(recorder, true, StandardCharsets.UTF_8);
        this.recorder = recorder;
    }

    public static Output of(OutputStream target) {
        return new Output(new Recorder(target));
    }

    /** The reason of the first failed write, if any. */
    public Optional<String> failure() {
        return Optional.ofNullable(recorder.failure);
    }

    private static final class Recorder extends FilterOutputStream {
        private String failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        private void remember(IOException e) {
            if (failure == null) {
                failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }
    }
}
