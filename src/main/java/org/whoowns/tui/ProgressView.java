package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyStroke;
import org.whoowns.learn.ProgressReport;
import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Model;
import org.whoowns.pack.Pack;
import org.whoowns.quiz.Summary;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The learner's progress: the matrix as a heatmap of each cell's chance of recall now (a digit 0-9, "·"
 * never practised, "x" missed last time; coloured too, so it reads with and without colour), the totals,
 * the streak, what falls due, and the recent sessions.
 */
final class ProgressView implements View {
    private static final int MAX_AREA = 24;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ROOT);

    private final Nav nav;
    private final Pack pack;
    private final String learner;
    private final ProgressReport report;
    private final ZoneId zone;
    private final Scroller scroller = new Scroller();

    ProgressView(Nav nav, Pack pack, String learner, ProgressReport report, ZoneId zone) {
        this.nav = nav;
        this.pack = pack;
        this.learner = learner;
        this.report = report;
        this.zone = zone;
    }

    @Override
    public void draw(Canvas canvas) {
        canvas.header(pack.title(), "Progress of " + learner);
        int bottom = canvas.height() - 2;
        scroller.draw(canvas, 1, bottom - 1, lines(canvas.bodyWidth(), canvas.palette()));
        canvas.rule(bottom, "", scroller.indicator());
        canvas.footer("↑↓ PgUp PgDn: scroll   Esc: menu   ?: keys   q: quit");
    }

    List<Line> lines(int width, Palette p) {
        List<Line> lines = new ArrayList<>();
        int area = Math.min(MAX_AREA, pack.areas().stream().mapToInt(a -> Wrap.width(a.name())).max().orElse(4));
        int cell = Math.max(5, Math.min(12, pack.models().stream().mapToInt(m -> Wrap.width(m.name())).max().orElse(5)));
        Line header = Line.of(Wrap.pad("", area), p.text());
        for (Model m : pack.models()) {
            header = header.plus(" ", p.text()).plus(Wrap.center(m.name(), cell), p.bold());
        }
        lines.add(header);
        for (Area a : pack.areas()) {
            Line row = Line.of(Wrap.pad(a.name(), area), p.text());
            for (Model m : pack.models()) {
                String id = new Cell(a, m).id();
                String symbol = report.symbol(id);
                Style style = symbol.equals("x") ? p.wrong() : symbol.equals("·") ? p.text()
                        : symbol.compareTo("9") >= 0 ? p.right() : symbol.compareTo("7") >= 0 ? p.partly() : p.wrong();
                row = row.plus(" ", p.text()).plus(Wrap.center(symbol, cell), style);
            }
            lines.add(row);
        }
        lines.addAll(Wrap.block("Chance of recall now: 9 = 90 % or more … 0; · not practised yet; x missed last time.",
                width, p.text()));
        lines.add(Line.EMPTY);
        int total = pack.cells().size();
        String share = report.answers() == 0 ? "" : " (" + Math.round(100.0 * report.right() / report.answers()) + " % right)";
        lines.addAll(Wrap.block("Cells practised " + report.practised() + " of " + total + ".  Answers " + report.answers()
                + share + ".  Streak " + report.streak() + (report.streak() == 1 ? " day" : " days") + ".", width, p.text()));
        lines.addAll(Wrap.block("Due today " + report.dueToday() + ", this week " + report.dueThisWeek() + ".", width, p.text()));
        lines.add(Line.EMPTY);
        lines.add(Line.of("Recent sessions", p.bold()));
        if (report.sessions().isEmpty()) {
            lines.add(Line.of("  none yet: practise to fill the map", p.text()));
        }
        for (ProgressReport.Session s : report.sessions()) {
            lines.add(Line.of("  " + WHEN.format(s.start().atZone(zone)) + "   " + s.answers() + " answers, "
                    + Summary.format(s.right()) + " right", p.text()));
        }
        return lines;
    }

    @Override
    public void handle(KeyStroke key) {
        if (Keys.isBack(key)) {
            nav.menu();
        } else {
            scroller.handle(key);
        }
    }

    @Override
    public List<String> help() {
        return List.of("↑↓ PgUp PgDn  scroll", "Esc or ⌫      back to the menu");
    }
}
