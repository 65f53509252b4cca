package org.whoowns.tui;

import org.junit.jupiter.api.Test;
import org.whoowns.learn.ExamPaper;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackLoader;
import org.whoowns.quiz.Question;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What is dealt behind the menu is exactly what would be dealt when asked, and is handed out once. */
class AheadTest {
    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }

    @Test
    void thePaperDealtAheadIsTheSeedsPaperAndIsTakenOnce() throws Exception {
        Pack pack = PackLoader.loadDefault();
        Ahead ahead = new Ahead();
        ahead.prepare(pack, 7, 20, 10);
        List<Question> first = ahead.paper(pack, 7, 20);
        assertEquals(ids(ExamPaper.of(pack, 7, 20)), ids(first));
        List<Question> again = ahead.paper(pack, 7, 20);
        assertNotSame(first, again, "taken once: the next is dealt anew");
        assertEquals(ids(first), ids(again));
    }

    @Test
    void anotherSeedSizeOrPackIsDealtWhenAsked() throws Exception {
        Pack pack = PackLoader.loadDefault();
        Pack other = PackLoader.loadShipped("example-raci.json");
        Ahead ahead = new Ahead();
        ahead.prepare(pack, 7, 20, 10);
        assertEquals(ids(ExamPaper.of(pack, 8, 20)), ids(ahead.paper(pack, 8, 20)));
        assertEquals(ids(ExamPaper.of(pack, 7, 5)), ids(ahead.paper(pack, 7, 5)));
        assertEquals(ids(ExamPaper.of(other, 7, 5)), ids(ahead.paper(other, 7, 5)));
        assertEquals(ids(ExamPaper.of(pack, 7, 20)), ids(ahead.paper(pack, 7, 20)), "still there for its own");
    }

    @Test
    void aDrillDealtAheadHasTheSizeAskedForAndIsTakenOnce() throws Exception {
        Pack pack = PackLoader.loadDefault();
        Ahead ahead = new Ahead();
        ahead.prepare(pack, 1, 20, 6);
        var drill = ahead.drill(pack, 6);
        assertEquals(6, drill.questions().size());
        assertNotSame(drill, ahead.drill(pack, 6));
        assertEquals(4, ahead.drill(pack, 4).questions().size());
    }

    @Test
    void aPackTooSmallForTheExamFailsAsItWouldWhenDealtThen() throws Exception {
        Pack pack = PackLoader.loadShipped("example-raci.json");
        Ahead ahead = new Ahead();
        ahead.prepare(pack, 1, 100_000, 5);
        IllegalArgumentException ahead1 = assertThrows(IllegalArgumentException.class, () -> ahead.paper(pack, 1, 100_000));
        IllegalArgumentException now = assertThrows(IllegalArgumentException.class, () -> ExamPaper.of(pack, 1, 100_000));
        assertEquals(now.getMessage(), ahead1.getMessage());
        assertSame(IllegalArgumentException.class, ahead1.getClass());
    }
}
