package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackCatalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The packs to choose from, two lines each: the title, then id, version and where it came from; a pack that
 * failed to load shows its error in place of the title line's details and cannot be chosen.
 */
final class PackChooser implements View {
    private final Nav nav;
    private final List<PackCatalog.Entry> entries;
    private final Pack current;
    private int cursor;
    private String notice = "";

    /** {@code entries} as the catalog listed them; the cursor starts on {@code current}, the pack in use. */
    PackChooser(Nav nav, List<PackCatalog.Entry> entries, Pack current) {
        this.nav = nav;
        this.entries = List.copyOf(entries);
        this.current = current;
        for (int i = 0; i < this.entries.size(); i++) {
            if (isCurrent(this.entries.get(i))) {
                cursor = i;
            }
        }
    }

    @Override
    public void draw(Canvas canvas) {
        Palette p = canvas.palette();
        canvas.header("whoowns", "Choose a pack");
        int width = Math.min(canvas.bodyWidth(), 76);
        int shown = Math.max(1, (canvas.height() - 4) / 2);
        int first = Math.max(0, Math.min(cursor - shown / 2, entries.size() - shown));
        List<Line> lines = new ArrayList<>();
        lines.add(Line.EMPTY);
        for (int i = first; i < Math.min(entries.size(), first + shown); i++) {
            PackCatalog.Entry entry = entries.get(i);
            Style style = i == cursor ? p.selected() : p.text();
            String mark = i == cursor ? " > " : "   ";
            if (entry instanceof PackCatalog.Usable usable) {
                Pack pack = usable.pack();
                lines.add(Line.of(Wrap.pad(mark + pack.title() + (isCurrent(entry) ? "  (in use)" : ""), width), style));
                lines.add(Line.of("     " + pack.id() + " " + pack.version() + " · " + entry.source(), p.text()));
            } else if (entry instanceof PackCatalog.Broken broken) {
                lines.add(Line.of(Wrap.pad(mark + entry.source() + "  (cannot be chosen)", width), style));
                lines.add(Line.of("     " + broken.error(), p.wrong()));
            }
        }
        canvas.lines(1, lines);
        String more = (first > 0 ? "↑" : "") + (first + shown < entries.size() ? "↓" : "");
        canvas.rule(canvas.height() - 2, notice, more.isEmpty() ? "" : "more " + more);
        canvas.footer("↑↓ + Enter: use this pack   Esc: menu   ?: keys   q: quit");
    }

    @Override
    public void handle(KeyStroke key) {
        notice = "";
        if (Keys.isBack(key)) {
            nav.menu();
        } else if (Keys.is(key, KeyType.ArrowUp) || Keys.is(key, 'k')) {
            cursor = Math.max(0, cursor - 1);
        } else if (Keys.is(key, KeyType.ArrowDown) || Keys.is(key, 'j') || Keys.is(key, KeyType.Tab)) {
            cursor = Math.min(entries.size() - 1, cursor + 1);
        } else if (Keys.is(key, KeyType.Enter)) {
            PackCatalog.Entry entry = entries.get(cursor);
            if (entry instanceof PackCatalog.Usable usable) {
                nav.use(usable.pack());
            } else {
                notice = "This file cannot be chosen: whoowns validate FILE lists its problems.";
            }
        }
    }

    @Override
    public List<String> help() {
        return List.of("↑↓ or j k  move", "Enter      use the pack under the cursor", "Esc or ⌫   back to the menu");
    }

    private boolean isCurrent(PackCatalog.Entry entry) {
        return entry instanceof PackCatalog.Usable usable && usable.pack().equals(current);
    }
}
