package org.whoowns.pack;

/** An area of the stack, one row of the matrix; {@code phrase} is how a sentence names it. */
public record Area(String id, String name, String phrase) {
}
