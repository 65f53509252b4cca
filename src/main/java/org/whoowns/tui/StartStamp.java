package org.whoowns.tui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * For the benchmark (src/bench/run.sh): when WHOOWNS_STAMP names a file, moments go there one a line, set
 * against the shell's launch time and the bytes' arrival: {@code frame <epoch ns>} when the first frame
 * has been written, {@code menu <epoch ns>} when the menu with the pack's title has, and
 * {@code key <ns> <screen>} from reading a key to the end of the redraw it caused.
 */
final class StartStamp {
    private static final String FILE = System.getenv("WHOOWNS_STAMP");

    private StartStamp() {
    }

    static boolean enabled() {
        return FILE != null && !FILE.isEmpty();
    }

    static void frame() {
        moment("frame");
    }

    static void menu() {
        moment("menu");
    }

    static void key(long nanos, String screen) {
        append("key " + nanos + " " + screen);
    }

    private static void moment(String what) {
        if (enabled()) {
            Instant now = Instant.now();
            append(what + " " + (now.getEpochSecond() * 1_000_000_000L + now.getNano()));
        }
    }

    private static void append(String line) {
        if (!enabled()) {
            return;
        }
        try {
            Files.writeString(Path.of(FILE), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            // A benchmark aid only: the trainer carries on without it.
        }
    }
}
