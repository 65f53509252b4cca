package org.whoowns.learn;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the Progress screen shows: each cell's chance of recall now (absent: never practised) and whether
 * it was missed last time, the totals, the streak, what falls due today and this week, and the recent
 * sessions (answers with no half-hour pause between them).
 */
public record ProgressReport(Map<String, Double> recall, Set<String> missed, int practised, int answers, int right,
                             int streak, long dueToday, long dueThisWeek, List<Session> sessions) {
    /** A pause this long between two answers starts a new session. */
    static final Duration PAUSE = Duration.ofMinutes(30);
    static final int RECENT = 5;

    /** A sitting: when it began, how many answers (item reviews) and how many of them right. */
    public record Session(Instant start, int answers, int right) {
    }

    public ProgressReport {
        recall = Map.copyOf(recall);
        missed = Set.copyOf(missed);
        sessions = List.copyOf(sessions);
    }

    /** The report on {@code cells} (ids) at {@code now}; days end at midnight in {@code zone}. */
    public static ProgressReport of(Progress progress, Collection<String> cells, Instant now, ZoneId zone) {
        Map<String, Double> recall = new LinkedHashMap<>();
        Set<String> missed = new HashSet<>();
        for (String cell : cells) {
            Optional<Card> card = progress.card(cell);
            if (card.isPresent()) {
                recall.put(cell, progress.retrievability(cell, now));
                if (card.get().lastRating() == Rating.AGAIN) {
                    missed.add(cell);
                }
            }
        }
        List<Review> log = progress.log();
        int right = (int) log.stream().filter(r -> r.rating() != Rating.AGAIN).count();
        Instant endOfToday = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
        Instant endOfWeek = LocalDate.ofInstant(now, zone).plusDays(7).atStartOfDay(zone).toInstant();
        return new ProgressReport(recall, missed, recall.size(), log.size(), right, progress.streak(now, zone),
                progress.dueBy(endOfToday), progress.dueBy(endOfWeek), sessions(log));
    }

    /** The latest sessions, newest first. */
    private static List<Session> sessions(List<Review> log) {
        List<Session> all = new ArrayList<>();
        Instant start = null;
        Instant last = null;
        int answers = 0;
        int right = 0;
        for (Review r : log) {
            if (last != null && Duration.between(last, r.at()).compareTo(PAUSE) > 0) {
                all.add(0, new Session(start, answers, right));
                answers = 0;
                right = 0;
                start = null;
            }
            if (start == null) {
                start = r.at();
            }
            answers++;
            right += r.rating() == Rating.AGAIN ? 0 : 1;
            last = r.at();
        }
        if (start != null) {
            all.add(0, new Session(start, answers, right));
        }
        return all.subList(0, Math.min(RECENT, all.size()));
    }

    /** "9" for a recall of 90 % or more, down to "0"; "·" for a cell never practised, "x" for a miss. */
    public String symbol(String cell) {
        if (missed.contains(cell)) {
            return "x";
        }
        Double r = recall.get(cell);
        return r == null ? "·" : String.valueOf((int) Math.min(9, Math.floor(r * 10)));
    }
}
