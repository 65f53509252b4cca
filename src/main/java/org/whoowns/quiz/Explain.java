package org.whoowns.quiz;

import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Explanation;
import org.whoowns.pack.Pack;
import org.whoowns.pack.Source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Explanations built from the pack's: a lead sentence computed from the matrix, followed by the pack's own
 * explanations of the cells when there are few enough to read, their pitfalls and sources. A pack
 * explanation may cover several rows, so its pitfall is kept only where it names an area the question tests.
 */
final class Explain {
    // One screen of 80x24 holds a lead, one cell's text and one pitfall; more would need scrolling.
    private static final int MAX_TEXTS = 1;
    private static final int MAX_PITFALLS = 1;
    private static final int MAX_SOURCES = 4;

    private Explain() {
    }

    static Explanation cells(Pack pack, String lead, Collection<Cell> cells) {
        return build(pack, lead, cells, List.of());
    }

    /** One cell's own explanation, its pitfall kept only where it concerns that cell's area. */
    static Explanation cell(Pack pack, Cell cell) {
        Explanation own = pack.explanation(cell);
        return new Explanation(own.text(), own.pitfall().filter(p -> concerns(p, List.of(cell))), own.sources());
    }

    /** {@link #cells} with extra sources (a task's, a split's) cited first. */
    static Explanation cells(Pack pack, String lead, Collection<Cell> cells, List<Source> first) {
        return build(pack, lead, cells, first);
    }

    private static Explanation build(Pack pack, String lead, Collection<Cell> cells, List<Source> first) {
        Set<Explanation> distinct = new LinkedHashSet<>();
        cells.forEach(c -> distinct.add(pack.explanation(c)));
        StringBuilder text = new StringBuilder(lead);
        if (distinct.size() <= MAX_TEXTS) {
            distinct.forEach(e -> text.append(text.isEmpty() ? "" : " ").append(e.text()));
        }
        List<String> pitfalls = distinct.stream().flatMap(e -> e.pitfall().stream())
                .filter(p -> concerns(p, cells)).distinct().limit(MAX_PITFALLS).toList();
        Set<Source> sources = new LinkedHashSet<>(first);
        distinct.forEach(e -> sources.addAll(e.sources()));
        return new Explanation(text.toString(),
                pitfalls.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", pitfalls)),
                new ArrayList<>(sources).subList(0, Math.min(MAX_SOURCES, sources.size())));
    }

    /** Whether a pitfall names one of the areas of {@code cells} (by name or by sentence phrase). */
    static boolean concerns(String pitfall, Collection<Cell> cells) {
        String text = pitfall.toLowerCase(Locale.ROOT);
        for (Cell cell : cells) {
            Area area = cell.area();
            if (text.contains(area.name().toLowerCase(Locale.ROOT)) || text.contains(area.phrase().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
