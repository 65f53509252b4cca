package org.whoowns.classroom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whoowns.TestClock;
import org.whoowns.pack.TestPacks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsWriterTest {
    @TempDir
    Path dir;

    @Test
    void aStoppedDrillIsSavedWithEveryAnswerGivenAndRewritingReplacesBothFiles() throws IOException {
        TestClock clock = new TestClock();
        Drill drill = Drill.deal(TestPacks.shipped(), DrillCode.parse("K7Q2M"), 3);
        Room room = new Room(drill, new Points(Duration.ofSeconds(20), true), clock, 10);
        Seat ana = ((Join.Seated) room.join("=cmd|' /C calc'!A0", e -> { })).seat();
        Seat ben = ((Join.Seated) room.join("Ben, Jr.", e -> { })).seat();
        ResultsWriter writer = new ResultsWriter(dir, drill.code(), clock.instant(), ZoneOffset.UTC);
        room.start();
        clock.advance(Duration.ofSeconds(2));
        room.answer(ana, RoomTest.right(drill.questions().get(0)));
        writer.write(room.rows(), room.standings());
        String first = Files.readString(writer.answersFile());
        room.answer(ben, RoomTest.wrong(drill.questions().get(0)));
        room.start();
        clock.advance(Duration.ofSeconds(1));
        room.answer(ben, RoomTest.right(drill.questions().get(1)));
        room.finish(); // stopped mid-question: Ana never answered question 2
        writer.write(room.rows(), room.standings());

        assertEquals("drill-K7Q2M-20250301-091500-answers.csv", writer.answersFile().getFileName().toString());
        List<String> answers = Files.readAllLines(writer.answersFile());
        String q1 = drill.questions().get(0).id();
        String q2 = drill.questions().get(1).id();
        assertEquals("code,name,question,question_id,answer,result,millis,points", answers.get(0));
        assertEquals(5, answers.size());
        assertTrue(answers.get(1).startsWith("K7Q2M,'=cmd|' /C calc'!A0,1," + q1 + ","), answers.get(1));
        assertTrue(answers.get(1).endsWith(",right,2000,950"), answers.get(1));
        assertEquals("K7Q2M,'=cmd|' /C calc'!A0,2," + q2 + ",,none,,0", answers.get(2));
        assertTrue(answers.get(3).startsWith("K7Q2M,\"Ben, Jr.\",1,") && answers.get(3).endsWith(",wrong,2000,0"));
        assertTrue(answers.get(4).endsWith(",right,1000,975"), answers.get(4));
        assertEquals(List.of("code,rank,name,points,right", "K7Q2M,1,\"Ben, Jr.\",975,1",
                "K7Q2M,2,'=cmd|' /C calc'!A0,950,1"), Files.readAllLines(writer.standingsFile()));
        assertTrue(first.contains("K7Q2M,\"Ben, Jr.\",1," + q1 + ",,none,,0"), "Ben had not answered at the first save");
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }
}
