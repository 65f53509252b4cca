package org.whoowns.cli;

import org.whoowns.learn.DataDir;
import org.whoowns.learn.Learner;

import java.nio.file.Path;
import java.util.Optional;

/** The learner a command works for ({@code --learner}, else the OS user) and where learner data lives. */
record LearnerData(DataDir data, Learner learner) {

    static LearnerData of(CommandLine line, Io io) throws UsageException {
        return of(line.option("--learner"), io);
    }

    /** The learner named, else the OS user from {@code io}'s environment. */
    static LearnerData of(Optional<String> requested, Io io) throws UsageException {
        DataDir data = DataDir.from(io.env(), Path.of(System.getProperty("user.home")));
        try {
            return new LearnerData(data, Learner.resolve(requested, io.env()));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--learner: " + e.getMessage());
        }
    }
}
