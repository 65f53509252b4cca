package org.whoowns.tui;

import org.whoowns.learn.ExamResult;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.Summary;

import java.io.IOException;
import java.util.List;

/**
 * Where a view can send the user. Study and practice need the pack: asked for while it still loads, they
 * open once it has (or the TUI ends with the loader's error).
 */
interface Nav {
    void menu();

    void study() throws PackException, IOException;

    void practice() throws PackException, IOException;

    /** A hot-seat drill with a new code. */
    void drill() throws PackException, IOException;

    /** A run over the learner's misses, due or not. */
    void misses() throws PackException, IOException;

    /** The run left midway, where it was left. */
    void resume() throws PackException, IOException;

    /** The learner's progress: heatmap, totals, sessions. */
    void progress() throws PackException, IOException;

    /** The packs to choose from. */
    void packs() throws PackException, IOException;

    /** From now on every screen uses {@code chosen}; back to the menu. */
    void use(Pack chosen);

    /** A new practice run over {@code questions} (the misses of the last one). */
    void replay(List<Question> questions);

    void summary(Summary summary);

    /** A new exam, as {@link ExamSetup} says. */
    void exam() throws PackException, IOException;

    /** The exam was submitted: record it, show the result. */
    void examOver(ExamResult result);

    /** Asks {@code question} (y/n) over the current screen; runs {@code yes} on y. */
    void confirm(String question, Runnable yes);

    void quit();
}
