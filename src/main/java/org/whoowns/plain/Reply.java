package org.whoowns.plain;

import org.whoowns.pack.TerminalText;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One typed answer line: the choices by number ("2") or by letter ("b", as the TUI's keys), several of them
 * separated by commas or spaces for select-all ("1,3", "a c"). Either the 0-based picks or the sentence
 * telling the user what to type instead; a line of only separators picks nothing and is asked again.
 */
record Reply(Set<Integer> picks, String problem) {
    /** Letters name the first eight choices, like the TUI's a-h keys. */
    static final int LETTERS = 8;

    static Reply parse(String line, int choices, boolean selectAll) {
        String range = range(choices);
        Set<Integer> picks = new LinkedHashSet<>();
        for (String part : line.strip().split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int pick = pick(part, choices);
            if (pick < 0) {
                return problem(shown(part) + " is not a choice: type " + range + ".");
            }
            if (!picks.add(pick)) {
                return problem(selectAll ? "Choice " + (pick + 1) + " is given twice: type each choice once."
                        : "This question takes one answer: type " + range + ".");
            }
        }
        if (picks.isEmpty()) {
            return problem(selectAll ? "Type one or more of " + range + ", separated by commas, e.g. 1,3." : "Type " + range + ".");
        }
        if (!selectAll && picks.size() > 1) {
            return problem("This question takes one answer: type " + range + ".");
        }
        return new Reply(picks, null);
    }

    /** "1-4 or a-d", the answer forms for {@code n} choices. */
    static String range(int n) {
        int letters = Math.min(n, LETTERS);
        return (n == 1 ? "1" : "1-" + n) + " or " + (letters == 1 ? "a" : "a-" + (char) ('a' + letters - 1));
    }

    /** 0-based choice for a number or letter within range, else -1. */
    private static int pick(String part, int choices) {
        if (part.matches("[0-9]{1,4}")) {
            int n = Integer.parseInt(part);
            return n >= 1 && n <= choices ? n - 1 : -1;
        }
        if (part.length() == 1) {
            int letter = Character.toLowerCase(part.charAt(0)) - 'a';
            return letter >= 0 && letter < Math.min(choices, LETTERS) ? letter : -1;
        }
        return -1;
    }

    /** The user's word as it may be echoed: sanitized (it may hold escape sequences) and short. */
    private static String shown(String part) {
        String clean = TerminalText.clean(part);
        return clean.isEmpty() ? "That" : "\"" + (clean.length() > 20 ? clean.substring(0, 19) + "…" : clean) + "\"";
    }

    private static Reply problem(String text) {
        return new Reply(Set.of(), text);
    }

    boolean ok() {
        return problem == null;
    }
}
