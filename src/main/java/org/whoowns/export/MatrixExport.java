package org.whoowns.export;

import org.whoowns.pack.Area;
import org.whoowns.pack.Model;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;
import org.whoowns.pack.TerminalText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The responsibility matrix as CSV (header Area,&lt;model names&gt;) or as an aligned text table. */
public final class MatrixExport {
    /** The text table fits a standard terminal. */
    static final int WIDTH = 80;
    private static final String GAP = "  ";

    private MatrixExport() {
    }

    public static String csv(Pack pack) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("Area"));
        pack.models().forEach(m -> header.add(m.name()));
        out.append(Csv.record(header));
        for (Area area : pack.areas()) {
            List<String> row = new ArrayList<>(List.of(area.name()));
            pack.models().forEach(m -> row.add(pack.owner(area, m).name()));
            out.append(Csv.record(row));
        }
        return out.toString();
    }

    /**
     * Columns padded by display width (a CJK name takes two columns a character). Cells read "M Microsoft";
     * where that is wider than 80 columns, only the owner's key ("M"), with the key below the table; area
     * names are shortened with "…" only if even that does not fit.
     */
    public static String text(Pack pack) {
        List<String> table = table(pack, o -> o.key() + " " + o.name());
        if (widest(table) > WIDTH) {
            table = table(pack, Owner::key);
        }
        StringBuilder out = new StringBuilder(TerminalText.clean(pack.title())).append('\n').append('\n');
        table.forEach(line -> out.append(line).append('\n'));
        out.append('\n');
        StringBuilder key = new StringBuilder();
        for (Owner owner : pack.owners()) {
            String entry = TerminalText.clean("[" + owner.key() + "] " + owner.name());
            if (key.length() > 0 && TerminalText.width(key + "   " + entry) > WIDTH) {
                out.append(key).append('\n');
                key.setLength(0);
            }
            key.append(key.length() > 0 ? "   " : "").append(entry);
        }
        return out.append(key).append('\n').toString();
    }

    private static List<String> table(Pack pack, Function<Owner, String> cell) {
        List<Model> models = pack.models();
        List<Integer> widths = new ArrayList<>();
        int modelsWidth = 0;
        for (Model model : models) {
            int width = TerminalText.width(TerminalText.clean(model.name()));
            for (Area area : pack.areas()) {
                width = Math.max(width, TerminalText.width(TerminalText.clean(cell.apply(pack.owner(area, model)))));
            }
            widths.add(width);
            modelsWidth += GAP.length() + width;
        }
        int areaWidth = TerminalText.width("Area");
        for (Area area : pack.areas()) {
            areaWidth = Math.max(areaWidth, TerminalText.width(TerminalText.clean(area.name())));
        }
        areaWidth = Math.max(Math.min(areaWidth, WIDTH - modelsWidth), "Area".length());
        List<String> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Area"));
        models.forEach(m -> header.add(m.name()));
        lines.add(row(header, areaWidth, widths));
        for (Area area : pack.areas()) {
            List<String> row = new ArrayList<>(List.of(area.name()));
            models.forEach(m -> row.add(cell.apply(pack.owner(area, m))));
            lines.add(row(row, areaWidth, widths));
        }
        return lines;
    }

    private static String row(List<String> fields, int areaWidth, List<Integer> widths) {
        StringBuilder line = new StringBuilder(pad(shorten(TerminalText.clean(fields.get(0)), areaWidth), areaWidth));
        for (int i = 1; i < fields.size(); i++) {
            line.append(GAP).append(pad(TerminalText.clean(fields.get(i)), widths.get(i - 1)));
        }
        return line.toString().stripTrailing();
    }

    private static int widest(List<String> lines) {
        return lines.stream().mapToInt(TerminalText::width).max().orElse(0);
    }

    /** {@code text} cut to {@code width} columns, ending in "…" where it was cut. */
    private static String shorten(String text, int width) {
        if (TerminalText.width(text) <= width) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (used + TerminalText.columns(cp) > width - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += TerminalText.columns(cp);
            i += Character.charCount(cp);
        }
        return out.append('…').toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - TerminalText.width(text)));
    }
}
