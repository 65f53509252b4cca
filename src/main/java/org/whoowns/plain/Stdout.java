package org.whoowns.plain;

import java.io.Console;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Whether the process's stdout is a terminal, and how wide: plain mode wraps to it, and never into a pipe. */
public final class Stdout {
    private Stdout() {
    }

    /** The terminal's width when stdout is a terminal ($COLUMNS, else `stty size`, else 80); 0 when it is not. */
    public static int columns() {
        if (!isTerminal()) {
            return 0;
        }
        int columns = positive(System.getenv("COLUMNS"));
        if (columns == 0) {
            columns = sttyColumns();
        }
        return columns == 0 ? 80 : columns;
    }

    private static boolean isTerminal() {
        try {
            // Linux: stdout's file descriptor names its device; pipes and files read "pipe:[…]" or a path.
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (NoSuchFileException | UnsupportedOperationException e) {
            return consoleIsTerminal();
        } catch (IOException e) {
            return false;
        }
    }

    /** Elsewhere: JDK 17-21 give a Console only when stdin and stdout are both terminals; 22+ say so by isTerminal(). */
    private static boolean consoleIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static int sttyColumns() {
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (InputStream in = stty.getInputStream()) {
                String size = new String(in.readNBytes(64), StandardCharsets.US_ASCII).strip();
                if (!stty.waitFor(1, TimeUnit.SECONDS) || stty.exitValue() != 0) {
                    return 0;
                }
                String[] rowsColumns = size.split(" ");
                return rowsColumns.length == 2 ? positive(rowsColumns[1]) : 0;
            }
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static int positive(String number) {
        if (number == null || !number.matches("[0-9]{1,4}")) {
            return 0;
        }
        return Integer.parseInt(number);
    }
}
