package org.whoowns.pack;

/**
 * One thing wrong with a pack, located precisely enough to fix it without searching. A problem with the file
 * as a whole (missing, unreadable, too large) has line and column 0 and prints as "file: message".
 */
public record Problem(String file, int line, int column, String path, String message) {
    public Problem {
        // Paths and messages quote the pack's own keys and values, which may hold line breaks or escapes.
        file = visible(file);
        path = visible(path);
        message = visible(message);
    }

    /** A problem with the whole file rather than a place in it. */
    static Problem ofFile(String file, String message) {
        return new Problem(file, 0, 0, "", message);
    }

    @Override
    public String toString() {
        String where = line == 0 ? file + ": " : file + ":" + line + ":" + column + ": ";
        return path.isEmpty() ? where + message : where + path + ": " + message;
    }

    /** Control, invisible formatting and line-separator characters spelled out as a backslash, "u" and hex digits. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
