package org.whoowns.tui;

import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Model;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Draws rows of the responsibility matrix: an area column and one column per model. Study shows every
 * row, practice feedback the rows a question tested; both come through here. Each cell shows its owner's
 * letter (and name where the width allows) in the owner's colour; a marked cell is reversed and wrapped
 * in {@code >…<}, so it reads without colour. The layout depends on the pack and the width only, never
 * on which rows are shown, so every grid of a pack has one look.
 */
final class MatrixGrid {
    /** How much of the owner a cell spells out, richest first. */
    private enum Label { KEY_NAME, KEY }

    private static final int MAX_AREA = 32;
    private static final int MIN_AREA = 12;
    private static final int MAX_MODEL = 14;

    private final Pack pack;
    private final Palette palette;
    private final Label label;
    private final int areaWidth;
    private final int cellWidth;

    /** A grid for the pack's rows that fits in {@code width} columns. */
    MatrixGrid(Pack pack, Palette palette, int width) {
        this.pack = pack;
        this.palette = palette;
        int models = pack.models().size();
        int modelName = Math.min(MAX_MODEL, pack.models().stream().mapToInt(m -> Wrap.width(m.name())).max().orElse(1));
        int areaWant = Math.max(4, Math.min(MAX_AREA, pack.areas().stream().mapToInt(a -> Wrap.width(a.name())).max().orElse(4)));
        // The richest label with which every area name still fits whole; else letters only.
        for (Label candidate : Label.values()) {
            int cell = Math.max(labelWidth(candidate) + 2, modelName);
            if (candidate == Label.KEY || areaWant + models * (cell + 1) <= width) {
                int area = Math.max(MIN_AREA, Math.min(areaWant, width - models * (cell + 1)));
                this.label = candidate;
                this.areaWidth = area;
                this.cellWidth = Math.max(labelWidth(candidate) + 2, Math.min(cell, (width - area) / models - 1));
                return;
            }
        }
        throw new AssertionError("Label.KEY always fits");
    }

    /** True when cells show letters only, so a legend must say what they mean. */
    boolean needsLegend() {
        return label == Label.KEY;
    }

    /** The model names over their columns. */
    Line header() {
        Line line = Line.of(Wrap.pad("", areaWidth), palette.text());
        for (Model model : pack.models()) {
            line = line.plus(" ", palette.text()).plus(Wrap.center(model.name(), cellWidth), palette.bold());
        }
        return line;
    }

    /** One area's row; cells in {@code marked} are highlighted. */
    Line row(Area area, Set<Cell> marked) {
        boolean rowMarked = pack.models().stream().anyMatch(m -> marked.contains(new Cell(area, m)));
        Line line = Line.of(Wrap.pad(area.name(), areaWidth), rowMarked ? palette.bold() : palette.text());
        for (Model model : pack.models()) {
            Cell cell = new Cell(area, model);
            Owner owner = pack.owner(cell);
            int rank = pack.rank(owner);
            boolean on = marked.contains(cell);
            String text = on ? ">" + label(owner) + "<" : " " + label(owner) + " ";
            Style style = on ? palette.ownerMarked(rank, pack.owners().size()) : palette.owner(rank, pack.owners().size());
            line = line.plus(" ", palette.text()).plus(Wrap.center(text, cellWidth), style);
        }
        return line;
    }

    /** "Key: C Customer  S Shared …", each letter in its owner's style, wrapped to {@code width}. */
    List<Line> legend(int width) {
        List<Line> lines = new ArrayList<>();
        Line line = Line.of("Key:", palette.bold());
        for (Owner owner : pack.owners()) {
            String name = " " + owner.name();
            String key = " " + owner.key() + " ";
            if (line.width() + 2 + Wrap.width(key) + Wrap.width(name) > width) {
                lines.add(line);
                line = Line.EMPTY.plus("    ", palette.text());
            }
            line = line.plus("  ", palette.text())
                    .plus(key, palette.owner(pack.rank(owner), pack.owners().size()))
                    .plus(name, palette.text());
        }
        lines.add(line);
        return lines;
    }

    private String label(Owner owner) {
        return switch (label) {
            case KEY_NAME -> owner.key() + " " + owner.name();
            case KEY -> owner.key();
        };
    }

    private int labelWidth(Label candidate) {
        int name = pack.owners().stream().mapToInt(o -> Wrap.width(o.name())).max().orElse(1);
        int key = pack.owners().stream().mapToInt(o -> Wrap.width(o.key())).max().orElse(1);
        return switch (candidate) {
            case KEY_NAME -> key + 1 + name;
            case KEY -> key;
        };
    }
}
