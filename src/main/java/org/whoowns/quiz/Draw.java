package org.whoowns.quiz;

import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Model;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The random choices generators make: sampling, shuffling, and picking a plausible wrong owner. All go
 * through a seeded {@link Random}, whose sequence Java specifies, so a seed gives the same quiz anywhere.
 */
final class Draw {
    /** At most this many options in a select-all question, so it fits a 24-line screen with its context. */
    static final int MAX_OPTIONS = 6;

    private Draw() {
    }

    static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    static <T> List<T> sample(List<T> items, int count, Random random) {
        return shuffled(items, random).subList(0, Math.min(count, items.size()));
    }

    /**
     * How many right and wrong options a select-all question shows when {@code right} and {@code wrong}
     * are available: at least one of each, at most {@link #MAX_OPTIONS} in all, the right count varying.
     */
    static int[] split(int right, int wrong, Random random) {
        int total = Math.min(MAX_OPTIONS, right + wrong);
        int maxRight = Math.min(right, total - 1);
        int r = 1 + random.nextInt(maxRight);
        int w = Math.min(wrong, total - r);
        r = Math.min(right, total - w);
        return new int[] {r, w};
    }

    /** The areas a select-all question offers, in offer order, and their choices (named after the areas). */
    record AreaOptions(List<Area> areas, List<Choice> choices) {
    }

    /** A sample of the right and the wrong areas (sizes from {@link #split}), each with its note and cells. */
    static AreaOptions areaOptions(List<Area> right, List<Area> wrong, Function<Area, String> note,
                                   Function<Area, List<Cell>> cells, Random random) {
        int[] split = split(right.size(), wrong.size(), random);
        List<Area> areas = new ArrayList<>();
        List<Choice> choices = new ArrayList<>();
        for (Area area : sample(right, split[0], random)) {
            areas.add(area);
            choices.add(new Choice(area.name(), true, note.apply(area), cells.apply(area)));
        }
        for (Area area : sample(wrong, split[1], random)) {
            areas.add(area);
            choices.add(new Choice(area.name(), false, note.apply(area), cells.apply(area)));
        }
        return new AreaOptions(areas, choices);
    }

    /**
     * A wrong owner for a false statement, drawn in proportion to how often each owner holds a cell. Always
     * naming a neighbour on the scale made "together" statements nearly always false in a matrix with few
     * shared cells, so the owner a statement names would have given the answer away.
     */
    static Owner wrongOwner(Pack pack, Owner actual, Random random) {
        List<Owner> others = new ArrayList<>(pack.owners());
        others.remove(actual);
        int[] weights = new int[others.size()];
        int total = 0;
        for (int i = 0; i < others.size(); i++) {
            Owner owner = others.get(i);
            weights[i] = 1 + (int) pack.matrix().values().stream().filter(owner::equals).count();
            total += weights[i];
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return others.get(i);
            }
        }
        throw new AssertionError("weights add up to total");
    }

    /**
     * The owners offered for "who is responsible for this cell": the right one and up to three others, in
     * the scale's order (customer's end first), since that order is the meaning. Each names the cell it is
     * about and says whom the matrix makes responsible.
     */
    static List<Choice> ownerChoices(Pack pack, Cell cell, Random random) {
        Owner right = pack.owner(cell);
        List<Owner> others = new ArrayList<>(pack.owners());
        others.remove(right);
        List<Owner> offered = new ArrayList<>(sample(others, 3, random));
        offered.add(right);
        offered.sort(Comparator.comparingInt(pack::rank));
        return offered.stream()
                .map(o -> new Choice(o.name(), o.equals(right), Phrases.ownerNote(pack, cell, o), List.of(cell)))
                .toList();
    }

    /** The areas whose owner differs between two models, in pack order. */
    static List<Area> differing(Pack pack, Model a, Model b) {
        return pack.areas().stream().filter(area -> !pack.owner(area, a).equals(pack.owner(area, b))).toList();
    }
}
