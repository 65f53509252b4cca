package org.whoowns.classroom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whoowns.TestClock;
import org.whoowns.pack.TestPacks;
import org.whoowns.quiz.Question;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoomTest {
    private final TestClock clock = new TestClock();
    private Drill drill;
    private Room room;
    private final List<RoomEvent> instructor = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void open() {
        drill = Drill.deal(TestPacks.shipped(), DrillCode.parse("K7Q2M"), 4);
        room = new Room(drill, new Points(Duration.ofSeconds(20), true), clock, 5);
        room.watch(instructor::add);
    }

    @Test
    void namesAreCleanedAndATakenNameIsRefusedWhateverItsCase() {
        Seat ana = seat(room.join("  Ana\u001b[31m   Lopez\u0007 ", e -> { }));
        assertEquals("Ana Lopez", ana.name());
        assertRefused(room.join("ana lopez", e -> { }), "\"ana lopez\" is taken");
        assertRefused(room.join("\u001b]0;pwned\u0007", e -> { }), "type a name");
        assertRefused(room.join("   ", e -> { }), "type a name");
        assertEquals(20, seat(room.join("x".repeat(500), e -> { })).name().length());
    }

    @Test
    void theRoomRefusesPlayersBeyondItsSizeButTakesADroppedPlayerBack() {
        List<Seat> seats = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            seats.add(seat(room.join("p" + i, e -> { })));
        }
        assertRefused(room.join("late", e -> { }), "the room is full (5 players)");
        room.drop(seats.get(2));
        Join.Seated back = (Join.Seated) room.join("P2", e -> { });
        assertTrue(back.rejoined());
        assertRefused(room.join("late", e -> { }), "full");
    }

    @Test
    void aQuestionEndsByItselfOnceEveryConnectedPlayerHasAnswered() {
        Seat ana = seat(room.join("Ana", e -> { }));
        Seat ben = seat(room.join("Ben", e -> { }));
        Seat gone = seat(room.join("Gone", e -> { }));
        room.drop(gone);
        assertTrue(room.start());
        assertFalse(room.start(), "one question at a time");
        Question q = drill.questions().get(0);
        clock.advance(Duration.ofSeconds(10));
        Answer a = recorded(room.answer(ana, right(q)));
        assertEquals(750, a.points());
        assertTrue(a.right());
        assertTrue(room.current().isPresent(), "Ben has not answered");
        clock.advance(Duration.ofSeconds(2));
        Answer b = recorded(room.answer(ben, wrong(q)));
        assertEquals(0, b.points());
        assertTrue(room.current().isEmpty(), "everyone connected has answered");
        RoomEvent.QuestionClosed closed = last(RoomEvent.QuestionClosed.class);
        assertEquals(2, closed.distribution().answered());
        assertEquals(0, closed.distribution().unanswered());
        assertEquals(2, closed.distribution().picks().stream().mapToInt(Integer::intValue).sum()
                - (q.selectAll() ? right(q).size() - 1 : 0));
        assertEquals(List.of("Ana", "Ben", "Gone"), closed.standings().stream().map(Standing::name).toList());
        assertEquals(List.of(1, 2, 2), closed.standings().stream().map(Standing::rank).toList());
        assertEquals(a, closed.answers().get("Ana"));
    }

    @Test
    void theDeadlineClosesTheQuestionAndALateAnswerIsRefused() {
        Seat ana = seat(room.join("Ana", e -> { }));
        seat(room.join("Ben", e -> { }));
        room.start();
        Question q = drill.questions().get(0);
        clock.advance(Duration.ofSeconds(20));
        assertFalse(room.tick(), "still open at the deadline itself");
        assertEquals(500, recorded(room.answer(ana, right(q))).points());
        clock.advanceMillis(1);
        assertTrue(room.tick());
        RoomEvent.QuestionClosed closed = last(RoomEvent.QuestionClosed.class);
        assertEquals(1, closed.distribution().answered());
        assertEquals(1, closed.distribution().unanswered());
        assertRefused(room.answer(ana, right(q)), "time is up");
    }

    @Test
    void anAnswerAfterTheDeadlineClosesTheQuestionEvenWithoutATick() {
        Seat ana = seat(room.join("Ana", e -> { }));
        room.start();
        clock.advance(Duration.ofSeconds(21));
        assertRefused(room.answer(ana, right(drill.questions().get(0))), "time is up");
        assertEquals(1, room.closedQuestions().size());
    }

    @Test
    void aDroppedPlayerRejoinsWithTheirScoreAndTheOldSessionCannotAnswer() {
        List<RoomEvent> anaEvents = new ArrayList<>();
        Seat ana = seat(room.join("Ana", anaEvents::add));
        seat(room.join("Ben", e -> { }));
        room.start();
        recorded(room.answer(ana, right(drill.questions().get(0))));
        room.end();
        room.drop(ana);
        room.start();
        Join.Seated back = (Join.Seated) room.join("ANA", e -> { });
        assertTrue(back.rejoined());
        assertEquals("Ana", back.seat().name());
        assertTrue(back.open().isPresent(), "rejoins into the open question");
        assertEquals(2, back.open().get().number());
        assertRefused(room.answer(ana, right(drill.questions().get(1))), "not in the room");
        room.drop(ana); // the old session closing late must not drop the new one
        assertTrue(room.standings().get(0).connected());
        assertEquals(1000, room.standings().get(0).points());
        int before = anaEvents.size();
        room.end();
        assertEquals(before, anaEvents.size(), "the old session hears nothing more");
    }

    @Test
    void aPlayerBackWhileTheQuestionTheyAnsweredIsOpenGetsThatAnswerAndIsNotAskedItAgain() {
        Seat ana = seat(room.join("Ana", e -> { }));
        Seat ben = seat(room.join("Ben", e -> { }));
        room.start();
        Answer given = recorded(room.answer(ana, wrong(drill.questions().get(0))));
        room.drop(ana); // a laptop lid closed after the answer, before the question closed
        room.drop(ben); // and one before answering
        Join.Seated back = (Join.Seated) room.join("Ana", e -> { });
        assertEquals(1, back.open().orElseThrow().number());
        assertEquals(given, back.answered().orElseThrow(), "the answer given before the drop stands");
        Join.Seated benBack = (Join.Seated) room.join("Ben", e -> { });
        assertTrue(benBack.answered().isEmpty(), "Ben still has the question to answer");
        assertTrue(((Join.Seated) room.join("Late", e -> { })).answered().isEmpty());
        room.end();
        room.start();
        assertTrue(((Join.Seated) room.join("Cy", e -> { })).answered().isEmpty(), "nothing answered yet");
    }

    @Test
    void aLateJoinerPlaysTheOpenQuestionAndHasEmptyRowsForTheMissedOnes() {
        Seat ana = seat(room.join("Ana", e -> { }));
        room.start();
        recorded(room.answer(ana, right(drill.questions().get(0))));
        room.start();
        Join.Seated late = (Join.Seated) room.join("Late", e -> { });
        assertEquals(2, late.open().orElseThrow().number());
        clock.advance(Duration.ofSeconds(5));
        assertEquals(875, recorded(room.answer(late.seat(), right(drill.questions().get(1)))).points());
        List<ResultRow> rows = room.rows().stream().filter(r -> r.name().equals("Late")).toList();
        assertEquals(2, rows.size());
        assertFalse(rows.get(0).answered());
        assertEquals(5000, rows.get(1).millis());
    }

    @Test
    void aKickedPlayerIsToldRemovedFromTheStandingsAndCannotComeBackUnderThatName() {
        List<RoomEvent> bobEvents = new ArrayList<>();
        Seat ana = seat(room.join("Ana", e -> { }));
        Seat bob = seat(room.join("Bob", bobEvents::add));
        room.start();
        recorded(room.answer(bob, right(drill.questions().get(0))));
        assertTrue(room.kick("bob"));
        assertEquals(new RoomEvent.Kicked("Bob"), bobEvents.get(bobEvents.size() - 1));
        assertEquals(List.of("Ana"), room.standings().stream().map(Standing::name).toList());
        assertRefused(room.join("BOB", e -> { }), "removed");
        assertRefused(room.answer(bob, right(drill.questions().get(0))), "not in the room");
        recorded(room.answer(ana, right(drill.questions().get(0))));
        assertTrue(room.current().isEmpty(), "Ana was the only one left to answer");
        assertTrue(room.rows().stream().anyMatch(r -> r.name().equals("Bob") && r.answered()),
                "answers given before the kick stay in the results");
        assertFalse(room.kick("nobody"));
    }

    @Test
    void badAnswersAreRefusedAndOnlyTheFirstAnswerCounts() {
        Seat ana = seat(room.join("Ana", e -> { }));
        seat(room.join("Ben", e -> { }));
        assertRefused(room.answer(ana, Set.of(0)), "no question is open yet");
        room.start();
        Question q = drill.questions().get(0);
        assertRefused(room.answer(ana, Set.of()), "pick");
        assertRefused(room.answer(ana, Set.of(q.choices().size())), "pick");
        recorded(room.answer(ana, wrong(q)));
        assertRefused(room.answer(ana, right(q)), "you have answered");
    }

    @Test
    void stoppingMidQuestionKeepsEveryAnswerGiven() {
        Seat ana = seat(room.join("Ana", e -> { }));
        seat(room.join("Ben", e -> { }));
        List<RoomEvent> anaHeard = new ArrayList<>();
        room.watch(anaHeard::add);
        room.start();
        clock.advance(Duration.ofSeconds(4));
        recorded(room.answer(ana, right(drill.questions().get(0))));
        room.finish();
        room.finish();
        assertTrue(room.isOver());
        assertFalse(room.start());
        assertEquals(1, anaHeard.stream().filter(e -> e instanceof RoomEvent.DrillOver).count());
        ResultRow row = room.rows().get(0);
        // the picks as the choice numbers the screens show, "1+3" for several
        String picks = right(drill.questions().get(0)).stream().sorted().map(i -> Integer.toString(i + 1))
                .collect(java.util.stream.Collectors.joining("+"));
        assertEquals(new ResultRow("Ana", 1, drill.questions().get(0).id(), true, picks, true, 4000, 900), row);
        assertRefused(room.join("Cem", e -> { }), "over");
    }

    @Test
    void theDrillEndsAfterItsLastQuestion() {
        Seat ana = seat(room.join("Ana", e -> { }));
        for (Question q : drill.questions()) {
            assertTrue(room.start());
            recorded(room.answer(ana, right(q)));
        }
        assertFalse(room.start());
        assertEquals(4, room.closedQuestions().size());
        assertEquals(4000, room.standings().get(0).points());
        assertEquals(4, room.standings().get(0).right());
    }

    @Test
    void manyThreadsAnsweringAtOnceLoseNothing() throws Exception {
        Room big = new Room(drill, new Points(Duration.ofSeconds(20), true), clock, 300);
        List<Seat> seats = IntStream.range(0, 300).mapToObj(i -> seat(big.join("s" + i, e -> { }))).toList();
        big.start();
        Question q = drill.questions().get(0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        for (Seat s : seats) {
            pool.submit(() -> {
                go.await();
                return big.answer(s, right(q));
            });
        }
        go.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertTrue(big.current().isEmpty());
        assertEquals(300, big.closedQuestions().get(0).distribution().answered());
        assertEquals(300, big.rows().stream().filter(ResultRow::answered).count());
    }

    private <T extends RoomEvent> T last(Class<T> type) {
        for (int i = instructor.size() - 1; i >= 0; i--) {
            if (type.isInstance(instructor.get(i))) {
                return type.cast(instructor.get(i));
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + instructor);
    }

    static Set<Integer> right(Question q) {
        return new HashSet<>(q.answer());
    }

    static Set<Integer> wrong(Question q) {
        for (int i = 0; i < q.choices().size(); i++) {
            if (!q.choices().get(i).correct()) {
                return Set.of(i);
            }
        }
        throw new AssertionError("no wrong choice in " + q.id());
    }

    private static Seat seat(Join join) {
        return assertInstanceOf(Join.Seated.class, join).seat();
    }

    private static Answer recorded(Receipt receipt) {
        return assertInstanceOf(Receipt.Recorded.class, receipt, receipt::toString).answer();
    }

    private static void assertRefused(Join join, String reason) {
        String got = assertInstanceOf(Join.Refused.class, join).reason();
        assertTrue(got.contains(reason), got);
    }

    private static void assertRefused(Receipt receipt, String reason) {
        String got = assertInstanceOf(Receipt.Refused.class, receipt).reason();
        assertTrue(got.contains(reason), got);
    }
}
