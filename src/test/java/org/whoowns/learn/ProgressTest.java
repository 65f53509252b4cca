package org.whoowns.learn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whoowns.pack.Pack;
import org.whoowns.pack.TestPacks;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    private static final Fsrs FSRS = new Fsrs(FsrsParams.DEFAULT);

    private static Progress empty() {
        return Progress.empty("ada", "azure", FSRS);
    }

    @Test
    void answersBecomeRatings() {
        Grading grading = new Grading(Duration.ofSeconds(10));
        assertEquals(Rating.AGAIN, grading.rate(false, 1000));
        assertEquals(Rating.AGAIN, grading.rate(false, 60_000));
        assertEquals(Rating.GOOD, grading.rate(true, 10_000));
        assertEquals(Rating.HARD, grading.rate(true, 10_001));
        Map<String, Boolean> parts = new LinkedHashMap<>();
        parts.put("operating-system@iaas", true);
        parts.put("operating-system@paas", false);
        List<Review> reviews = grading.reviews(parts, 4000, T0);
        assertEquals(List.of(new Review("operating-system@iaas", Rating.GOOD, T0, 4000), new Review("operating-system@paas", Rating.AGAIN, T0, 4000)), reviews);
    }

    @Test
    void aCellAnsweredWrongComesBackBeforeCellsAnsweredRight() {
        Progress p = empty().record(List.of(
                new Review("a@iaas", Rating.GOOD, T0, 1000),
                new Review("b@iaas", Rating.AGAIN, T0.plusSeconds(5), 1000),
                new Review("c@iaas", Rating.GOOD, T0.plusSeconds(10), 1000)));
        List<String> items = List.of("a@iaas", "b@iaas", "c@iaas", "d@iaas", "e@iaas");
        // the next run, an hour later: all three are due; the miss comes first, then the rest, then new ones
        List<Pick> queue = p.queue(items, T0.plus(Duration.ofHours(1)), 0, 1);
        assertEquals(new Pick("b@iaas", Pick.Reason.MISSED), queue.get(0));
        assertEquals(Pick.Reason.DUE, queue.get(1).reason());
        assertEquals(Pick.Reason.DUE, queue.get(2).reason());
        assertEquals(Pick.Reason.NEW, queue.get(3).reason());
        assertEquals(Pick.Reason.NEW, queue.get(4).reason());
        assertEquals("missed last time", queue.get(0).reason().text());
        // within the session, before anything is due, new items come first and the miss leads what is not due
        List<Pick> soon = p.queue(items, T0.plusSeconds(20), 3, 1);
        assertEquals(List.of(Pick.Reason.NEW, Pick.Reason.NEW, Pick.Reason.SOON), soon.stream().map(Pick::reason).toList());
        assertEquals("b@iaas", soon.get(2).item());
    }

    @Test
    void dueItemsWithLowerRecallComeFirst() {
        // two items learned on the same day; one reviewed again later, so its recall is higher when both are due
        Progress p = empty();
        for (String item : List.of("x@saas", "y@saas")) {
            p = p.record(List.of(new Review(item, Rating.GOOD, T0, 1), new Review(item, Rating.GOOD, T0.plusSeconds(600), 1)));
        }
        p = p.record(List.of(new Review("y@saas", Rating.GOOD, T0.plus(Duration.ofDays(3)), 1)));
        Instant much = T0.plus(Duration.ofDays(400));
        assertTrue(p.retrievability("x@saas", much) < p.retrievability("y@saas", much));
        assertEquals(List.of("x@saas", "y@saas"), p.queue(List.of("y@saas", "x@saas"), much, 0, 0).stream().map(Pick::item).toList());
    }

    @Test
    void newItemsAreMixedBySeedAndCountCapsTheQueue() {
        List<String> items = List.of("a@1", "a@2", "a@3", "b@1", "b@2", "b@3", "c@1", "c@2", "c@3");
        List<Pick> one = empty().queue(items, T0, 0, 7);
        assertEquals(one, empty().queue(items, T0, 0, 7));
        assertEquals(9, one.size());
        assertTrue(one.stream().allMatch(p -> p.reason() == Pick.Reason.NEW));
        assertTrue(!one.stream().map(Pick::item).toList().equals(items.stream().sorted().toList()));
        assertEquals(4, empty().queue(items, T0, 4, 7).size());
    }

    @Test
    void missesAreTheLatestWrongAnswersMostRecentFirst() {
        Progress p = empty().record(List.of(
                new Review("a@1", Rating.AGAIN, T0, 1),
                new Review("b@1", Rating.AGAIN, T0.plusSeconds(1), 1),
                new Review("c@1", Rating.GOOD, T0.plusSeconds(2), 1),
                new Review("a@1", Rating.GOOD, T0.plusSeconds(3), 1),
                new Review("d@1", Rating.AGAIN, T0.plusSeconds(4), 1)));
        assertEquals(List.of("d@1", "b@1"), p.misses().stream().map(Pick::item).toList());
    }

    @Test
    void theLogIsTheTruth() {
        List<Review> log = List.of(new Review("a@1", Rating.GOOD, T0, 1), new Review("a@1", Rating.HARD, T0.plus(Duration.ofDays(2)), 1));
        Progress incremental = empty().record(log.subList(0, 1)).record(log.subList(1, 2));
        Progress replayed = new Progress("ada", "azure", FSRS, Map.of(), Map.of(), log);
        assertEquals(incremental.card("a@1"), replayed.card("a@1"));
        assertEquals(2, replayed.card("a@1").orElseThrow().reviews());
    }

    @Test
    void aNewEditionResetsChangedCellsAndSaysSoOnce() {
        Pack pack = TestPacks.shipped();
        Map<String, CellOwner> current = CellOwner.of(pack);
        String changed = "client-devices@saas";
        String studiedSame = "identities-and-users@iaas";
        assertTrue(current.containsKey(changed), current.keySet().toString());
        Map<String, CellOwner> older = new LinkedHashMap<>(current);
        older.put(changed, new CellOwner(current.get(changed).label(), "customer", "Customer"));
        older.put("applications@saas", new CellOwner("x", "provider", "Microsoft"));
        Progress p = empty().adopt(older).progress();
        assertTrue(empty().adopt(older).changes().isEmpty(), "a first edition changes nothing");
        p = p.record(List.of(new Review(changed, Rating.GOOD, T0, 1), new Review(studiedSame, Rating.GOOD, T0, 1)));

        Progress.Adopted adopted = p.adopt(current);
        assertEquals(List.of("Client devices under SaaS: now Shared, was Customer"),
                adopted.changes().stream().map(EditionChange::text).toList(), "an unstudied changed cell is not reported");
        Progress after = adopted.progress();
        assertTrue(after.card(changed).isEmpty(), "the changed cell is new again");
        assertTrue(after.card(studiedSame).isPresent());
        assertEquals(p.log(), after.log(), "the log keeps every review");
        assertTrue(after.adopt(current).changes().isEmpty(), "told once");
        // a review after the reset counts again
        assertEquals(1, after.record(List.of(new Review(changed, Rating.GOOD, T0.plusSeconds(60), 1))).card(changed).orElseThrow().reviews());
    }

    @Test
    void progressSurvivesSavingAndLoading(@TempDir Path home) throws StoreException {
        Pack pack = TestPacks.shipped();
        Progress p = empty().adopt(CellOwner.of(pack)).progress().record(List.of(
                new Review("operating-system@iaas", Rating.AGAIN, T0, 2500), new Review("operating-system@paas", Rating.HARD, T0.plusMillis(1), 30_000)));
        Map<String, CellOwner> changed = new LinkedHashMap<>(CellOwner.of(pack));
        changed.put("operating-system@iaas", new CellOwner("OS under IaaS", "provider", "Microsoft"));
        p = p.adopt(changed).progress().record(List.of(new Review("operating-system@iaas", Rating.GOOD, T0.plusSeconds(9), 1)));
        try (LearnerFiles files = LearnerFiles.open(new DataDir(home), new Learner("ada"), Duration.ZERO)) {
            ProgressStore.save(files, p);
        }
        try (LearnerFiles files = LearnerFiles.open(new DataDir(home), new Learner("ada"), Duration.ZERO)) {
            Progress loaded = ProgressStore.load(files, "azure", FsrsParams.DEFAULT, T0);
            assertEquals(p.log(), loaded.log());
            assertEquals(p.owners(), loaded.owners());
            assertEquals(p.resets(), loaded.resets());
            assertEquals(p.card("operating-system@iaas"), loaded.card("operating-system@iaas"));
            assertEquals(1, loaded.card("operating-system@iaas").orElseThrow().reviews());
            assertTrue(files.takeNotices().isEmpty());
            assertFalse(ProgressStore.load(files, "other-pack", FsrsParams.DEFAULT, T0).log().size() > 0);
        }
    }

    @Test
    void streakCountsConsecutiveDaysEndingTodayOrYesterday() {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        Progress p = empty().record(List.of(
                new Review("a@1", Rating.GOOD, T0, 1),
                new Review("a@1", Rating.GOOD, T0.plus(Duration.ofDays(1)), 1),
                new Review("a@1", Rating.GOOD, T0.plus(Duration.ofDays(2)), 1)));
        assertEquals(3, p.streak(T0.plus(Duration.ofDays(2)), zone));
        assertEquals(3, p.streak(T0.plus(Duration.ofDays(3)), zone));
        assertEquals(0, p.streak(T0.plus(Duration.ofDays(4)), zone));
        assertEquals(1, p.dueBy(T0.plus(Duration.ofDays(400))));
        assertEquals(0, p.dueBy(T0.plus(Duration.ofDays(2))));
    }
}
