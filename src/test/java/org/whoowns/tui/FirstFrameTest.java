package org.whoowns.tui;

import com.googlecode.lanterna.TextCharacter;
import org.junit.jupiter.api.Test;
import org.whoowns.pack.Pack;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first frame, written before Lanterna starts, is cell for cell what Lanterna then draws. */
class FirstFrameTest {
    @Test
    void theFirstFrameIsTheScreenLanternaDrawsNext() {
        for (Palette palette : new Palette[] {Harness.COLOUR, Palette.from(Map.of("NO_COLOR", "1"))}) {
            for (int[] size : new int[][] {{80, 24}, {120, 40}, {100, 30}}) {
                Harness lanterna = new Harness(new CompletableFuture<Pack>(), palette, Harness.SEED, 7,
                        new com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal(
                                new com.googlecode.lanterna.TerminalSize(size[0], size[1])));
                FirstFrame frame = FirstFrame.menu(size[0], size[1], palette, 7, false).orElseThrow();
                for (int row = 0; row < size[1]; row++) {
                    for (int column = 0; column < size[0]; column++) {
                        TextCharacter cell = lanterna.terminal.getCharacter(column, row);
                        String at = size[0] + "x" + size[1] + " at " + column + "," + row;
                        assertEquals(cell.getCharacterString().charAt(0), frame.charAt(column, row), at);
                        Style style = frame.styleAt(column, row);
                        assertEquals(cell.getForegroundColor(), style.foreground(), at);
                        assertEquals(cell.getBackgroundColor(), style.background(), at);
                        assertEquals(cell.getModifiers(), style.modifiers().isEmpty()
                                ? java.util.EnumSet.noneOf(com.googlecode.lanterna.SGR.class)
                                : java.util.EnumSet.copyOf(style.modifiers()), at);
                    }
                }
            }
        }
    }

    @Test
    void theFrameIsOneWriteOnTheAlternateScreenWithTheMenuInIt() {
        String ansi = new String(FirstFrame.menu(80, 24, Harness.COLOUR, 10, false).orElseThrow().ansi(), StandardCharsets.UTF_8);
        assertTrue(ansi.startsWith("\033[?1049h\033[?25l"), "the alternate screen, as Lanterna's private mode");
        assertTrue(ansi.contains("loading the pack…") && ansi.contains("tudy") && ansi.contains("10 questions"), ansi);
        assertTrue(ansi.contains("\033[24;1H"), "every row placed");
    }

    @Test
    void aScreenTooSmallGetsNoFirstFrame() {
        assertTrue(FirstFrame.menu(30, 8, Harness.COLOUR, 10, false).isEmpty());
    }

    @Test
    void theTerminalAsTheLauncherFoundItIsParsedOrRefused() {
        CompletableFuture<Void> raw = CompletableFuture.completedFuture(null);
        Tty tty = Tty.parse("500:5:bf:8a3b\n24 80\n", raw).orElseThrow();
        assertEquals(80, tty.columns());
        assertEquals(24, tty.rows());
        assertEquals("500:5:bf:8a3b", tty.saved());
        for (String bad : new String[] {"", "\n", "500:5\n0 80", "500:5\n24", "x; rm -rf\n24 80", "500:5\n24 80 1",
                "500:5\n99999 80", "500:5\n-1 80", "500:5"}) {
            assertTrue(Tty.parse(bad, raw).isEmpty(), bad);
        }
    }
}
