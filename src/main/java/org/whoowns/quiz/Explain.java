package org.whoowns.quiz;

import org.whoowns.pack.Cell;
import org.whoowns.pack.Explanation;
import org.whoowns.pack.Pack;
import org.whoowns.pack.Source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Explanations for questions about several cells: a lead sentence computed from the matrix, followed by
 * the pack's own explanations of the cells when there are few enough to read, their pitfalls and sources.
 */
final class Explain {
    // One screen of 80x24 holds a lead, one cell's text and one pitfall; more would need scrolling.
    private static final int MAX_TEXTS = 1;
    private static final int MAX_PITFALLS = 1;
    private static final int MAX_SOURCES = 4;

    private Explain() {
    }

    static Explanation cells(Pack pack, String lead, Collection<Cell> cells) {
        Set<Explanation> distinct = new LinkedHashSet<>();
        cells.forEach(c -> distinct.add(pack.explanation(c)));
        StringBuilder text = new StringBuilder(lead);
        if (distinct.size() <= MAX_TEXTS) {
            distinct.forEach(e -> text.append(' ').append(e.text()));
        }
        List<String> pitfalls = distinct.stream().flatMap(e -> e.pitfall().stream()).distinct().limit(MAX_PITFALLS).toList();
        Set<Source> sources = new LinkedHashSet<>();
        distinct.forEach(e -> sources.addAll(e.sources()));
        return new Explanation(text.toString(),
                pitfalls.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", pitfalls)),
                new ArrayList<>(sources).subList(0, Math.min(MAX_SOURCES, sources.size())));
    }
}
