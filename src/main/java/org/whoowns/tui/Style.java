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
}
