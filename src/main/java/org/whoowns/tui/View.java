package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import org.whoowns.classroom.RoomEvent;
import org.whoowns.pack.PackException;

import java.io.IOException;
import java.util.List;

/** One screen of the TUI. Views draw themselves and react to keys; they move between screens through {@link Nav}. */
interface View {
    void draw(Canvas canvas);

    /** Keys the App does not take first (q, ?, Ctrl-C, Ctrl-L) arrive here. */
    void handle(KeyStroke key) throws PackException, IOException;

    /** The keys of this screen, one per line ("PgUp PgDn   scroll the explanation"), for the ? overlay. */
    List<String> help();

    /** What quitting now would throw away ("your run (3 of 10 answered)"), or "" for nothing. */
    default String unsaved() {
        return "";
    }

    /**
     * The clock moved on (a few times a second): a view with a clock checks it here (a timed exam, a drill's
     * countdown); true when the screen must be redrawn.
     */
    default boolean tick() {
        return false;
    }

    /** A drill room's event, on the loop's thread. */
    default void room(RoomEvent event) {
    }

    /** A title for the terminal window, set when it changes; "" leaves the title alone. */
    default String title() {
        return "";
    }

    /** True while the user types text (a name): then q and ? are letters, not commands. */
    default boolean typing() {
        return false;
    }
}
