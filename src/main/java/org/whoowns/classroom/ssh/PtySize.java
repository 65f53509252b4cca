package org.whoowns.classroom.ssh;

/**
 * A student's terminal size, clamped to what a drill screen can use. A client may claim 65535×65535; a screen
 * buffer of that size is gigabytes, and its allocation once starved every other student (ssh-classroom.md §3).
 */
public record PtySize(int columns, int rows) {
    public static final int MAX_COLUMNS = 300;
    public static final int MAX_ROWS = 120;
    static final PtySize FALLBACK = new PtySize(80, 24);

    public PtySize {
        columns = Math.max(1, Math.min(MAX_COLUMNS, columns));
        rows = Math.max(1, Math.min(MAX_ROWS, rows));
    }

    /** From the COLUMNS and LINES a client sent with its PTY request; 80×24 when either is missing or bad. */
    static PtySize of(String columns, String lines) {
        int c = count(columns);
        int r = count(lines);
        return c > 0 && r > 0 ? new PtySize(c, r) : FALLBACK;
    }

    /** A positive decimal count, capped (any run of digits, however long, is a count); 0 when not one. */
    private static int count(String text) {
        String digits = text == null ? "" : text.strip();
        if (digits.isEmpty() || digits.length() > 12 && digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return digits.isEmpty() ? 0 : Integer.MAX_VALUE;
        }
        try {
            return (int) Math.max(0, Math.min(Integer.MAX_VALUE, Long.parseLong(digits)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
