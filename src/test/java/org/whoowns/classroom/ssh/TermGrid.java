package org.whoowns.classroom.ssh;

import java.util.Arrays;

/**
 * What a student's terminal shows after the bytes the server sent: just enough of a VT100 to read Lanterna's
 * frames (cursor moves, erase, characters; colours and modes are skipped), so tests check the screen a
 * student sees rather than the delta updates that produced it.
 */
final class TermGrid {
    private static final int ROWS = 120;
    private static final int COLUMNS = 300;
    private final char[][] cells = new char[ROWS][COLUMNS];
    private int row;
    private int column;

    TermGrid() {
        clear();
    }

    static String render(String output) {
        TermGrid grid = new TermGrid();
        grid.feed(output);
        return grid.text();
    }

    private void clear() {
        for (char[] line : cells) {
            Arrays.fill(line, ' ');
        }
    }

    void feed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0x1B && i + 1 < s.length()) {
                char kind = s.charAt(i + 1);
                if (kind == '[') {
                    int end = i + 2;
                    while (end < s.length() && (s.charAt(end) < 0x40 || s.charAt(end) > 0x7E)) {
                        end++;
                    }
                    if (end < s.length()) {
                        csi(s.substring(i + 2, end), s.charAt(end));
                    }
                    i = end;
                } else if (kind == ']') {
                    int end = s.indexOf('\u0007', i);
                    i = end < 0 ? s.length() : end;
                } else {
                    i++;
                }
            } else if (c == '\r') {
                column = 0;
            } else if (c == '\n') {
                row = Math.min(ROWS - 1, row + 1);
            } else if (c >= 0x20) {
                if (row < ROWS && column < COLUMNS) {
                    cells[row][column] = c;
                }
                column++;
            }
        }
    }

    private void csi(String params, char command) {
        String[] p = params.replace("?", "").split(";");
        switch (command) {
            case 'H', 'f' -> {
                row = Math.max(0, number(p, 0, 1) - 1);
                column = Math.max(0, number(p, 1, 1) - 1);
            }
            case 'J' -> {
                if (number(p, 0, 0) == 2) {
                    clear();
                }
            }
            case 'C' -> column += number(p, 0, 1);
            default -> { } // colours, modes, cursor visibility
        }
    }

    private static int number(String[] p, int index, int fallback) {
        try {
            return index < p.length && !p[index].isEmpty() ? Integer.parseInt(p[index]) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    String text() {
        StringBuilder out = new StringBuilder();
        for (char[] line : cells) {
            out.append(new String(line).stripTrailing()).append('\n');
        }
        return out.toString().strip();
    }
}
