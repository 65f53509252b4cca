package org.whoowns.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The main menu. It needs no pack to draw, so it is on screen while the pack still loads. Each item's
 * first letter is its key, drawn bold and underlined (it reads without colour).
 */
final class MenuView implements View {
    /** One entry: its name (whose first letter is its key), what it does, and how it opens. */
    private record Item(String name, String about, Opener opener) {
        char key() {
            return Character.toLowerCase(name.charAt(0));
        }
    }

    private interface Opener {
        void open(Nav nav) throws PackException, IOException;
    }

    private static final Item[] ITEMS = {
            new Item("Study", "the matrix cell by cell, and the documents' facts", Nav::study),
            new Item("Practice", "questions, each explained with its source", Nav::practice),
            new Item("Exam", "a pass mark, no feedback until the end, a certificate", Nav::exam),
            new Item("Drill", "timed, with points; players take turns", Nav::drill),
            new Item("Quit", "", Nav::quit)};

    private final Nav nav;
    private final Supplier<Optional<Pack>> loaded;
    private final int count;
    private int cursor;
    private String notice = "";

    /** {@code loaded} gives the pack once it has loaded, without waiting; {@code count} questions per run. */
    MenuView(Nav nav, Supplier<Optional<Pack>> loaded, int count) {
        this.nav = nav;
        this.loaded = loaded;
        this.count = count;
    }

    void notice(String text) {
        notice = text;
    }

    @Override
    public void draw(Canvas canvas) {
        draw(canvas, loaded.get(), cursor, notice, count);
    }

    /** The menu as it first appears, before the pack has loaded: what {@link FirstFrame} writes. */
    static void drawFirst(Canvas canvas, int count) {
        draw(canvas, Optional.empty(), 0, "", count);
    }

    private static void draw(Canvas canvas, Optional<Pack> pack, int cursor, String notice, int count) {
        Palette p = canvas.palette();
        canvas.header("whoowns", pack.map(Pack::title).orElse("loading the pack…"));
        int width = canvas.bodyWidth();
        List<Line> lines = new ArrayList<>();
        lines.add(Line.EMPTY);
        lines.add(Line.of(" Who owns it? Practise the cloud shared responsibility model.", p.bold()));
        lines.add(Line.EMPTY);
        for (int i = 0; i < ITEMS.length; i++) {
            String about = i == 1 ? count + " " + ITEMS[i].about() : ITEMS[i].about();
            Style style = i == cursor ? p.selected() : p.text();
            String name = ITEMS[i].name();
            String rest = Wrap.pad(name.substring(1), 9) + about;
            String prefix = (i == cursor ? " > " : "   ") + (i + 1) + "  ";
            lines.add(Line.of(prefix, style).plus(name.substring(0, 1), style.with(SGR.BOLD).with(SGR.UNDERLINE))
                    .plus(Wrap.pad(rest, Math.min(width, 70) - Wrap.width(prefix) - 1), style));
        }
        pack.flatMap(Pack::description).ifPresent(d -> {
            lines.add(Line.EMPTY);
            lines.addAll(Wrap.hanging(" ", p.text(), d, p.text(), Math.min(width, 76)));
        });
        canvas.lines(1, lines.subList(0, Math.min(lines.size(), canvas.height() - 3)));
        canvas.rule(canvas.height() - 2, notice, "");
        canvas.footer("↑↓ + Enter, or 1-" + ITEMS.length + " / " + keys() + "    ?: keys   q: quit");
    }

    @Override
    public List<String> help() {
        List<String> help = new ArrayList<>(List.of("↑↓ or j k  move            Enter  open"));
        for (int i = 0; i < ITEMS.length; i++) {
            help.add((i + 1) + " or " + ITEMS[i].key() + "     " + ITEMS[i].name());
        }
        return help;
    }

    /** "s p e d q": every item's key letter. */
    private static String keys() {
        StringBuilder keys = new StringBuilder();
        for (Item item : ITEMS) {
            keys.append(keys.length() == 0 ? "" : " ").append(item.key());
        }
        return keys.toString();
    }

    @Override
    public void handle(KeyStroke key) throws PackException, IOException {
        notice = "";
        if (Keys.is(key, KeyType.ArrowUp) || Keys.is(key, 'k')) {
            cursor = (cursor + ITEMS.length - 1) % ITEMS.length;
        } else if (Keys.is(key, KeyType.ArrowDown) || Keys.is(key, 'j') || Keys.is(key, KeyType.Tab)) {
            cursor = (cursor + 1) % ITEMS.length;
        } else if (Keys.is(key, KeyType.Enter)) {
            open(cursor);
        } else {
            for (int i = 0; i < ITEMS.length; i++) {
                if (Keys.is(key, (char) ('1' + i)) || Keys.is(key, ITEMS[i].key())) {
                    open(i);
                    return;
                }
            }
        }
    }

    private void open(int item) throws PackException, IOException {
        cursor = item;
        ITEMS[item].opener().open(nav);
    }
}
