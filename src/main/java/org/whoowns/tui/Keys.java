package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Readings of a key stroke shared by the views. */
final class Keys {
    private Keys() {
    }

    /** A plain character key (no Ctrl, no Alt) equal to {@code c}. */
    static boolean is(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown()
                && key.getCharacter() == c;
    }

    static boolean is(KeyStroke key, KeyType type) {
        return key.getKeyType() == type;
    }

    /** Esc, with Backspace as the alternative for terminals that delay a lone Esc (tmux escape-time). */
    static boolean isBack(KeyStroke key) {
        return key.getKeyType() == KeyType.Escape || key.getKeyType() == KeyType.Backspace;
    }

    static boolean isCtrlC(KeyStroke key) {
        return isCtrl(key, 'c');
    }

    /** Ctrl plus the letter {@code c} (lower case). */
    static boolean isCtrl(KeyStroke key, char c) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && !key.isAltDown()
                && Character.toLowerCase(key.getCharacter()) == c;
    }

    /** 0-based choice for '1'..'9' or 'a'..'h', or -1. */
    static int choice(KeyStroke key) {
        if (key.getKeyType() != KeyType.Character || key.isCtrlDown() || key.isAltDown()) {
            return -1;
        }
        char c = key.getCharacter();
        if (c >= '1' && c <= '9') {
            return c - '1';
        }
        if (c >= 'a' && c <= 'h') {
            return c - 'a';
        }
        return -1;
    }

    /** "1-4 or a-d", how footers name the choice keys for {@code n} choices. */
    static String choiceRange(int n) {
        String digits = n == 1 ? "1" : "1-" + Math.min(n, 9);
        int letters = Math.min(n, 8);
        return digits + " or " + (letters == 1 ? "a" : "a-" + (char) ('a' + letters - 1));
    }
}
