package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import org.whoowns.pack.PackException;

import java.io.IOException;

/** One screen of the TUI. Views draw themselves and react to keys; they move between screens through {@link Nav}. */
interface View {
    void draw(Canvas canvas);

    /** Keys the App does not take first (quit, Ctrl-C) arrive here. */
    void handle(KeyStroke key) throws PackException, IOException;
}
