package org.whoowns.tui;

import org.whoowns.pack.TerminalText;

import java.util.ArrayList;
import java.util.List;

/** One screen line of styled runs. Every run is sanitized on creation, so nothing unsafe can be drawn. */
record Line(List<Span> spans) {
    static final Line EMPTY = new Line(List.of());

    record Span(String text, Style style) {
        Span {
            text = TerminalText.clean(text);
        }
    }

    Line {
        spans = List.copyOf(spans);
    }

    static Line of(String text, Style style) {
        return new Line(List.of(new Span(text, style)));
    }

    Line plus(String text, Style style) {
        List<Span> more = new ArrayList<>(spans);
        more.add(new Span(text, style));
        return new Line(more);
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (Span span : spans) {
            sb.append(span.text());
        }
        return sb.toString();
    }

    int width() {
        return Wrap.width(text());
    }
}
