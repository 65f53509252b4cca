package org.whoowns.pack;

/**
 * Who can hold a cell. {@code key} is the letter typed in the grid; {@code holder} names the owner
 * inside a sentence ("the customer", "the customer and Microsoft together").
 */
public record Owner(String id, String name, String key, String holder) {
}
