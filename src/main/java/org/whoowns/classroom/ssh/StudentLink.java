package org.whoowns.classroom.ssh;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * One student's terminal over SSH, as a session handler sees it: the key bytes (escape sequences already
 * capped), the screen's output (flush to send), the PTY size (clamped) and its changes.
 */
public interface StudentLink {
    /** The SSH user name the student connected with. */
    String user();

    /** The TERM the client sent. */
    String term();

    InputStream input();

    OutputStream output();

    PtySize size();

    /**
     * Calls {@code listener} with the clamped new size when the window changes. It runs on an SSH I/O thread:
     * record the size and request a redraw there, never draw.
     */
    void onResize(Consumer<PtySize> listener);

    /** Ends this student's session (kick, drill over). */
    void close();
}
