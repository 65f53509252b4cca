package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
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

    /** Called about twice a second: a view that shows a clock checks it here (a timed exam). */
    default void tick() {
    }

    /** What quitting now would throw away ("your run (3 of 10 answered)"), or "" for nothing. */
    default String unsaved() {
        return "";
    }
}
