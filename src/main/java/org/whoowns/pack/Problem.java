package org.whoowns.pack;

/** One thing wrong with a pack, located precisely enough to fix it without searching. */
public record Problem(String file, int line, int column, String path, String message) {
    @Override
    public String toString() {
        String where = file + ":" + line + ":" + column + ": ";
        return path.isEmpty() ? where + message : where + path + ": " + message;
    }
}
