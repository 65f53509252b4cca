package org.whoowns.tui;

import org.whoowns.learn.DataDir;
import org.whoowns.learn.Learner;

import java.time.Clock;
import java.time.ZoneId;

/**
 * Whose progress the TUI keeps, where, and by which clock and time zone; {@code adaptive}: runs are dealt
 * from the progress (else the fixed seeded deck, answers still saved).
 */
public record Learning(DataDir data, Learner learner, boolean adaptive, Clock clock, ZoneId zone) {
}
