package org.whoowns.cli;

import org.whoowns.learn.DataDir;
import org.whoowns.learn.Learner;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The learner a command works for ({@code --learner}, else the OS user) and where learner data lives, both
 * from the command's {@link Io#env()}, so tests can give another environment.
 */
record LearnerData(DataDir data, Learner learner) {

    static LearnerData of(CommandLine line, Io io) throws UsageException {
        return of(line.option("--learner"), io);
    }

    /** The learner named, else the OS user from {@code io}'s environment. */
    static LearnerData of(Optional<String> requested, Io io) throws UsageException {
        DataDir data = data(io);
        try {
            return new LearnerData(data, Learner.resolve(requested, io.env()));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--learner: " + e.getMessage());
        }
    }

    /** Where learner data (and saved drills) live, from {@code io}'s environment. */
    static DataDir data(Io io) {
        return DataDir.from(io.env(), Path.of(System.getProperty("user.home")));
    }
}
