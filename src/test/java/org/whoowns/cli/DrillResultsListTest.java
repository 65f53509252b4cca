package org.whoowns.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whoowns.classroom.DrillCode;
import org.whoowns.classroom.ResultRow;
import org.whoowns.classroom.ResultsWriter;
import org.whoowns.classroom.Standing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What `results --drills` reads: the files a drill writes (ResultsWriter), listed one line per drill. */
class DrillResultsListTest {
    @TempDir
    Path dir;

    @Test
    void eachSavedDrillIsOneLineWithCodeTimePlayersQuestionsAndWinner() throws Exception {
        ResultsWriter writer = new ResultsWriter(dir, DrillCode.parse("K7Q2M"), Instant.parse("2025-03-01T09:15:00Z"),
                ZoneOffset.UTC);
        writer.write(List.of(new ResultRow("=Ann, \"A\"", 1, "q1", true, "B", true, 1200, 940),
                        new ResultRow("=Ann, \"A\"", 2, "q2", false, "", false, 0, 0),
                        new ResultRow("Bo", 1, "q1", true, "A", false, 800, 0),
                        new ResultRow("Bo", 2, "q2", true, "C", true, 3000, 850)),
                List.of(new Standing(1, "=Ann, \"A\"", 940, 1, true), new Standing(2, "Bo", 850, 1, false)));
        Files.writeString(dir.resolve("drill-BAD-standings.csv"), "junk");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        DrillResultsList.print(dir, new java.io.PrintStream(out, true));
        String text = out.toString();
        assertTrue(text.contains("K7Q2M  2025-03-01 09:15        2          2  '=Ann, \"A\" (940)"), text);
        assertTrue(text.contains("drill-BAD-standings.csv: not a drill results file name"), text);
        assertEquals(4, text.strip().lines().count(), text);
    }
}
