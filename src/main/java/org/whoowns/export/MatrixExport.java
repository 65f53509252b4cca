package org.whoowns.export;

import org.whoowns.pack.Area;
import org.whoowns.pack.Model;
import org.whoowns.pack.Pack;
import org.whoowns.pack.TerminalText;

import java.util.ArrayList;
import java.util.List;

/** The responsibility matrix as CSV (header Area,&lt;model names&gt;) or as an aligned text table. */
public final class MatrixExport {
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

    /** Columns padded to their widest entry, owner keys in brackets so the table reads at a glance. */
    public static String text(Pack pack) {
        int areaWidth = "Area".length();
        for (Area area : pack.areas()) {
            areaWidth = Math.max(areaWidth, area.name().length());
        }
        List<Integer> widths = new ArrayList<>();
        for (Model model : pack.models()) {
            int width = model.name().length();
            for (Area area : pack.areas()) {
                width = Math.max(width, cell(pack, area, model).length());
            }
            widths.add(width);
        }
        StringBuilder out = new StringBuilder(TerminalText.clean(pack.title())).append('\n').append('\n');
        StringBuilder header = new StringBuilder(pad("Area", areaWidth));
        for (int i = 0; i < widths.size(); i++) {
            header.append("  ").append(pad(pack.models().get(i).name(), widths.get(i)));
        }
        out.append(TerminalText.clean(header.toString().stripTrailing())).append('\n');
        for (Area area : pack.areas()) {
            StringBuilder line = new StringBuilder(pad(area.name(), areaWidth));
            for (int i = 0; i < widths.size(); i++) {
                line.append("  ").append(pad(cell(pack, area, pack.models().get(i)), widths.get(i)));
            }
            out.append(TerminalText.clean(line.toString().stripTrailing())).append('\n');
        }
        out.append('\n');
        pack.owners().forEach(o -> out.append(TerminalText.clean("[" + o.key() + "] " + o.name())).append("   "));
        return out.toString().stripTrailing() + "\n";
    }

    private static String cell(Pack pack, Area area, Model model) {
        var owner = pack.owner(area, model);
        return "[" + owner.key() + "] " + owner.name();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
