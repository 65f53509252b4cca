package org.whoowns.quiz;

import org.junit.jupiter.api.Test;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackLoader;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixFillTest {
    private static Question byId(Pack pack, String id) {
        return MatrixFill.generate(pack).stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyRowEveryCloudColumnAndTheGridWithTheMatrixAsAnswer() throws Exception {
        Pack pack = PackLoader.loadDefault();
        List<Question> fills = MatrixFill.generate(pack);
        assertEquals(pack.areas().size() + 3 + 1, fills.size(), "10 rows, IaaS PaaS SaaS columns, the grid");
        for (Question q : fills) {
            Fill fill = q.fill().orElseThrow();
            assertEquals(Kind.MATRIX_FILL, q.kind());
            assertEquals(q.cells(), fill.cells());
            for (int i = 0; i < fill.cells().size(); i++) {
                assertEquals(pack.owner(fill.cells().get(i)), fill.owners().get(fill.answer().get(i)));
            }
            assertEquals(1.0, fill.score(fill.answer()));
        }
        assertEquals(40, byId(pack, "matrix-fill:grid").cells().size());
        assertEquals(10, byId(pack, "matrix-fill:grid").fill().orElseThrow().rows().size());
    }

    @Test
    void partialCreditPerCellAndEachWrongCellExplained() throws Exception {
        Pack pack = PackLoader.loadDefault();
        Question row = byId(pack, "matrix-fill:row:client-devices");
        Fill fill = row.fill().orElseThrow();
        Fill.Parsed typed = fill.parse("ccsm", 4);
        assertTrue(typed.ok(), typed.problem());
        Feedback f = Feedback.filled(row, typed.owners());
        assertEquals(0.5, f.score(), "on-premises and IaaS right, PaaS and SaaS wrong");
        assertTrue(f.partlyRight());
        assertEquals("2 of 4 cells right: 0.5", f.creditText());
        List<Cell> blamed = f.blamedCells();
        assertEquals(List.of("client-devices@paas", "client-devices@saas"), blamed.stream().map(Cell::id).toList());
        List<String> notes = f.pickNotes();
        assertEquals(2, notes.size());
        assertEquals("Client devices under PaaS: you typed S (Shared). Under PaaS, responsibility for client devices"
                + " lies with the customer alone.", notes.get(0));
        assertTrue(notes.get(1).startsWith("Client devices under SaaS: you typed M (Microsoft)."), notes.get(1));
        QuizSession session = new QuizSession(pack, List.of(row), Grader.PRACTICE);
        assertThrows(IllegalArgumentException.class, () -> session.answer(java.util.Set.of(0)), "no picks for a fill");
        assertEquals(0.5, session.fill(typed.owners()).score());
    }

    @Test
    void aLineOfKeysIsReadStrictly() throws Exception {
        Pack pack = PackLoader.loadDefault();
        Fill fill = byId(pack, "matrix-fill:row:applications").fill().orElseThrow();
        assertEquals(fill.parse("CCSS", 4).owners(), fill.parse(" c, c s  s ", 4).owners());
        assertEquals("Type 4 keys (C Customer, S Shared, M Microsoft), e.g. CSMC; got 3", fill.parse("CCS", 4).problem());
        assertEquals("\"X\" is not an owner's key: use C Customer, S Shared, M Microsoft", fill.parse("CCSX", 4).problem());
        assertFalse(fill.parse("", 4).ok());
        assertFalse(fill.parse("C\u001b[2JS", 4).ok(), "an escape sequence is no key");
        List<Integer> outOfRange = new ArrayList<>(List.of(0, 0, 1, 7));
        assertThrows(IllegalArgumentException.class, () -> fill.score(outOfRange));
    }
}
