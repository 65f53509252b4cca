package org.whoowns.quiz;

/** Where a front end hands each answer as soon as it is given: the learner's progress, or nowhere. */
@FunctionalInterface
public interface Recorder {
    Recorder NONE = (session, millis) -> { };

    /** The session's latest answer was given {@code millis} after its question was shown. */
    void answered(QuizSession session, long millis);
}
