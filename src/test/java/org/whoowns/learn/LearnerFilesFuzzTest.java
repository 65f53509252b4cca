package org.whoowns.learn;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import org.whoowns.Fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saved learner files under fuzzing (issue 15): progress and results files mutated from valid ones, random
 * bytes and deep nesting. Each loads, is set aside with a one-line notice, or is refused with one clean
 * StoreException; never another exception or a hang.
 */
class LearnerFilesFuzzTest {
    private static final Learner ADA = new Learner("ada");

    @Example
    void anySavedFileLoadsOrIsSetAsideCleanly() throws Exception {
        Path home = Files.createTempDirectory("whoowns-fuzz");
        try {
            fuzz(home);
        } finally {
            try (var files = Files.walk(home)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void fuzz(Path home) throws Exception {
        String progress;
        String results;
        try (LearnerFiles files = LearnerFiles.open(new DataDir(home), ADA, Duration.ZERO)) {
            Progress loaded = ProgressStore.load(files, "azure", FsrsParams.DEFAULT, Exams.T0);
            ProgressStore.save(files, loaded);
            ResultStore.open(files, Exams.T0).append(Exams.attempt("ada", 3, 3, java.util.UUID.randomUUID(), 1));
        }
        Path dir = home.resolve("ada");
        progress = Files.readString(dir.resolve(ProgressStore.fileName("azure")));
        results = Files.readString(dir.resolve(ResultStore.FILE));
        Arbitrary<byte[]> inputs = Arbitraries.oneOf(
                Arbitraries.randoms().map(r -> mutate(r.nextBoolean() ? progress : results, r)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2048),
                Arbitraries.integers().between(1, 200_000).map(n -> ("{\"kind\": \"whoowns-results\", \"format\": 1, "
                        + "\"attempts\": " + "[".repeat(n)).getBytes(StandardCharsets.UTF_8)));
        long checked = Fuzz.run("learner files", inputs, b -> b.length, bytes -> check(home, bytes));
        assertTrue(checked > 0);
    }

    private static void check(Path home, byte[] bytes) throws Exception {
        Path dir = home.resolve("ada");
        Files.write(dir.resolve(ProgressStore.fileName("azure")), bytes);
        Files.write(dir.resolve(ResultStore.FILE), bytes);
        try (LearnerFiles files = LearnerFiles.open(new DataDir(home), ADA, Duration.ZERO)) {
            attempt(() -> ProgressStore.load(files, "azure", FsrsParams.DEFAULT, Exams.T0));
            attempt(() -> ResultStore.open(files, Exams.T0));
            for (String notice : files.takeNotices()) {
                assertTrue(notice.lines().count() == 1, notice);
            }
        }
        try (var aside = Files.list(dir)) { // keep the directory small: set-aside copies are checked by StorageTest
            for (Path file : aside.filter(f -> f.getFileName().toString().contains(".corrupt-")).toList()) {
                Files.delete(file);
            }
        }
    }

    private interface Load {
        Object run() throws StoreException;
    }

    private static void attempt(Load load) {
        try {
            load.run();
        } catch (StoreException refused) {
            String message = refused.getMessage();
            assertTrue(message != null && message.lines().count() == 1, String.valueOf(message));
            assertFalse(message.contains("Exception") || message.contains("java."), message);
        }
    }

    private static byte[] mutate(String valid, Random random) {
        StringBuilder text = new StringBuilder(valid);
        for (int i = 0, edits = 1 + random.nextInt(6); i < edits && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(4)) {
                case 0 -> text.setCharAt(at, (char) random.nextInt(0x800));
                case 1 -> text.insert(at, new String[] {"{", "[", "\"", "1e999", "-1", "null", "\"\\ud800\"", "99999999999999999999"}[random.nextInt(8)]);
                case 2 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(20)));
                default -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(80))));
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
