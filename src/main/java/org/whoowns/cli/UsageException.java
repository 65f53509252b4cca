package org.whoowns.cli;

/** A command line or input that cannot be used; the message is the one line shown after "whoowns: ". */
public final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
