package org.whoowns.classroom.ssh;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for the drill screens: greets with the user, size and TERM, then reports the bytes it has read
 * so far ("total N"), a changed size ("size CxR") before the next report, 'F' floods 4 MB, 'q' ends.
 */
final class EchoHandler implements SessionHandler {
    @Override
    public void serve(StudentLink link) throws Exception {
        OutputStream out = link.output();
        AtomicReference<PtySize> resized = new AtomicReference<>();
        link.onResize(resized::set);
        write(out, "hello " + link.user() + " " + link.size().columns() + "x" + link.size().rows() + " "
                + link.term() + "\r\n");
        byte[] buffer = new byte[4096];
        long total = 0;
        for (int n; (n = link.input().read(buffer)) > 0; ) {
            total += n;
            PtySize size = resized.getAndSet(null);
            if (size != null) {
                write(out, "size " + size.columns() + "x" + size.rows() + "\r\n");
            }
            if (buffer[n - 1] == 'q') {
                write(out, "bye\r\n");
                return;
            }
            if (buffer[n - 1] == 'F') {
                byte[] flood = new byte[64 * 1024];
                java.util.Arrays.fill(flood, (byte) 'x');
                for (int i = 0; i < 64; i++) {
                    out.write(flood);
                }
                out.flush();
            }
            write(out, "total " + total + "\r\n");
        }
    }

    private static void write(OutputStream out, String text) throws Exception {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
