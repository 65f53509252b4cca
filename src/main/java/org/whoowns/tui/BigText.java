package org.whoowns.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A drill code drawn five rows high in block characters, for the instructor to copy onto the board or for a
 * room to read off a projector. Covers exactly the characters drill codes use; anything else is drawn as it
 * is on the middle row.
 */
final class BigText {
    static final int ROWS = 5;
    private static final Map<Character, String> GLYPHS = Map.ofEntries(
            Map.entry('2', "#### |    #| ### |#    |#####"), Map.entry('3', "#### |    #| ### |    #|#### "),
            Map.entry('4', "#   #|#   #|#####|    #|    #"), Map.entry('5', "#####|#    |#### |    #|#### "),
            Map.entry('6', " ### |#    |#### |#   #| ### "), Map.entry('7', "#####|   # |  #  | #   | #   "),
            Map.entry('8', " ### |#   #| ### |#   #| ### "), Map.entry('9', " ### |#   #| ####|    #| ### "),
            Map.entry('A', " ### |#   #|#####|#   #|#   #"), Map.entry('B', "#### |#   #|#### |#   #|#### "),
            Map.entry('C', " ####|#    |#    |#    | ####"), Map.entry('D', "#### |#   #|#   #|#   #|#### "),
            Map.entry('E', "#####|#    |#### |#    |#####"), Map.entry('F', "#####|#    |#### |#    |#    "),
            Map.entry('G', " ####|#    |#  ##|#   #| ####"), Map.entry('H', "#   #|#   #|#####|#   #|#   #"),
            Map.entry('J', "  ###|    #|    #|#   #| ### "), Map.entry('K', "#   #|#  # |###  |#  # |#   #"),
            Map.entry('M', "#   #|## ##|# # #|#   #|#   #"), Map.entry('N', "#   #|##  #|# # #|#  ##|#   #"),
            Map.entry('P', "#### |#   #|#### |#    |#    "), Map.entry('Q', " ### |#   #|# # #|#  # | ## #"),
            Map.entry('R', "#### |#   #|#### |#  # |#   #"), Map.entry('S', " ####|#    | ### |    #|#### "),
            Map.entry('T', "#####|  #  |  #  |  #  |  #  "), Map.entry('W', "#   #|#   #|# # #|## ##|#   #"),
            Map.entry('X', "#   #| # # |  #  | # # |#   #"), Map.entry('Y', "#   #| # # |  #  |  #  |  #  "),
            Map.entry('Z', "#####|   # |  #  | #   |#####"));

    private BigText() {
    }

    /** Five rows of the text in blocks, glyphs two columns apart; {@link #width} columns wide. */
    static List<String> rows(String text) {
        List<StringBuilder> rows = new ArrayList<>();
        for (int r = 0; r < ROWS; r++) {
            rows.add(new StringBuilder());
        }
        for (char c : text.toCharArray()) {
            String glyph = GLYPHS.get(c);
            String[] lines = glyph == null ? new String[]{"     ", "     ", "  " + c + "  ", "     ", "     "}
                    : glyph.split("\\|");
            for (int r = 0; r < ROWS; r++) {
                if (!rows.get(r).isEmpty()) {
                    rows.get(r).append("  ");
                }
                rows.get(r).append(lines[r].replace('#', '█'));
            }
        }
        return rows.stream().map(StringBuilder::toString).toList();
    }

    static int width(String text) {
        return text.isEmpty() ? 0 : text.length() * 7 - 2;
    }
}
