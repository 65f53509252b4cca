package org.whoowns.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackLoader;
import org.whoowns.quiz.Feedback;
import org.whoowns.quiz.Grader;
import org.whoowns.quiz.Kind;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.QuizSession;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learning loop through the real files: deal, answer, save, restart, deal again. */
class PracticeLoopTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Learner ADA = new Learner("ada");

    @TempDir
    Path home;

    private Notebook open(Pack pack, Instant now) throws Exception {
        return Notebook.open(new DataDir(home), ADA, pack, now);
    }

    /** Answers every question of {@code dealt}: right except on questions testing {@code wrongCell}. */
    private static QuizSession play(Notebook book, Pack pack, List<Deal.Dealt> dealt, String wrongCell, Instant at)
            throws Exception {
        QuizSession session = new QuizSession(pack, dealt.stream().map(Deal.Dealt::question).toList(), Grader.PRACTICE,
                dealt.stream().map(d -> d.reason().text()).toList());
        while (!session.finished()) {
            Question q = session.current();
            boolean wrong = Deal.items(q).contains(wrongCell);
            if (q.fill().isPresent()) {
                List<Integer> answer = q.fill().get().answer();
                session.fill(wrong ? answer.stream().map(i -> (i + 1) % q.choices().size()).toList() : answer);
            } else {
                int right = q.answer().get(0);
                int pick = wrong ? (right + 1) % q.choices().size() : right;
                session.answer(q.selectAll() ? Set.copyOf(q.answer()) : Set.of(pick));
                if (wrong && q.selectAll()) {
                    throw new AssertionError("the test wants single-answer questions about the wrong cell");
                }
            }
            book.answered(session, 1, 3000, at);
        }
        return session;
    }

    @Test
    void aCellAnsweredWrongComesBackBeforeCellsAnsweredRightAcrossARestart() throws Exception {
        Pack pack = PackLoader.loadDefault();
        List<Deal.Dealt> first;
        String wrong;
        try (Notebook book = open(pack, T0)) {
            first = Deal.adaptive(pack, book.progress(), T0, 1, 10);
            assertTrue(first.stream().allMatch(d -> d.reason() == Pick.Reason.NEW), "a new learner: all new");
            // the cell of the first single-answer owner question is the one answered wrong
            wrong = first.stream().map(Deal.Dealt::question).filter(q -> q.kind() == Kind.OWNER_OF_CELL
                    || q.kind() == Kind.TASK_OWNER).findFirst().map(q -> q.cells().get(0).id()).orElseThrow();
            play(book, pack, first, wrong, T0);
        }
        try (Notebook book = open(pack, T0.plusSeconds(5))) {
            assertFalse(book.progress().card(wrong).isEmpty(), "the miss was saved");
            List<Deal.Dealt> again = Deal.adaptive(pack, book.progress(), T0.plusSeconds(5), 2, 10);
            assertEquals(Pick.Reason.MISSED, again.get(0).reason());
            assertTrue(Deal.items(again.get(0).question()).contains(wrong), again.get(0).question().id());
            // cells answered right are not due seconds later: they come after new ones, if at all
            List<String> right = first.stream().flatMap(d -> Deal.items(d.question()).stream())
                    .filter(i -> !i.equals(wrong)).toList();
            assertTrue(again.subList(0, 1).stream().noneMatch(d -> Deal.items(d.question()).stream().anyMatch(right::contains)));
            assertEquals(List.of(new Pick(wrong, Pick.Reason.MISSED)), book.progress().misses().stream()
                    .filter(p -> p.item().equals(wrong)).toList());
            List<Deal.Dealt> misses = Deal.misses(pack, book.progress(), 3, 10);
            assertEquals(1, misses.size(), "My misses drills exactly the missed item");
            assertTrue(Deal.items(misses.get(0).question()).contains(wrong));
        }
    }

    @Test
    void aWeekLaterDueCellsComeFirstLowestRecallFirst() throws Exception {
        Pack pack = PackLoader.loadDefault();
        try (Notebook book = open(pack, T0)) {
            play(book, pack, Deal.adaptive(pack, book.progress(), T0, 1, 10), "none", T0);
        }
        Instant later = T0.plusSeconds(14 * 86400);
        try (Notebook book = open(pack, later)) {
            List<Deal.Dealt> dealt = Deal.adaptive(pack, book.progress(), later, 4, 10);
            assertEquals(Pick.Reason.DUE, dealt.get(0).reason(), dealt.toString());
            int firstNew = dealt.stream().map(Deal.Dealt::reason).toList().indexOf(Pick.Reason.NEW);
            assertTrue(dealt.subList(0, Math.max(0, firstNew)).stream().allMatch(d -> d.reason() == Pick.Reason.DUE));
        }
    }

    @Test
    void everyRunOfFiveOrMoreHasOneRowFillAndNoRepeats() throws Exception {
        Pack pack = PackLoader.loadDefault();
        Progress none = Progress.empty("ada", pack.id(), new Fsrs(FsrsParams.DEFAULT));
        for (long seed = 1; seed <= 20; seed++) {
            List<Deal.Dealt> dealt = Deal.adaptive(pack, none, T0, seed, 10);
            assertEquals(10, dealt.size());
            assertEquals(Kind.MATRIX_FILL, dealt.get(Deal.FILL_FROM - 1).question().kind(), "seed " + seed);
            assertEquals(1, dealt.stream().filter(d -> d.question().kind() == Kind.MATRIX_FILL).count());
            assertEquals(dealt.size(), dealt.stream().map(d -> d.question().id()).distinct().count(), "no repeats");
        }
        assertTrue(Deal.adaptive(pack, none, T0, 1, Deal.FILL_FROM - 1).stream()
                .noneMatch(d -> d.question().kind() == Kind.MATRIX_FILL), "short runs have none");
    }

    @Test
    void aNewEditionResetsTheChangedCellAndSaysSoOnce() throws Exception {
        Pack pack = PackLoader.loadDefault();
        try (Notebook book = open(pack, T0)) {
            play(book, pack, Deal.adaptive(pack, book.progress(), T0, 1, 40), "none", T0);
            assertTrue(book.progress().card("operating-system@paas").isPresent(), "studied");
            assertEquals(List.of(), book.takeNotices());
        }
        // a copy of the shipped pack with one cell's owner changed: the operating system under PaaS
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = mapper.readTree(Files.readString(Path.of("questions", PackLoader.DEFAULT_PACK), StandardCharsets.UTF_8));
        for (JsonNode area : json.get("areas")) {
            if (area.get("id").asText().equals("operating-system")) {
                ((ObjectNode) area.get("cells")).put("paas", "customer");
            }
        }
        Pack next = PackLoader.parse("edited.json", mapper.writeValueAsBytes(json));
        try (Notebook book = open(next, T0.plusSeconds(60))) {
            assertEquals(List.of("New edition of the pack: Operating system under PaaS: now Customer, was Microsoft; that cell"
                    + " starts afresh."), book.takeNotices());
            assertEquals(Optional.empty(), book.progress().card("operating-system@paas"), "new again");
            assertTrue(book.progress().card("operating-system@iaas").isPresent(), "other cells keep their memory");
        }
        try (Notebook book = open(next, T0.plusSeconds(120))) {
            assertEquals(List.of(), book.takeNotices(), "told once");
        }
    }

    @Test
    void aRunLeftMidwayResumesWhereItWasLeftAndAFinishedOneDoesNot() throws Exception {
        Pack pack = PackLoader.loadDefault();
        List<Deal.Dealt> dealt;
        try (Notebook book = open(pack, T0)) {
            dealt = Deal.adaptive(pack, book.progress(), T0, 9, 6);
            QuizSession session = new QuizSession(pack, dealt.stream().map(Deal.Dealt::question).toList(),
                    Grader.PRACTICE, dealt.stream().map(d -> d.reason().text()).toList());
            for (int i = 0; i < 5; i++) {
                Question q = session.current();
                if (q.fill().isPresent()) {
                    session.fill(q.fill().get().answer());
                } else {
                    session.answer(Set.copyOf(q.answer()));
                }
                book.answered(session, 9, 1000, T0);
            }
        }
        try (Notebook book = open(pack, T0)) {
            Notebook.Resumable left = book.resumable().orElseThrow();
            assertEquals(9, left.seed());
            assertEquals(5, left.session().position());
            assertEquals(5.0, left.session().score());
            assertEquals(dealt.stream().map(d -> d.question().id()).toList(),
                    left.session().questions().stream().map(Question::id).toList());
            QuizSession session = left.session();
            session.answer(Set.of((session.current().answer().get(0) + 1) % session.current().choices().size()));
            book.answered(session, 9, 1000, T0);
            assertEquals(Optional.empty(), book.resumable(), "finished: nothing to resume");
        }
    }

    @Test
    void aGarbledRunFileIsKeptAsideAndSaidInOneLine() throws Exception {
        Pack pack = PackLoader.loadDefault();
        Path dir = home.resolve("ada");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("run-" + pack.id() + ".json"), "{\"kind\": \"whoowns-run\", \"format\": 1, \"pack\": 3");
        try (Notebook book = open(pack, T0)) {
            // told on opening, before a plain-mode run (which never resumes) could write over it
            List<String> notices = book.takeNotices();
            assertEquals(1, notices.size(), notices.toString());
            assertTrue(notices.get(0).contains("was damaged") && !notices.get(0).contains("\n"), notices.get(0));
            assertEquals(Optional.empty(), book.resumable());
            assertTrue(book.takeNotices().isEmpty(), "said once");
        }
        try (var kept = Files.list(dir)) {
            assertEquals(1, kept.filter(f -> f.getFileName().toString().startsWith("run-" + pack.id() + ".json.corrupt-")).count());
        }
    }

    @Test
    void eachCellOfAQuestionIsRatedByItsOwnPart() throws Exception {
        Pack pack = PackLoader.loadDefault();
        Question statements = org.whoowns.quiz.QuestionBank.generate(pack, 3).stream()
                .filter(q -> q.kind() == Kind.TRUE_STATEMENTS).findFirst().orElseThrow();
        int wrongPick = 0;
        while (statements.choices().get(wrongPick).correct()) {
            wrongPick++;
        }
        Set<Integer> picks = new java.util.HashSet<>(statements.answer());
        picks.add(wrongPick);
        Feedback f = new Feedback(statements, picks, Grader.PRACTICE.score(statements, picks));
        var rated = Notebook.rightByItem(f);
        List<Cell> blamed = statements.choices().get(wrongPick).cells();
        for (Cell c : statements.cells()) {
            assertEquals(!blamed.contains(c), rated.get(c.id()), c.id());
        }
        assertTrue(rated.containsValue(true) && rated.containsValue(false));
    }
}
