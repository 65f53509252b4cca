package org.whoowns.tui;

import org.whoowns.pack.PackException;
import org.whoowns.quiz.Summary;

import java.io.IOException;

/** Where a view can send the user. Study and practice need the pack, so they may wait for it (or fail). */
interface Nav {
    void menu();

    void study() throws PackException, IOException;

    void practice() throws PackException, IOException;

    void summary(Summary summary);

    void quit();
}
