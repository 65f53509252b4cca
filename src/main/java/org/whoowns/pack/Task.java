package org.whoowns.pack;

import java.util.List;

/**
 * A concrete task the documents name, belonging to one area ("removes a leaver's access" in identities
 * and users). {@code text} completes "who …?", so it is a verb phrase in the third person. It is asked in
 * {@code models} (all models when the pack lists none), and its answer is the owner of its area's cell there.
 */
public record Task(String id, Area area, String text, List<Model> models, List<Source> sources) {
    public Task {
        models = List.copyOf(models);
        sources = List.copyOf(sources);
    }
}
