package org.whoowns.classroom.ssh;

/**
 * Runs one student's session on that session's own thread (which may also start a draw thread of its own).
 * It returns when the student leaves or the link closes; the server then ends the channel. One student stuck
 * on a slow network blocks only their own thread (ssh-classroom.md §3).
 */
@FunctionalInterface
public interface SessionHandler {
    void serve(StudentLink link) throws Exception;
}
