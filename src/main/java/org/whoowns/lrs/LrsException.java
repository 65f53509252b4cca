package org.whoowns.lrs;

/** Sending to a learning record store failed; the message is the one line the user reads. */
public final class LrsException extends Exception {
    private static final long serialVersionUID = 1L;

    public LrsException(String message) {
        super(message);
    }
}
