package org.whoowns.learn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsTest {
    private static final UUID PASS = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID FAIL = UUID.fromString("00000000-0000-4000-8000-000000000002");

    private static LearnerFiles open(Path home) throws StoreException {
        return LearnerFiles.open(new DataDir(home), new Learner("ada"), Duration.ZERO);
    }

    @Test
    void attemptsAreSavedAndReadBackWhole(@TempDir Path home) throws Exception {
        Attempt passed = Exams.attempt("ada", 10, 9, PASS, 1);
        Attempt failed = Exams.attempt("ada", 10, 2, FAIL, 2);
        try (LearnerFiles files = open(home)) {
            ResultStore store = ResultStore.open(files, Exams.T0);
            assertEquals(1, store.nextNumber(Exams.PACK.id()));
            store.append(passed);
            store.append(failed);
            assertThrows(IllegalArgumentException.class, () -> store.append(passed));
        }
        try (LearnerFiles files = open(home)) {
            ResultStore store = ResultStore.open(files, Exams.T0);
            assertEquals(List.of(passed, failed), store.attempts());
            assertTrue(store.attempts().get(0).intact());
            assertTrue(store.attempts().get(0).passed());
            assertFalse(store.attempts().get(1).passed());
            assertEquals(3, store.nextNumber(Exams.PACK.id()));
        }
    }

    @Test
    void aCertificateVerifiesAndATamperedOneDoesNot(@TempDir Path home) throws Exception {
        Attempt passed = Exams.attempt("ada", 10, 9, PASS, 1);
        assertThrows(IllegalArgumentException.class, () -> Certificate.plain(Exams.attempt("ada", 10, 2, FAIL, 2)));
        try (LearnerFiles files = open(home)) {
            ResultStore store = ResultStore.open(files, Exams.T0);
            store.append(passed);
            for (String text : List.of(Certificate.plain(passed), Certificate.markdown(passed))) {
                assertTrue(text.contains("Ada Lovelace (ada)") && text.contains(Exams.PACK.version()) && text.contains("9/10 (90.0 %)")
                        && text.contains(passed.sha256()) && text.contains("2025-03-01"), text);
                assertTrue(Certificate.verify(text, store).valid(), Certificate.verify(text, store).message());
                String raised = text.replace("9/10 (90.0 %)", "10/10 (100.0 %)");
                assertFalse(Certificate.verify(raised, store).valid());
                assertTrue(Certificate.verify(raised, store).message().contains("Score"));
                String other = text.replace(PASS.toString(), FAIL.toString());
                assertTrue(Certificate.verify(other, store).message().contains("not among the saved results"));
                assertFalse(Certificate.verify("hello", store).valid());
            }
        }
        // an attempt altered in the store no longer verifies either
        Path results = home.resolve("ada").resolve(ResultStore.FILE);
        Files.writeString(results, Files.readString(results).replace("\"raw\" : 9.0", "\"raw\" : 10.0"));
        try (LearnerFiles files = open(home)) {
            ResultStore store = ResultStore.open(files, Exams.T0);
            Certificate.Verdict verdict = Certificate.verify(Certificate.plain(passed), store);
            assertFalse(verdict.valid());
            assertTrue(verdict.message().contains("altered"), verdict.message());
        }
    }

    @Test
    void theHashCoversTheFields() {
        Attempt a = Exams.attempt("ada", 5, 5, PASS, 1);
        assertEquals(64, a.sha256().length());
        assertEquals(a.sha256(), Exams.attempt("ada", 5, 5, PASS, 1).sha256());
        assertFalse(a.sha256().equals(Exams.attempt("ada", 5, 5, PASS, 2).sha256()));
        assertFalse(a.sha256().equals(Exams.attempt("bob", 5, 5, PASS, 1).sha256()));
        assertFalse(a.sha256().equals(Exams.attempt("ada", 5, 4, PASS, 1).sha256()));
        assertTrue(a.certificateId().matches("WO-[0-9A-F]{12}"));
    }
}
