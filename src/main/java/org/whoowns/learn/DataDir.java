package org.whoowns.learn;

import java.nio.file.Path;
import java.util.Map;

/** Where learner data lives: $WHOOWNS_HOME, else $XDG_DATA_HOME/whoowns, else ~/.local/share/whoowns. */
public record DataDir(Path root) {

    /** {@code home} is the user's home directory, used only when the environment names no place. */
    public static DataDir from(Map<String, String> env, Path home) {
        String own = env.get("WHOOWNS_HOME");
        if (own != null && !own.isBlank()) {
            return new DataDir(Path.of(own));
        }
        // The XDG spec says a relative value is invalid and must be ignored.
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return new DataDir(Path.of(xdg, "whoowns"));
        }
        return new DataDir(home.resolve(".local").resolve("share").resolve("whoowns"));
    }

    public Path learner(Learner learner) {
        return root.resolve(learner.name());
    }

    /** Where drills and the classroom server save their results. */
    public Path drills() {
        return root.resolve("drills");
    }

    /** Where a user's own packs wait to be chosen in the TUI. */
    public Path packs() {
        return root.resolve("packs");
    }
}
