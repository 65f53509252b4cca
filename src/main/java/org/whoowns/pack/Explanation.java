package org.whoowns.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Why an answer is what it is, in the pack's words, with the common mix-up (if any) and its sources. */
public record Explanation(String text, Optional<String> pitfall, List<Source> sources) {
    public Explanation {
        sources = List.copyOf(sources);
    }

    /**
     * The sources compactly, one line per document with its sections:
     * {@code Shared responsibility in the cloud (2026-01-06): Responsibility matrix; Microsoft responsibilities}.
     */
    public List<String> sourceLines() {
        Map<Document, List<String>> byDocument = new LinkedHashMap<>();
        for (Source source : sources) {
            List<String> sections = byDocument.computeIfAbsent(source.document(), d -> new ArrayList<>());
            if (!sections.contains(source.section())) {
                sections.add(source.section());
            }
        }
        List<String> lines = new ArrayList<>();
        byDocument.forEach((document, sections) -> lines.add(document.citation() + ": " + String.join("; ", sections)));
        return lines;
    }
}
