package org.whoowns.learn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StorageTest {
    private static final Learner ADA = new Learner("ada");

    @Test
    void theDataDirFollowsTheEnvironment() {
        Path home = Path.of("/home/ada");
        assertEquals(Path.of("/data/wo"), DataDir.from(Map.of("WHOOWNS_HOME", "/data/wo", "XDG_DATA_HOME", "/x"), home).root());
        assertEquals(Path.of("/x/whoowns"), DataDir.from(Map.of("XDG_DATA_HOME", "/x"), home).root());
        assertEquals(Path.of("/home/ada/.local/share/whoowns"), DataDir.from(Map.of("XDG_DATA_HOME", "relative"), home).root());
        assertEquals(Path.of("/home/ada/.local/share/whoowns"), DataDir.from(Map.of(), home).root());
        assertEquals(Path.of("/x/whoowns/ada"), DataDir.from(Map.of("XDG_DATA_HOME", "/x"), home).learner(ADA));
    }

    @Test
    void learnerNamesAreSafeFileNames() {
        assertEquals("ada", Learner.resolve(Optional.empty(), Map.of("USER", "ada")).name());
        assertEquals("CORP_ada", Learner.resolve(Optional.empty(), Map.of("USERNAME", "CORP\\ada")).name());
        assertEquals("learner", Learner.resolve(Optional.empty(), Map.of()).name());
        assertEquals("bob.smith", Learner.resolve(Optional.of("bob.smith"), Map.of("USER", "ada")).name());
        for (String bad : List.of("", "..", ".hidden", "a/b", "a\\b", "con", "NUL.txt", "x".repeat(65), "a b", "é\u202e")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Learner.resolve(Optional.of(bad), Map.of()), bad);
            assertEquals(1, e.getMessage().lines().count());
        }
    }

    @Test
    void anAtomicWriteReplacesTheFileAndLeavesNoTemp(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("f.json");
        AtomicFile.write(file, "one".getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(file, "two".getBytes(StandardCharsets.UTF_8));
        assertEquals("two", Files.readString(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void damagedFilesAreKeptAsideAndTheLearnerCarriesOn(@TempDir Path home) throws Exception {
        Path dir = home.resolve("ada");
        Files.createDirectories(dir);
        Path progress = dir.resolve(ProgressStore.fileName("azure"));
        Path results = dir.resolve(ResultStore.FILE);
        List<byte[]> garbage = List.of(new byte[] {(byte) 0xff, 0, 1, 2}, "{\"kind\": \"whoowns-results\", \"format\": 1, \"attempts\": [".getBytes(),
                "{\"kind\": \"whoowns-results\", \"format\": 1, \"attempts\": [{\"learner\": 3}]}".getBytes(),
                "{\"kind\": \"something-else\", \"format\": 1}".getBytes(), "[]".getBytes(), new byte[0]);
        for (byte[] bad : garbage) {
            Files.write(results, bad);
            Files.write(progress, bad);
            Files.writeString(dir.resolve(".results.json.123.tmp"), "a crashed writer's leftover");
            try (LearnerFiles files = LearnerFiles.open(new DataDir(home), ADA, Duration.ZERO)) {
                assertTrue(ResultStore.open(files, Exams.T0).attempts().isEmpty());
                assertTrue(ProgressStore.load(files, "azure", FsrsParams.DEFAULT, Exams.T0).log().isEmpty());
                List<String> notices = files.takeNotices();
                assertEquals(2, notices.size(), notices.toString());
                for (String notice : notices) {
                    assertEquals(1, notice.lines().count());
                    assertTrue(notice.contains(".corrupt-20250301T090000Z"), notice);
                }
                assertTrue(files.takeNotices().isEmpty(), "told once");
                ResultStore.open(files, Exams.T0).append(Exams.attempt("ada", 3, 3, java.util.UUID.randomUUID(), 1));
            }
            assertTrue(Files.notExists(dir.resolve(".results.json.123.tmp")));
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> kept = files.filter(f -> f.getFileName().toString().contains(".corrupt-")).toList();
            assertEquals(2 * garbage.size(), kept.size(), "every bad file kept, none overwritten: " + kept);
        }
        assertArrayEquals(garbage.get(0), Files.readAllBytes(dir.resolve(ResultStore.FILE + ".corrupt-20250301T090000Z")));
    }

    @Test
    void aNewerFormatIsRefusedAndNeverOverwritten(@TempDir Path home) throws Exception {
        Path dir = home.resolve("ada");
        Files.createDirectories(dir);
        String newer = "{\"kind\": \"whoowns-results\", \"format\": 2, \"attempts\": \"whatever comes next\"}";
        Files.writeString(dir.resolve(ResultStore.FILE), newer);
        try (LearnerFiles files = LearnerFiles.open(new DataDir(home), ADA, Duration.ZERO)) {
            StoreException e = assertThrows(StoreException.class, () -> ResultStore.open(files, Exams.T0));
            assertTrue(e.getMessage().contains("format 2 is newer") && e.getMessage().contains("results.json"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
            assertThrows(StoreException.class, () -> files.write(ResultStore.FILE, ResultStore.KIND, 1, Map.of()));
        }
        assertEquals(newer, Files.readString(dir.resolve(ResultStore.FILE)));
    }

    @Test
    void aSecondInstanceWaitsThenNamesTheHolder(@TempDir Path home) throws Exception {
        Process holder = new ProcessBuilder(Child.command("hold", home)).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("held", out.readLine());
            long start = System.nanoTime();
            StoreException e = assertThrows(StoreException.class,
                    () -> LearnerFiles.open(new DataDir(home), ADA, Duration.ofMillis(300)));
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(300).toNanos(), "waited first");
            assertTrue(e.getMessage().contains("pid " + holder.pid()) && e.getMessage().contains("started"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        } finally {
            holder.destroyForcibly().waitFor();
        }
        // the OS let go with the dead holder
        LearnerFiles.open(new DataDir(home), ADA, Duration.ofSeconds(2)).close();
    }

    @Test
    void aSecondStoreInTheSameProcessIsRefusedWithoutLosingTheFirstsLock(@TempDir Path home) throws Exception {
        try (LearnerFiles first = LearnerFiles.open(new DataDir(home), ADA, Duration.ZERO)) {
            StoreException e = assertThrows(StoreException.class, () -> LearnerFiles.open(new DataDir(home), ADA, Duration.ofMillis(100)));
            assertTrue(e.getMessage().contains("in use by this whoowns"), e.getMessage());
            // POSIX drops a process's lock when any descriptor of the file closes: another process must still be kept out
            Process other = new ProcessBuilder(Child.command("hold", home)).redirectErrorStream(true).start();
            try {
                assertTrue(other.waitFor(20, java.util.concurrent.TimeUnit.SECONDS), "the other instance gave up");
                String said = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(said.contains("in use by another whoowns (pid " + ProcessHandle.current().pid()), said);
            } finally {
                other.destroyForcibly();
            }
        }
        LearnerFiles.open(new DataDir(home), ADA, Duration.ZERO).close();
    }
}
