package org.whoowns.pack;

import java.util.List;

/**
 * Something the documents teach beyond the matrix (the responsibilities always retained, the provider's
 * own list, AI, the cloud's security advantages, standards), as Study shows it: a title, a few points in
 * the pack's words, and the sources. Fact questions name the topic that teaches their answer.
 */
public record Topic(String id, String title, List<String> points, List<Source> sources) {
    public Topic {
        points = List.copyOf(points);
        sources = List.copyOf(sources);
    }
}
