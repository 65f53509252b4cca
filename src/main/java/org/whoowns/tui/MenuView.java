package org.whoowns.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The main menu. It needs no pack to draw, so it is on screen while the pack still loads. Each item has a
 * letter key, drawn bold and underlined in its name (it reads without colour), and its number. With a
 * learner it offers My misses and Progress, and "Resume practice (k of n)" while a run is left midway.
 */
final class MenuView implements View {
    /**
     * Where an entry leads. Data, not a lambda per entry: the first frame builds the entries before anything
     * else runs, and each lambda would cost its own class spun at start-up.
     */
    private enum Target { STUDY, PRACTICE, RESUME, MISSES, EXAM, DRILL, PROGRESS, QUIT }

    /** An entry: its name, the key letter (found in the name), what it says, and where it goes. */
    private record Item(String name, char key, String about, Target target) {
    }

    /** The key that opens the pack chooser (not k: that moves up). */
    private static final char CHOOSE = 'c';

    private final Nav nav;
    private final Supplier<Optional<Pack>> loaded;
    private final int count;
    private final boolean learner;
    private Optional<String> resumable = Optional.empty();
    /** More than one pack is on offer: the header says which is in use and how to change it. */
    private boolean choosable;
    private int cursor;
    private String notice = "";

    /**
     * {@code loaded} gives the pack once it has loaded, without waiting; {@code count} questions per run;
     * {@code learner}: progress is kept, so the learner's entries are offered.
     */
    MenuView(Nav nav, Supplier<Optional<Pack>> loaded, int count, boolean learner) {
        this.nav = nav;
        this.loaded = loaded;
        this.count = count;
        this.learner = learner;
    }

    MenuView(Nav nav, Supplier<Optional<Pack>> loaded, int count) {
        this(nav, loaded, count, false);
    }

    void notice(String text) {
        notice = text;
    }

    void choosable(boolean offered) {
        choosable = offered;
    }

    /** "3 of 10" while a run is left midway, or empty. */
    void resumable(Optional<String> where) {
        resumable = where;
    }

    private List<Item> items() {
        return items(count, learner, resumable);
    }

