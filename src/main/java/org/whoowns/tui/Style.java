package org.whoowns.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;

import java.util.EnumSet;
import java.util.Set;

/** How a run of text is drawn: colours plus SGR attributes (which carry the meaning when colour is off). */
record Style(TextColor foreground, TextColor background, Set<SGR> modifiers) {
    static final Style PLAIN = new Style(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, Set.of());

    Style {
        modifiers = modifiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modifiers));
    }

    Style with(SGR modifier) {
        EnumSet<SGR> more = modifiers.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(modifiers);
        more.add(modifier);
        return new Style(foreground, background, more);
    }

    // Written out: a record's own equals and hashCode bootstrap java.lang.runtime.ObjectMethods on first use,
    // ~14 ms spent before the first frame (FirstFrame compares styles).
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Style s && foreground.equals(s.foreground)
                && background.equals(s.background)
                && modifiers.equals(s.modifiers);
    }

    @Override
    public int hashCode() {
        return (foreground.hashCode() * 31 + background.hashCode()) * 31 + modifiers.hashCode();
    }
}
