package org.whoowns.tui;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What tells a session that its terminal has gone away: the end of its input, or an I/O error on it. */
class HangUpTest {
    @Test
    void readingKeysIsNotAHangUpButTheEndOfInputIs() throws IOException {
        HangUp line = new HangUp();
        InputStream in = line.watch(new ByteArrayInputStream(new byte[] {'a', 'b'}));
        assertEquals('a', in.read());
        assertEquals(1, in.read(new byte[4], 0, 4));
        assertFalse(line.gone());
        assertEquals(-1, in.read(new byte[4], 0, 4));
        assertTrue(line.gone(), "a terminal in raw mode only ends when it hangs up");
    }

    @Test
    void aFailedReadIsAHangUp() {
        HangUp line = new HangUp();
        InputStream in = line.watch(new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Input/output error");
            }
        });
        assertThrows(IOException.class, in::read);
        assertTrue(line.gone());
    }

    @Test
    void aFailedWriteOrFlushIsAHangUp() throws IOException {
        HangUp line = new HangUp();
        OutputStream ok = line.watch(new ByteArrayOutputStream());
        ok.write('x');
        ok.write(new byte[] {'y', 'z'}, 0, 2);
        ok.flush();
        assertFalse(line.gone());
        OutputStream broken = line.watch(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Input/output error");
            }
        });
        assertThrows(IOException.class, () -> broken.write(new byte[] {'a'}, 0, 1));
        assertTrue(line.gone());
    }
}
