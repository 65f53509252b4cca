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
    private static final String[][] ITEMS = {
            {"Study", "the matrix cell by cell, and the documents' facts"},
            {"Practice", "questions, each explained with its source"},
            {"Drill", "timed, with points; players take turns"},
            {"Quit", ""}};

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
        Palette p = canvas.palette();
        Optional<Pack> pack = loaded.get();
        canvas.header("whoowns", pack.map(Pack::title).orElse("loading the pack…"));
        int width = canvas.bodyWidth();
        List<Line> lines = new ArrayList<>();
        lines.add(Line.EMPTY);
        lines.add(Line.of(" Who owns it? Practise the cloud shared responsibility model.", p.bold()));
        lines.add(Line.EMPTY);
        for (int i = 0; i < ITEMS.length; i++) {
            String about = i == 1 ? count + " " + ITEMS[i][1] : ITEMS[i][1];
            Style style = i == cursor ? p.selected() : p.text();
            String name = ITEMS[i][0];
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
        canvas.footer("↑↓ + Enter, or 1-" + ITEMS.length + " / s p d q    ?: keys   q: quit");
    }

    @Override
    public List<String> help() {
        return List.of("↑↓ or j k  move            Enter  open", "1 or s     Study", "2 or p     Practice", "3 or d     Drill",
                "4          Quit");
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
        } else if (Keys.is(key, '1') || Keys.is(key, 's')) {
            open(0);
        } else if (Keys.is(key, '2') || Keys.is(key, 'p')) {
            open(1);
        } else if (Keys.is(key, '3') || Keys.is(key, 'd')) {
            open(2);
        } else if (Keys.is(key, '4')) {
            open(3);
        }
    }

    private void open(int item) throws PackException, IOException {
        cursor = item;
        switch (item) {
            case 0 -> nav.study();
            case 1 -> nav.practice();
            case 2 -> nav.drill();
            default -> nav.quit();
        }
    }
}
