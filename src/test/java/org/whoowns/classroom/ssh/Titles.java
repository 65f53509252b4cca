package org.whoowns.classroom.ssh;

import java.nio.charset.StandardCharsets;

/**
 * The window titles (ESC ] n ; title BEL) a student's screen sets, read byte by byte from what the server
 * sends: what the load and soak clients go by, as the screens name what they show in their title.
 */
final class Titles {
    private final StringBuilder title = new StringBuilder();
    private int state; // 0 text, 1 after ESC, 2 after ESC ], 3 in the title

    /** Whether the next byte is plain text, outside any escape sequence. */
    boolean inText() {
        return state == 0;
    }

    /** Takes one byte; returns the title it completes (UTF-8, without its "n;" prefix), else null. */
    String feed(int b) {
        switch (state) {
            case 0 -> state = b == 0x1B ? 1 : 0;
            case 1 -> state = b == ']' ? 2 : b == 0x1B ? 1 : 0;
            case 2 -> {
                state = 3;
                title.setLength(0);
            }
            default -> {
                if (b != 0x07) {
                    title.append((char) b);
                    return null;
                }
                state = 0;
                return new String(title.substring(title.indexOf(";") + 1).getBytes(StandardCharsets.ISO_8859_1),
                        StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