    /** The entries in SPEC order. */
    private static List<Item> items(int count, boolean learner, Optional<String> resumable) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("Study", 's', "the matrix cell by cell, and the documents' facts", Target.STUDY));
        items.add(new Item("Practice", 'p', count + " questions, " + (learner ? "weak and due cells first"
                : "each explained with its source"), Target.PRACTICE));
        if (resumable.isPresent()) {
            items.add(new Item("Resume practice", 'r', "the run left midway (" + resumable.get() + ")", Target.RESUME));
        }
        if (learner) {
            items.add(new Item("My misses", 'm', "what you missed last time, due or not", Target.MISSES));
        }
        items.add(new Item("Exam", 'e', "a pass mark, feedback at the end, a certificate", Target.EXAM));
        items.add(new Item("Drill", 'd', "timed, with points; players take turns", Target.DRILL));
        if (learner) {
            items.add(new Item("Progress", 'g', "recall per cell, streak, sessions", Target.PROGRESS));
        }
        items.add(new Item("Quit", 'q', "", Target.QUIT));
        return items;
    }

    @Override
    public void draw(Canvas canvas) {
        List<Item> items = items();
        cursor = Math.min(cursor, items.size() - 1);
        draw(canvas, loaded.get(), items, cursor, notice, choosable);
    }

    /** The menu as it first appears, before the pack has loaded: what {@link FirstFrame} writes. */
    static void drawFirst(Canvas canvas, int count, boolean learner) {
        draw(canvas, Optional.empty(), items(count, learner, Optional.empty()), 0, "", false);
    }

    private static void draw(Canvas canvas, Optional<Pack> pack, List<Item> items, int cursor, String notice,
                             boolean choosable) {
        Palette p = canvas.palette();
        String change = "  (" + CHOOSE + ": change pack)";
        // the title is cut, never the key that changes it (the header gives its right side 2/3 of the width)
        String title = "loading the pack…";
        if (pack.isPresent()) {
            title = choosable ? Wrap.fit(pack.get().title(), canvas.width() * 2 / 3 - 2 - Wrap.width(change)) + change
                    : pack.get().title();
        }
        canvas.header("whoowns", title);
        int width = canvas.bodyWidth();
        List<Line> lines = new ArrayList<>();
        lines.add(Line.EMPTY);
        lines.add(Line.of(" Who owns it? Practise the cloud shared responsibility model.", p.bold()));
        lines.add(Line.EMPTY);
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Style style = i == cursor ? p.selected() : p.text();
            String prefix = (i == cursor ? " > " : "   ") + (i + 1) + "  ";
            int at = item.name().toLowerCase(Locale.ROOT).indexOf(item.key());
            String rest = Wrap.pad(item.name().substring(at + 1), Math.max(1, 17 - at)) + item.about();
            lines.add(Line.of(prefix + item.name().substring(0, at), style)
                    .plus(item.name().substring(at, at + 1), style.with(SGR.BOLD).with(SGR.UNDERLINE))
                    .plus(Wrap.pad(rest, Math.min(width, 76) - Wrap.width(prefix) - at - 1), style));
        }
        if (!notice.isEmpty()) {
            // in full where the pack's description would stand: an edition change or a damaged file must be read
            lines.add(Line.EMPTY);
            lines.addAll(Wrap.hanging(" Note: ", p.bold(), notice, p.text(), Math.min(width, 76)));
        } else if (pack.isPresent() && pack.get().description().isPresent()) {
            lines.add(Line.EMPTY);
            lines.addAll(Wrap.hanging(" ", p.text(), pack.get().description().get(), p.text(), Math.min(width, 76)));
        }
        canvas.lines(1, lines.subList(0, Math.min(lines.size(), canvas.height() - 3)));
        canvas.rule(canvas.height() - 2, "", "");
        StringBuilder keys = new StringBuilder();
        for (Item item : items) {
            keys.append(keys.isEmpty() ? "" : " ").append(item.key());
        }
        canvas.footer("↑↓ + Enter, or 1-" + items.size() + " / " + keys + "    ?: keys   q: quit");
    }

    @Override
    public List<String> help() {
        List<String> help = new ArrayList<>(List.of("↑↓ or j k  move            Enter  open"));
        List<Item> items = items();
        for (int i = 0; i < items.size(); i++) {
            help.add(Wrap.pad((i + 1) + " or " + items.get(i).key(), 11) + items.get(i).name());
        }
        if (choosable) {
            help.add(Wrap.pad(String.valueOf(CHOOSE), 11) + "Choose another pack");
        }
        return help;
    }

    @Override
    public void handle(KeyStroke key) throws PackException, IOException {
        notice = "";
        List<Item> items = items();
        if (Keys.is(key, KeyType.ArrowUp) || Keys.is(key, 'k')) {
            cursor = (cursor + items.size() - 1) % items.size();
        } else if (Keys.is(key, KeyType.ArrowDown) || Keys.is(key, 'j') || Keys.is(key, KeyType.Tab)) {
            cursor = (cursor + 1) % items.size();
        } else if (Keys.is(key, KeyType.Enter)) {
            open(items, cursor);
        } else if (choosable && Keys.is(key, CHOOSE)) {
            nav.packs();
        } else {
            for (int i = 0; i < items.size(); i++) {
                if (Keys.is(key, items.get(i).key()) || Keys.is(key, (char) ('1' + i))) {
                    open(items, i);
                    return;
                }
            }
        }
    }

    private void open(List<Item> items, int item) throws PackException, IOException {
        cursor = item;
        switch (items.get(item).target()) {
            case STUDY -> nav.study();
            case PRACTICE -> nav.practice();
            case RESUME -> nav.resume();
            case MISSES -> nav.misses();
            case EXAM -> nav.exam();
            case DRILL -> nav.drill();
            case PROGRESS -> nav.progress();
            case QUIT -> nav.quit();
        }
    }
}
