package org.whoowns.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.ZoneId;

/**
 * Start-up work done on the second core while the first checks the console and sets up the terminal:
 * the JDK's process launcher (stty runs next), the break-iterator data Lanterna 3.1.3 consults for every
 * {@link TextCharacter} it creates, the Unicode block table behind its CJK width check, the classes the
 * first frame needs, the Unicode normalization tables, the time zone's rules, and SHA-256. Each costs
 * milliseconds to tens of milliseconds the first time.
 */
final class WarmUp {
    private static final String[] CLASSES = {
        "java.lang.ProcessImpl", "com.googlecode.lanterna.screen.TerminalScreen", "com.googlecode.lanterna.graphics.TextGraphics",
        "com.googlecode.lanterna.screen.ScreenBuffer", "com.googlecode.lanterna.input.InputDecoder",
        "org.whoowns.tui.App", "org.whoowns.tui.MenuView", "org.whoowns.tui.Canvas", "org.whoowns.tui.Wrap",
        "org.whoowns.tui.Line", "org.whoowns.tui.EventLoop",
    };

    private WarmUp() {
    }

    /**
     * Starts the work on a daemon thread and returns at once; {@code console}: first the console, which
     * decides whether the text UI can run at all (java -jar; bin/whoowns asks the shell instead).
     */
    static void start(boolean console) {
        Thread thread = new Thread(() -> run(console), "whoowns-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run(boolean console) {
        if (console) {
            System.console(); // ~10 ms of classes and a native check, off the main thread's path
        }
        TextCharacter.fromCharacter('x');
        TerminalTextUtils.isCharCJK('x');
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, WarmUp.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return; // only a head start: whatever is missing loads when first used
            }
        }
        // the NFKC tables the pack's check of look-alike names (pack.Skeleton) reads on first use, ~5 ms
        Normalizer.normalize("\uFB01", Normalizer.Form.NFKC);
        ZoneId.systemDefault(); // the zone rules, for the Progress screen
        try {
            // names and checks the learner's files, opened as the pack settles; its first use loads the providers
            MessageDigest.getInstance("SHA-256").digest(new byte[1]);
        } catch (NoSuchAlgorithmException e) {
            // every Java has SHA-256; without it the learner's files fail with their own message
        }
    }
}
