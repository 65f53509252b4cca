package org.whoowns.learn;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A learner's progress in one pack: the review log (the truth), the owners the pack had when last used
 * (to notice a new edition) and reset marks; each item's memory state is derived by replaying the log.
 * Immutable: recording returns a new Progress.
 */
public final class Progress {

    /** The owner of a cell as last seen, by id (for comparing) and name (for telling). */
    public record OwnerMark(String id, String name) {
    }

    /** Progress after a new edition was adopted, and the changes to tell the learner once. */
    public record Adopted(Progress progress, List<EditionChange> changes) {
        public Adopted {
            changes = List.copyOf(changes);
        }
    }

    private final String learner;
    private final String pack;
    private final Fsrs fsrs;
    private final Map<String, OwnerMark> owners;
    /** Item → log index before which its reviews no longer count (an edition changed its answer). */
    private final Map<String, Integer> resets;
    private final List<Review> log;
    private final Map<String, Card> cards;

    public Progress(String learner, String pack, Fsrs fsrs, Map<String, OwnerMark> owners, Map<String, Integer> resets,
                    List<Review> log) {
        this(learner, pack, fsrs, Map.copyOf(owners), Map.copyOf(resets), List.copyOf(log), null);
    }

    private Progress(String learner, String pack, Fsrs fsrs, Map<String, OwnerMark> owners, Map<String, Integer> resets,
                     List<Review> log, Map<String, Card> cards) {
        this.learner = learner;
        this.pack = pack;
        this.fsrs = fsrs;
        this.owners = owners;
        this.resets = resets;
        this.log = log;
        this.cards = cards != null ? cards : replay();
    }

    public static Progress empty(String learner, String pack, Fsrs fsrs) {
        return new Progress(learner, pack, fsrs, Map.of(), Map.of(), List.of());
    }

    private Map<String, Card> replay() {
        Map<String, Card> replayed = new HashMap<>();
        for (int i = 0; i < log.size(); i++) {
            Review review = log.get(i);
            if (i >= resets.getOrDefault(review.item(), 0)) {
                replayed.put(review.item(), apply(replayed.get(review.item()), review));
            }
        }
        return Map.copyOf(replayed);
    }

    private Card apply(Card card, Review review) {
        Card before = card != null ? card : Card.fresh(review.at());
        // Fuzz seeded by learner, item and review count: the same log always replays to the same schedule.
        long seed = ((long) learner.hashCode() << 32) ^ (review.item().hashCode() * 31L + before.reviews());
        return fsrs.next(before, review.rating(), review.at(), new SplittableRandom(seed).nextDouble());
    }

    public String learner() {
        return learner;
    }

    public String pack() {
        return pack;
    }

    public Fsrs fsrs() {
        return fsrs;
    }

    public List<Review> log() {
        return log;
    }

    public Map<String, OwnerMark> owners() {
        return owners;
    }

    public Map<String, Integer> resets() {
        return resets;
    }

    /** The item's memory state; empty while it has never been reviewed (or since an edition reset it). */
    public Optional<Card> card(String item) {
        return Optional.ofNullable(cards.get(item));
    }

    /** Chance of recalling the item now; 0 for an item never reviewed. */
    public double retrievability(String item, Instant now) {
        return card(item).map(card -> fsrs.retrievability(card, now)).orElse(0.0);
    }

    public Progress record(Collection<Review> reviews) {
        List<Review> longer = new ArrayList<>(log);
        Map<String, Card> updated = new HashMap<>(cards);
        for (Review review : reviews) {
            longer.add(review);
            updated.put(review.item(), apply(updated.get(review.item()), review));
        }
        return new Progress(learner, pack, fsrs, owners, resets, List.copyOf(longer), Map.copyOf(updated));
    }

