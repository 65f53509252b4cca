package org.whoowns.pack;

import java.util.List;

/**
 * Who does which part inside a shared cell: for {@code area} under each of {@code models}, the parts each
 * owner takes care of (application configuration and code security for the customer, parts of the
 * application stack for the provider).
 */
public record Split(Area area, List<Model> models, List<Part> parts, List<Source> sources) {
    public Split {
        models = List.copyOf(models);
        parts = List.copyOf(parts);
        sources = List.copyOf(sources);
    }

    /** One part of a shared cell and the owner who does it; {@code text} is a noun phrase. */
    public record Part(Owner owner, String text) {
    }
}
