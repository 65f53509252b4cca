package org.whoowns.pack;

import java.util.List;
import java.util.Optional;

/** Why an answer is what it is, in the pack's words, with the common mix-up (if any) and its sources. */
public record Explanation(String text, Optional<String> pitfall, List<Source> sources) {
    public Explanation {
        sources = List.copyOf(sources);
    }
}