    /**
     * What to practise among {@code items}, at most {@code count} (all if count <= 0): due items that were
     * missed last time (most recent miss first), other due items (lowest retrievability first), new items in
     * a seeded order so new cells mix over areas and models, then the rest by due time.
     */
    public List<Pick> queue(Collection<String> items, Instant now, int count, long seed) {
        List<Held> missed = new ArrayList<>();
        List<Held> due = new ArrayList<>();
        List<String> fresh = new ArrayList<>();
        List<Held> later = new ArrayList<>();
        for (String item : new TreeSet<>(items)) {
            Card card = cards.get(item);
            if (card == null) {
                fresh.add(item);
            } else if (!card.isDue(now)) {
                later.add(new Held(item, card));
            } else if (card.lastRating() == Rating.AGAIN) {
                missed.add(new Held(item, card));
            } else {
                due.add(new Held(item, card));
            }
        }
        // Retrievability counts whole days, so it cannot rank today's misses: recency does.
        missed.sort(Comparator.comparing((Held h) -> h.card.lastReview()).reversed());
        due.sort(Comparator.comparingDouble((Held h) -> fsrs.retrievability(h.card, now)).thenComparing(h -> h.card.due()));
        Collections.shuffle(fresh, new Random(seed));
        later.sort(Comparator.comparing((Held h) -> h.card.due()));
        List<Pick> picks = new ArrayList<>();
        missed.forEach(h -> picks.add(new Pick(h.item, Pick.Reason.MISSED)));
        due.forEach(h -> picks.add(new Pick(h.item, Pick.Reason.DUE)));
        fresh.forEach(item -> picks.add(new Pick(item, Pick.Reason.NEW)));
        later.forEach(h -> picks.add(new Pick(h.item, Pick.Reason.SOON)));
        return count > 0 && picks.size() > count ? List.copyOf(picks.subList(0, count)) : List.copyOf(picks);
    }

    private record Held(String item, Card card) {
    }

    /** Items whose latest answer was wrong, most recent first, due or not ("My misses"). */
    public List<Pick> misses() {
        return cards.entrySet().stream()
                .filter(e -> e.getValue().lastRating() == Rating.AGAIN)
                .sorted(Comparator.comparing((Map.Entry<String, Card> e) -> e.getValue().lastReview()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(e -> new Pick(e.getKey(), Pick.Reason.MISSED))
                .toList();
    }

    /** How many reviewed items are due by {@code when} (today's end, the week's end). */
    public long dueBy(Instant when) {
        return cards.values().stream().filter(c -> c.isDue(when)).count();
    }

    /** Consecutive days, ending today or yesterday in {@code zone}, with at least one review. */
    public int streak(Instant now, ZoneId zone) {
        Set<LocalDate> days = new TreeSet<>();
        log.forEach(r -> days.add(LocalDate.ofInstant(r.at(), zone)));
        LocalDate day = LocalDate.ofInstant(now, zone);
        if (!days.contains(day)) {
            day = day.minusDays(1);
        }
        int streak = 0;
        while (days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    /**
     * Takes on the pack edition whose owners are {@code current}: a studied cell whose owner changed since
     * the last edition seen starts afresh, and the change is returned to tell once (the new owners are kept,
     * so the same change is not reported again).
     */
    public Adopted adopt(Map<String, CellOwner> current) {
        Map<String, Integer> newResets = new HashMap<>(resets);
        Map<String, OwnerMark> marks = new LinkedHashMap<>();
        List<EditionChange> changes = new ArrayList<>();
        current.forEach((item, owner) -> {
            marks.put(item, new OwnerMark(owner.ownerId(), owner.ownerName()));
            OwnerMark was = owners.get(item);
            if (was != null && !was.id().equals(owner.ownerId()) && cards.containsKey(item)) {
                changes.add(new EditionChange(item, owner.label(), was.name(), owner.ownerName()));
                newResets.put(item, log.size());
            }
        });
        // Cells the new edition dropped keep their last mark, so a later edition restoring them is compared too.
        owners.forEach(marks::putIfAbsent);
        Progress adopted = new Progress(learner, pack, fsrs, marks, newResets, log);
        return new Adopted(adopted, changes);
    }
}
