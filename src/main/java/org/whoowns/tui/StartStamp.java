package org.whoowns.tui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * For the start-up benchmark (src/bench/startup.sh): when WHOOWNS_STAMP names a file, the wall-clock time
 * of the first drawn frame goes there in epoch nanoseconds, to be set against the shell's launch time.
 */
final class StartStamp {
    private StartStamp() {
    }

    static void firstFrameDrawn() {
        String file = System.getenv("WHOOWNS_STAMP");
        if (file == null || file.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        try {
            Files.writeString(Path.of(file), now.getEpochSecond() * 1_000_000_000L + now.getNano() + "\n");
        } catch (IOException e) {
            // A benchmark aid only: the trainer carries on without it.
        }
    }
}
