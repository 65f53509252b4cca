package org.whoowns.quiz;

import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Owner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A matrix-fill: the blanked cells (a row, a column or the whole grid, in pack order), the owners whose
 * keys the learner types, the owner each cell really has (an index into {@code owners}) and, per cell, the
 * line that explains it when it is filled wrong. Graded per cell: each right cell earns its share.
 */
public record Fill(Shape shape, List<Cell> cells, List<Owner> owners, List<Integer> answer, List<String> notes) {

    /** What was blanked; the id is what exports use. */
    public enum Shape {
        ROW("row"), COLUMN("column"), GRID("grid");

        private final String id;

        Shape(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public Fill {
        cells = List.copyOf(cells);
        owners = List.copyOf(owners);
        answer = List.copyOf(answer);
        notes = List.copyOf(notes);
        if (cells.isEmpty() || answer.size() != cells.size() || notes.size() != cells.size()) {
            throw new IllegalArgumentException("a fill needs an answer and a note for each of its cells");
        }
    }

    /** The blanked cells row by row (one list per area, in pack order): what plain mode reads a line for. */
    public List<List<Cell>> rows() {
        Map<Area, List<Cell>> rows = new LinkedHashMap<>();
        cells.forEach(c -> rows.computeIfAbsent(c.area(), a -> new ArrayList<>()).add(c));
        return List.copyOf(rows.values());
    }

    /** The owner typed as {@code key} (case ignored), as an index into {@link #owners}. */
    public Optional<Integer> owner(String key) {
        for (int i = 0; i < owners.size(); i++) {
            if (owners.get(i).key().equalsIgnoreCase(key.strip())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * One line of keys for {@code width} cells, e.g. "CCSM" or "C C S M" (spaces and commas separate keys;
     * without them each character is a key): the owner indexes, or why the line cannot be read.
     */
    public Parsed parse(String line, int width) {
        String trimmed = line.strip();
        List<String> keys = new ArrayList<>();
        if (trimmed.matches(".*[\\s,].*")) {
            for (String key : trimmed.split("[\\s,]+")) {
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            }
        } else {
            trimmed.codePoints().forEach(c -> keys.add(new String(Character.toChars(c))));
        }
        if (keys.size() != width) {
            return Parsed.problem("Type " + width + (width == 1 ? " key" : " keys") + " (" + keyList() + "), e.g. "
                    + example(width) + "; got " + keys.size());
        }
        List<Integer> typed = new ArrayList<>();
        for (String key : keys) {
            Optional<Integer> owner = owner(key);
            if (owner.isEmpty()) {
                return Parsed.problem("\"" + key + "\" is not an owner's key: use " + keyList());
            }
            typed.add(owner.get());
        }
        return new Parsed(typed, "");
    }

    /** A line of keys read, or the one-line problem with it. */
    public record Parsed(List<Integer> owners, String problem) {
        public Parsed {
            owners = List.copyOf(owners);
        }

        static Parsed problem(String problem) {
            return new Parsed(List.of(), problem);
        }

        public boolean ok() {
            return problem.isEmpty();
        }
    }

    /** "C Customer, S Shared, M Microsoft". */
    public String keyList() {
        List<String> keys = new ArrayList<>();
        owners.forEach(o -> keys.add(o.key().toUpperCase(Locale.ROOT) + " " + o.name()));
        return String.join(", ", keys);
    }

    /** A line of {@code width} keys to show as an example, "CSMC". */
    public String example(int width) {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < width; i++) {
            keys.append(owners.get(i % owners.size()).key().toUpperCase(Locale.ROOT));
        }
        return keys.toString();
    }

    /** Whether each cell was filled right, in cell order. */
    public List<Boolean> marks(List<Integer> typed) {
        if (typed.size() != cells.size()) {
            throw new IllegalArgumentException("fill " + cells.size() + " cells, not " + typed.size());
        }
        List<Boolean> marks = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            if (typed.get(i) < 0 || typed.get(i) >= owners.size()) {
                throw new IllegalArgumentException("no owner " + typed.get(i) + " for cell " + cells.get(i).id());
            }
            marks.add(answer.get(i).equals(typed.get(i)));
        }
        return marks;
    }

    /** The share of cells filled right. */
    public double score(List<Integer> typed) {
        return marks(typed).stream().filter(b -> b).count() / (double) cells.size();
    }
}
