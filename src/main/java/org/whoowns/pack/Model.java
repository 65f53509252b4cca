package org.whoowns.pack;

import java.util.Optional;

/** A deployment model, one column of the matrix. */
public record Model(String id, String name, Optional<String> longName) {
}
