package org.whoowns.tui;

import org.whoowns.learn.DataDir;
import org.whoowns.learn.Learner;

import java.time.Clock;
import java.time.ZoneId;

/** Whose progress the TUI deals from and saves to, where, and by which clock and time zone. */
public record Learning(DataDir data, Learner learner, Clock clock, ZoneId zone) {
}
