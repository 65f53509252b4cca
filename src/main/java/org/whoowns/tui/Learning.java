package org.whoowns.tui;

import org.whoowns.learn.DataDir;
import org.whoowns.learn.Learner;

import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * Whose progress the TUI deals from and saves to, where, and by which clock and time zone. The zone is
 * asked for only when a screen needs it: the system's zone rules take ~10 ms to read, which would otherwise
 * come before the first frame.
 */
public record Learning(DataDir data, Learner learner, Clock clock, Supplier<ZoneId> timeZone) {
    public Learning(DataDir data, Learner learner, Clock clock, ZoneId zone) {
        this(data, learner, clock, () -> zone);
    }

    public ZoneId zone() {
        return timeZone.get();
    }
}
