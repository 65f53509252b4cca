package org.whoowns.plain;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One typed answer line: "2", or "1,3" (spaces also separate) for select-all. Either the 0-based picks
 * or the sentence telling the user what to type instead.
 */
record Reply(Set<Integer> picks, String problem) {

    static Reply parse(String line, int choices, boolean selectAll) {
        String range = "a number from 1 to " + choices;
        String[] parts = line.strip().split("[,\\s]+");
        if (line.isBlank()) {
            return problem(selectAll ? "Type one or more numbers from 1 to " + choices + ", e.g. 1,3." : "Type " + range + ".");
        }
        Set<Integer> picks = new LinkedHashSet<>();
        for (String part : parts) {
            int n;
            try {
                n = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                return problem("\"" + part + "\" is not " + range + ".");
            }
            if (n < 1 || n > choices) {
                return problem(n + " is not " + range + ".");
            }
            picks.add(n - 1);
        }
        if (!selectAll && picks.size() > 1) {
            return problem("This question takes one answer: type " + range + ".");
        }
        return new Reply(picks, null);
    }

    private static Reply problem(String text) {
        return new Reply(Set.of(), text);
    }

    boolean ok() {
        return problem == null;
    }
}
