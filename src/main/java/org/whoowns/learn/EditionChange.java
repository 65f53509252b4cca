package org.whoowns.learn;

/** A studied cell whose owner a new pack edition changed; its memory was reset. */
public record EditionChange(String item, String label, String was, String now) {
    /** "Client devices under SaaS: now Shared, was Customer". */
    public String text() {
        return label + ": now " + now + ", was " + was;
    }
}
