package org.whoowns.tui;

/**
 * Where a {@link Canvas} puts its cells: Lanterna's back buffer, or the grid of the {@link FirstFrame}
 * written before Lanterna starts. One drawing code for both keeps the two frames identical.
 */
interface Surface {
    void put(int column, int row, char c, Style style);
}
