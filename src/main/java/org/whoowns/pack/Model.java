package org.whoowns.pack;

import java.util.Optional;

/**
 * A deployment model, one column of the matrix. {@code where} is how a sentence places a cell in it
 * ("under IaaS", "in an on-premises datacenter"), so no prompt says "under On-premises"; {@code cloud} is
 * false for a reference column such as on-premises, which exam-style comparisons of cloud models leave out.
 */
public record Model(String id, String name, Optional<String> longName, String where, boolean cloud) {
    /** A cloud model read "under NAME". */
    public Model(String id, String name, Optional<String> longName) {
        this(id, name, longName, "under " + name, true);
    }
}
