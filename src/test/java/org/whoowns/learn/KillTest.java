package org.whoowns.learn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 during saving: a child JVM saves attempts and progress in a loop and is killed at random moments.
 * After every kill each file loads as it is (nothing moved aside) and every attempt the child reported saved
 * is there. Prints the figures: iterations, attempts, wall time, and the median time of one save.
 */
class KillTest {
    static final int KILLS = 200;

    @Test
    void killedWhileSavingNothingReportedSavedIsLost(@TempDir Path home) throws Exception {
        Random random = new Random(42);
        Set<UUID> reported = new HashSet<>();
        int longestLog = 0;
        int midWrite = 0;
        long start = System.nanoTime();
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(Child.command("save", home)).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            // Let it save a few times, then kill it after a random pause: mostly in the middle of a save.
            int saves = random.nextInt(3);
            for (int i = 0; i <= saves; i++) {
                String line = out.readLine();
                assertTrue(line != null && line.startsWith("saved "), "child said: " + line);
                reported.add(UUID.fromString(line.split(" ")[1]));
            }
            Thread.sleep(random.nextInt(8));
            // Through the handle: Process.destroyForcibly would also close our end of its stdout.
            child.toHandle().destroyForcibly();
            // What it reported before dying counts too: it was said after the save returned.
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("saved ")) {
                    reported.add(UUID.fromString(line.split(" ")[1]));
                }
            }
            child.waitFor();
            try (var temps = java.nio.file.Files.newDirectoryStream(home.resolve("ada"), ".*" + AtomicFile.TEMP_SUFFIX)) {
                if (temps.iterator().hasNext()) {
                    midWrite++; // evidence the kill struck in the middle of a save
                }
            }
            try (LearnerFiles files = LearnerFiles.open(new DataDir(home), new Learner("ada"), LearnerLock.WAIT)) {
                ResultStore results = ResultStore.open(files, Instant.now());
                Progress progress = ProgressStore.load(files, "azure-shared-responsibility", FsrsParams.DEFAULT, Instant.now());
                assertEquals(List.of(), files.takeNotices(), "after kill " + kill);
                Set<UUID> saved = new HashSet<>();
                results.attempts().forEach(a -> saved.add(a.id()));
                Set<UUID> lost = new HashSet<>(reported);
                lost.removeAll(saved);
                assertEquals(Set.of(), lost, "attempts reported saved but missing after kill " + kill);
                assertTrue(results.attempts().stream().allMatch(Attempt::intact));
                assertTrue(progress.log().size() >= longestLog, "progress went back after kill " + kill);
                longestLog = progress.log().size();
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        System.out.println("kill -9 test: " + KILLS + " kills, " + reported.size() + " attempts reported saved, none lost, "
                + longestLog + " reviews in the progress log, " + midWrite + " kills left a half-written temp file, " + seconds + " s");
        assertTrue(midWrite > 0, "no kill struck during a write: the test proves nothing");
    }

    @Test
    void oneSaveTakesThisLongWithFsync(@TempDir Path home) throws Exception {
        List<Long> progressSaves = new ArrayList<>();
        List<Long> attemptSaves = new ArrayList<>();
        try (LearnerFiles files = LearnerFiles.open(new DataDir(home), new Learner("ada"), LearnerLock.WAIT)) {
            ResultStore results = ResultStore.open(files, Instant.now());
            Progress progress = Progress.empty("ada", "azure-shared-responsibility", new Fsrs(FsrsParams.DEFAULT));
            for (int i = 0; i < 100; i++) {
                progress = progress.record(List.of(new Review("operating-system@iaas", Rating.GOOD, Exams.T0.plusSeconds(i * 60L), 1000)));
                long t = System.nanoTime();
                ProgressStore.save(files, progress);
                progressSaves.add(System.nanoTime() - t);
                Attempt attempt = Exams.attempt("ada", 20, 17, UUID.randomUUID(), i + 1);
                t = System.nanoTime();
                results.append(attempt);
                attemptSaves.add(System.nanoTime() - t);
            }
        }
        System.out.printf("one save with fsync, median of 100: progress %.2f ms (log of 1-100 reviews), "
                + "attempt %.2f ms (file of 1-100 attempts of 20 questions)%n", median(progressSaves), median(attemptSaves));
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return (sorted.get(49) + sorted.get(50)) / 2.0 / 1e6;
    }
}
