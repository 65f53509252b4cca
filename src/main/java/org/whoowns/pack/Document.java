package org.whoowns.pack;

import java.util.List;

/** A source document the pack's explanations cite, with the section headings that may be cited. */
public record Document(String id, String title, String edition, List<String> sections) {
    public Document {
        sections = List.copyOf(sections);
    }

    /** "Title (edition)", the way a citation names the document. */
    public String citation() {
        return title + " (" + edition + ")";
    }
}
