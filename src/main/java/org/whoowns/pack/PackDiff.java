package org.whoowns.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What changed between two editions of a pack, matched by ids: cells whose owner changed, areas and models
 * added or removed, and cells (present in both) whose explanation text, pitfall or sources changed.
 */
public record PackDiff(List<OwnerChange> owners, List<String> areasAdded, List<String> areasRemoved,
                       List<String> modelsAdded, List<String> modelsRemoved, List<String> explanationsChanged,
                       List<String> sourcesChanged) {
    public PackDiff {
        owners = List.copyOf(owners);
        areasAdded = List.copyOf(areasAdded);
        areasRemoved = List.copyOf(areasRemoved);
        modelsAdded = List.copyOf(modelsAdded);
        modelsRemoved = List.copyOf(modelsRemoved);
        explanationsChanged = List.copyOf(explanationsChanged);
        sourcesChanged = List.copyOf(sourcesChanged);
    }

    /** A cell in both editions whose owner differs; names as the new edition writes them. */
    public record OwnerChange(String cell, String area, String model, String before, String after) {
    }

    public static PackDiff between(Pack old, Pack now) {
        List<OwnerChange> owners = new ArrayList<>();
        List<String> explanations = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Cell cell : now.cells()) {
            Optional<Cell> before = find(old, cell);
            if (before.isEmpty()) {
                continue;
            }
            Owner was = old.owner(before.get());
            Owner is = now.owner(cell);
            if (!was.id().equals(is.id())) {
                owners.add(new OwnerChange(cell.id(), cell.area().name(), cell.model().name(), was.name(), is.name()));
            }
            Explanation a = old.explanation(before.get());
            Explanation b = now.explanation(cell);
            if (!a.text().equals(b.text()) || !a.pitfall().equals(b.pitfall())) {
                explanations.add(cell.id());
            }
            if (!cited(a).equals(cited(b))) {
                sources.add(cell.id());
            }
        }
        return new PackDiff(owners, missing(now.areas(), old.areas(), Area::id), missing(old.areas(), now.areas(), Area::id),
                missing(now.models(), old.models(), Model::id), missing(old.models(), now.models(), Model::id),
                explanations, sources);
    }

    public boolean isEmpty() {
        return owners.isEmpty() && areasAdded.isEmpty() && areasRemoved.isEmpty() && modelsAdded.isEmpty()
                && modelsRemoved.isEmpty() && explanationsChanged.isEmpty() && sourcesChanged.isEmpty();
    }

    private static Optional<Cell> find(Pack pack, Cell cell) {
        Optional<Area> area = pack.areas().stream().filter(a -> a.id().equals(cell.area().id())).findFirst();
        Optional<Model> model = pack.models().stream().filter(m -> m.id().equals(cell.model().id())).findFirst();
        return area.isPresent() && model.isPresent() ? Optional.of(new Cell(area.get(), model.get())) : Optional.empty();
    }

    /** A citation as text: document id, edition and section, so a new edition of a document is a change. */
    private static List<String> cited(Explanation e) {
        return e.sources().stream().map(s -> s.document().id() + "|" + s.document().edition() + "|" + s.section()).toList();
    }

    /** Ids of {@code in} not in {@code notIn}, in {@code in}'s order. */
    private static <T> List<String> missing(List<T> in, List<T> notIn, Function<T, String> id) {
        List<String> ids = notIn.stream().map(id).toList();
        return in.stream().map(id).filter(i -> !ids.contains(i)).filter(Objects::nonNull).toList();
    }
}
