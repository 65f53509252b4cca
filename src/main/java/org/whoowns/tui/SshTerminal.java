package org.whoowns.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.BasicCharacterPattern;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A student's terminal at the other end of an SSH channel (ssh-classroom.md §2): UTF-8, a bare CR (what
 * OpenSSH sends for Enter) and CR LF read as Enter, the size the PTY request and window changes gave instead
 * of a cursor report Lanterna would never flush, output batched until each refresh flushes it (one SSH
 * message per frame), and wide characters padded as on the local terminal ({@link WidePad}).
 */
final class SshTerminal extends ANSITerminal {
    private volatile TerminalSize size;
    private WidePad pad;

    SshTerminal(InputStream in, OutputStream out, int columns, int rows) {
        super(in, new BufferedOutputStream(out, 1 << 14), StandardCharsets.UTF_8);
        this.size = new TerminalSize(columns, rows);
        getInputDecoder().addProfile(() -> List.of(
                new BasicCharacterPattern(new KeyStroke(KeyType.Enter), '\r'),
                new BasicCharacterPattern(new KeyStroke(KeyType.Enter), '\r', '\n')));
    }

    /** The client's window changed (sizes already clamped): called from an SSH I/O thread, only records. */
    void resized(int columns, int rows) {
        size = new TerminalSize(columns, rows);
        onResized(size);
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    @Override
    public void putCharacter(char c) throws IOException {
        if (pad == null) {
            pad = new WidePad();
        }
        pad.write(c, super::putCharacter, this::writeToTerminal);
    }

    @Override
    public void setCursorPosition(int x, int y) throws IOException {
        if (pad != null) {
            pad.moved();
        }
        super.setCursorPosition(x, y);
    }

    @Override
    public void setCursorPosition(TerminalPosition position) throws IOException {
        setCursorPosition(position.getColumn(), position.getRow());
    }
}
