package org.whoowns.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.pack.Problem;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real loop and reader thread over a virtual terminal. The scripted "user" types the next key only
 * after the previous one has been drawn (the terminal flushed), as a person would: no sleeps, no races.
 */
@Timeout(10)
class EventLoopTest {
    private final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
    private final Semaphore flushed = new Semaphore(0);
    private final List<String> frames = new ArrayList<>();

    EventLoopTest() {
        terminal.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
                frames.add(text());
                flushed.release();
            }

            @Override
            public void onBell() {
            }

            @Override
            public void onClose() {
            }

            @Override
            public void onResized(Terminal t, TerminalSize size) {
            }
        });
    }

    private App app(CompletableFuture<Pack> pack) throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        flushed.drainPermits();
        return new App(screen, pack, 1, 3, Harness.COLOUR);
    }

    /** A user who waits for each frame, then does the next step: a key, or an action returning null. */
    private interface Step {
        KeyStroke next() throws IOException;
    }

    private EventLoop.Input user(Step... steps) {
        Deque<Step> script = new ArrayDeque<>(List.of(steps));
        return () -> {
            while (true) {
                try {
                    flushed.acquire();
                } catch (InterruptedException e) {
                    throw new InterruptedIOException();
                }
                KeyStroke key = script.isEmpty() ? new KeyStroke(KeyType.EOF) : script.pop().next();
                if (key != null) {
                    return key;
                }
            }
        };
    }

    private static Step press(char c) {
        return () -> new KeyStroke(c, false, false);
    }

    private static Step press(KeyType type) {
        return () -> new KeyStroke(type);
    }

    private String text() {
        StringBuilder sb = new StringBuilder();
        TerminalSize size = terminal.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            for (int c = 0; c < size.getColumns(); c++) {
                sb.append(terminal.getBufferCharacter(c, r).getCharacterString());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void eachKeyIsHandledAndDrawnUntilQuit() throws Exception {
        App app = app(CompletableFuture.completedFuture(TestPacks.shipped()));
        new EventLoop().run(app, user(press('s'), press(KeyType.ArrowRight), press('q')));
        assertFalse(app.running());
        assertEquals(3, frames.size(), "menu, study, study moved; q draws nothing");
        assertTrue(frames.get(0).contains("4  Quit"), frames.get(0));
        assertTrue(frames.get(1).contains("column 1/4"), frames.get(1));
        assertTrue(frames.get(2).contains("column 2/4"), frames.get(2));
    }

    @Test
    void endOfInputQuits() throws Exception {
        App app = app(CompletableFuture.completedFuture(TestPacks.shipped()));
        new EventLoop().run(app, user());
        assertFalse(app.running());
    }

    @Test
    void aResizeRedrawsAtTheNewSize() throws Exception {
        App app = app(CompletableFuture.completedFuture(TestPacks.shipped()));
        EventLoop loop = new EventLoop();
        terminal.addResizeListener((t, size) -> loop.resized());
        Step shrink = () -> {
            terminal.setTerminalSize(new TerminalSize(70, 24));
            return null; // no key: the resize alone must bring the next frame
        };
        loop.run(app, user(shrink, press('q')));
        assertEquals(2, frames.size());
        assertTrue(frames.get(1).contains("this terminal is 70x24"), frames.get(1));
    }

    @Test
    void aPackThatFailsWhileTheMenuIsUpEndsTheLoopWithThePackException() throws Exception {
        CompletableFuture<Pack> pack = new CompletableFuture<>();
        App app = app(pack);
        EventLoop loop = new EventLoop();
        pack.whenComplete((p, e) -> loop.packSettled());
        PackException broken = new PackException(List.of(new Problem("x.json", 1, 1, "", "broken")));
        Step fail = () -> {
            pack.completeExceptionally(broken);
            return null;
        };
        assertEquals(broken, assertThrows(PackException.class, () -> loop.run(app, user(fail))));
    }

    @Test
    void aFailingTerminalEndsTheLoopWithItsError() throws Exception {
        App app = app(CompletableFuture.completedFuture(TestPacks.shipped()));
        IOException gone = new IOException("terminal gone");
        assertEquals(gone, assertThrows(IOException.class, () -> new EventLoop().run(app, () -> {
            throw gone;
        })));
    }
}
