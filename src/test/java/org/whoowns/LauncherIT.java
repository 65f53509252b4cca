package org.whoowns;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 15 item 1: the real {@code bin/whoowns}, run by /bin/sh as a process with stdin from /dev/null, a
 * temporary XDG_CACHE_HOME (its path holds a space) and WHOOWNS_HOME. Every run must print the version line
 * alone, nothing on stderr, and exit 0, whatever the cache holds; the class-data archive is built in the
 * background on the first run of a jar and used from the second. After each test no process of it is left:
 * the background build is awaited and, past the deadline, killed and reported.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {
    private static final Path LAUNCHER = Path.of("bin/whoowns").toAbsolutePath();
    /** A run and an archive build; generous, since other builds may share the two cores. */
    private static final Duration RUN = Duration.ofSeconds(60);
    private static final Duration BUILD = Duration.ofSeconds(90);
    private static final String TOP = "source: shared objects file (top)";

    private static Path jar;
    private static String versionLine;
    /** A cache holding a finished archive of the repository's jar, made once and copied by the tests that need one. */
    private static Path builtCache;

    @TempDir
    static Path shared;
    @TempDir
    Path tmp;
    /** XDG_CACHE_HOME of this test (a space in its path); the archives go to {@code cacheHome/whoowns}. */
    private Path cacheHome;
    private Path home;

    @BeforeAll
    static void requirements() throws IOException {
        assertTrue(Files.isRegularFile(LAUNCHER), LAUNCHER + " (tests run from the project directory)");
        String property = System.getProperty("whoowns.jar");
        assertTrue(property != null, "system property whoowns.jar (set by failsafe) is missing");
        jar = Path.of(property).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), jar + " does not exist; run mvn package first");
        Properties properties = new Properties();
        try (InputStream in = LauncherIT.class.getResourceAsStream("/org/whoowns/version.properties")) {
            properties.load(in);
        }
        versionLine = "whoowns " + properties.getProperty("version") + "\n";
    }

    @BeforeEach
    void dirs() throws IOException {
        cacheHome = Files.createDirectories(tmp.resolve("cache home"));
        home = Files.createDirectories(tmp.resolve("home"));
    }

    /** Item 7: the build this test started ends by itself; one still running past the deadline is killed and fails the test. */
    @AfterEach
    void noProcessLeftBehind() throws Exception {
        List<ProcessHandle> left = awaitNoBuild(tmp);
        if (!left.isEmpty()) {
            left.forEach(ProcessHandle::destroyForcibly);
            fail("still running " + BUILD.toSeconds() + " s after the test, killed: "
                    + left.stream().map(p -> p.info().commandLine().orElse("?")).toList());
        }
        for (Path dir : List.of(cacheHome, cacheHome.resolve("whoowns"))) { // test 5 takes the write bits away
            if (Files.isDirectory(dir)) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    @AfterAll
    static void noProcessOfAnyTest() throws Exception {
        List<ProcessHandle> left = awaitNoBuild(shared);
        left.forEach(ProcessHandle::destroyForcibly);
        assertEquals(List.of(), left.stream().map(p -> p.info().commandLine().orElse("?")).toList());
    }

    @Test
    @Order(1)
    void firstRunPrintsTheVersionAtOnceAndBuildsTheArchiveBehindIt() throws Exception {
        Run run = launcher(Map.of(), "--version");
        // The run is over, its output closed, and the archive is still being built: nothing waited for it.
        boolean building = Files.isDirectory(cacheHome.resolve("whoowns")) && archives(cacheHome).isEmpty();
        run.assertClean();
        assertTrue(building, "the archive was already there when the first run ended: " + archives(cacheHome));
        assertTrue(run.millis < 20_000, run.millis + " ms");

        List<Path> built = awaitArchives(cacheHome, 1);
        assertTrue(built.get(0).getFileName().toString().matches("whoowns-.*\\.jsa"), built.toString());
        assertTrue(Files.size(built.get(0)) > 100_000, built + ": " + Files.size(built.get(0)) + " bytes");
        try (Stream<Path> files = Files.list(cacheHome.resolve("whoowns"))) {
            assertEquals(built, files.toList(), "nothing but the archive: no lock directory, no temporary file");
        }
        System.out.printf("LauncherIT: first run %d ms, archive %s (%d bytes)%n", run.millis, built.get(0).getFileName(),
                Files.size(built.get(0)));
        synchronized (LauncherIT.class) {
            if (builtCache == null) {
                builtCache = copyCache(cacheHome, Files.createDirectories(shared.resolve("built")));
            }
        }
    }

    @Test
    @Order(2)
    void secondRunLoadsTheProgramsClassesFromTheArchive() throws Exception {
        copyCache(builtCache(), cacheHome);
        Path log = tmp.resolve("classes.log");
        Run run = launcher(Map.of("WHOOWNS_JAVA_OPTS", "-Xlog:class+load:file=" + log), "--version");
        run.assertClean();
        List<String> ours = ourClasses(log);
        List<String> archived = ours.stream().filter(l -> l.contains(TOP)).toList();
        assertTrue(archived.size() >= 20 && archived.size() * 2 > ours.size(),
                archived.size() + " of " + ours.size() + " org.whoowns classes from the archive:\n" + String.join("\n", ours));
        assertEquals(List.of(), archives(cacheHome).stream().filter(p -> !builtArchives().contains(p.getFileName())).toList(),
                "no other archive is built");
    }

    @Test
    @Order(3)
    void aForeignOrDamagedArchiveIsNeverUsedAndNeverWarns() throws Exception {
        copyCache(builtCache(), cacheHome);
        Path archive = archives(cacheHome).get(0);
        byte[] good = Files.readAllBytes(archive);
        Path log = tmp.resolve("classes.log");
        Map<String, String> logged = Map.of("WHOOWNS_JAVA_OPTS", "-Xlog:class+load:file=" + log);

        byte[] garbage = new byte[good.length];
        new Random(15).nextBytes(garbage);
        byte[] otherJvm = good.clone(); // the same archive, as another build of Java wrote it
        byte[] vm = System.getProperty("java.vm.version").getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(otherJvm, vm, Math.min(otherJvm.length, 64 * 1024));
        assertTrue(at >= 0, "the JVM's version is in the archive's header");
        otherJvm[at + vm.length - 1] ^= 1;
        for (Map.Entry<String, byte[]> damaged : List.of(Map.entry("random bytes", garbage), Map.entry("another JVM's archive", otherJvm))) {
            replace(archive, damaged.getValue());
            Run run = launcher(logged, "--version");
            run.assertClean(damaged.getKey());
            assertTrue(ourClasses(log).stream().noneMatch(l -> l.contains(TOP)), damaged.getKey() + " was used");
        }

        // Cut short (as a copy or a crash can leave it): JDK 17 itself would die of SIGBUS on it.
        replace(archive, Arrays.copyOf(good, good.length / 2));
        Run run = launcher(logged, "--version");
        run.assertClean("a truncated archive");
        assertTrue(ourClasses(log).stream().noneMatch(l -> l.contains(TOP)), "the truncated archive was used");
        // ... and is replaced by a whole one, which the next run uses.
        assertTrue(awaitNoBuild(tmp).isEmpty(), "the build of a replacement ends");
        launcher(logged, "--version").assertClean("after the rebuild");
        assertTrue(ourClasses(log).stream().anyMatch(l -> l.contains(TOP)), "the rebuilt archive is used: " + archives(cacheHome));
    }

    @Test
    @Order(4)
    void anInstalledLauncherLinkedOntoThePathGivesAChangedJarANewArchive() throws Exception {
        // No space in this path: JDK 17 archives no class of a jar whose path holds one (the run is as clean,
        // only slower; the cache's path may hold one).
        Path root = Files.createDirectories(tmp.resolve("install"));
        Path bin = Files.createDirectories(root.resolve("bin"));
        Files.copy(LAUNCHER, bin.resolve("whoowns"), StandardCopyOption.COPY_ATTRIBUTES);
        Path installed = Files.copy(jar, Files.createDirectories(root.resolve("lib/whoowns")).resolve("whoowns.jar"));
        Path pathDir = Files.createDirectories(root.resolve("path"));
        Files.createSymbolicLink(pathDir.resolve("whoowns"), Path.of("../bin/whoowns")); // relative, as ln -s ../bin/whoowns
        Path linkDir = Files.createDirectories(root.resolve("elsewhere"));
        Files.createSymbolicLink(linkDir.resolve("whoowns"), bin.resolve("whoowns")); // absolute, as the README's ln -s "$PWD/bin/whoowns"
        Map<String, String> onPath = Map.of("PATH", pathDir + File.pathSeparator + System.getenv("PATH"));

        run(onPath, null, "/bin/sh", "-c", "exec whoowns --version").assertClean("found on the PATH through a relative link");
        List<Path> first = awaitArchives(cacheHome, 1);
        run(Map.of(), pathDir, "/bin/sh", "whoowns", "--version").assertClean("sh whoowns beside the relative link");
        run(Map.of(), null, "/bin/sh", linkDir.resolve("whoowns").toString(), "--version").assertClean("an absolute link");
        assertEquals(first, archives(cacheHome), "the same jar, the same archive");

        // New content, same modification time: the checksum tells.
        FileTime mtime = Files.getLastModifiedTime(installed);
        appendZipComment(installed, "rebuilt");
        Files.setLastModifiedTime(installed, mtime);
        run(onPath, null, "/bin/sh", "-c", "exec whoowns --version").assertClean("a jar with new content");
        List<Path> second = awaitArchives(cacheHome, 2);
        assertTrue(second.containsAll(first), second.toString());

        // Same content, new modification time (which the JVM checks too).
        Files.setLastModifiedTime(installed, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        run(onPath, null, "/bin/sh", "-c", "exec whoowns --version").assertClean("a touched jar");
        List<Path> third = awaitArchives(cacheHome, 3);
        assertTrue(third.containsAll(second), third.toString());

        Path log = tmp.resolve("classes.log");
        run(Map.of("PATH", onPath.get("PATH"), "WHOOWNS_JAVA_OPTS", "-Xlog:class+load:file=" + log), null,
                "/bin/sh", "-c", "exec whoowns --version").assertClean("the third archive");
        assertTrue(ourClasses(log).stream().anyMatch(l -> l.contains(TOP)), "the newest archive is used");
        assertEquals(third, archives(cacheHome));
    }

    @Test
    @Order(5)
    void anUnwritableCacheOnlyCostsTheArchive() throws Exception {
        Path file = Files.writeString(tmp.resolve("cache file"), "not a directory\n");
        launcher(Map.of("XDG_CACHE_HOME", file.toString()), "--version").assertClean("XDG_CACHE_HOME a regular file");
        assertEquals("not a directory\n", Files.readString(file));
        assertEquals(List.of(), buildProcesses(tmp), "no build started");

        Files.setPosixFilePermissions(cacheHome, PosixFilePermissions.fromString("r-x------"));
        if (Files.isWritable(cacheHome)) {
            System.out.println("LauncherIT: running as root, a chmod 500 cache is still writable; only the file case ran");
            return;
        }
        launcher(Map.of(), "--version").assertClean("XDG_CACHE_HOME mode 500");
        try (Stream<Path> files = Files.list(cacheHome)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    @Order(6)
    void atMostThreeArchivesAreKept() throws Exception {
        Path cache = Files.createDirectories(cacheHome.resolve("whoowns"));
        List<String> fakes = new ArrayList<>();
        for (int hours = 1; hours <= 4; hours++) {
            Path fake = Files.writeString(cache.resolve("whoowns-older-" + hours + ".jsa"), "an older archive\n");
            Files.setLastModifiedTime(fake, FileTime.from(Instant.now().minus(Duration.ofHours(hours))));
            fakes.add(fake.getFileName().toString());
        }
        launcher(Map.of(), "--version").assertClean();
        assertTrue(awaitNoBuild(tmp).isEmpty(), "the build ends");
        List<String> kept = archives(cacheHome).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(3, kept.size(), kept.toString());
        assertTrue(kept.containsAll(fakes.subList(0, 2)), "the two newest older ones stay: " + kept);
        assertTrue(kept.stream().anyMatch(n -> !n.startsWith("whoowns-older-")), "the new archive stays: " + kept);
    }

    /** The fixes found by this test: a build that died (its lock left behind) is redone; a closed terminal does not stop one. */
    @Test
    @Order(7)
    void aBuildThatDiedIsRedoneAndAClosedTerminalDoesNotStopTheNext() throws Exception {
        copyCache(builtCache(), cacheHome);
        Path built = archives(cacheHome).get(0);
        Files.delete(built);
        String name = built.getFileName().toString();
        // As a killed build leaves it: the lock directory with an archive half written in it.
        Path lock = Files.createDirectories(built.resolveSibling(name.substring(0, name.lastIndexOf('-')) + ".lock"));
        Files.write(lock.resolve("1234.jsa"), new byte[4096]);
        launcher(Map.of(), "--version").assertClean("beside a lock");
        assertTrue(Files.isDirectory(lock) && archives(cacheHome).isEmpty() && buildProcesses(tmp).isEmpty(),
                "a lock younger than ten minutes is another launch's build: nothing is started");

        Files.setLastModifiedTime(lock, FileTime.from(Instant.now().minus(Duration.ofMinutes(20))));
        // In a session of its own (setsid execs, so its pid is the group's), so that the whole process group,
        // the build with it, gets what a closed terminal and a Ctrl-C send.
        Run run = run(Map.of(), null, "setsid", "/bin/sh", LAUNCHER.toString(), "--version");
        run.assertClean("beside a lock ten minutes old");
        long deadline = System.nanoTime() + RUN.toNanos();
        while (buildProcesses(tmp).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(buildProcesses(tmp).isEmpty(), "a build runs again");
        for (String signal : List.of("-HUP", "-INT")) {
            assertEquals(0, new ProcessBuilder("kill", signal, "--", "-" + run.pid).inheritIO().start().waitFor(),
                    "kill " + signal + " -" + run.pid);
        }
        awaitArchives(cacheHome, 1); // the build lived through the signals
        assertFalse(Files.exists(lock), "the stale lock is gone");
    }

    // --- running the launcher

    private record Run(int code, String out, String err, long millis, long pid) {
        void assertClean() {
            assertClean("");
        }

        void assertClean(String what) {
            String context = what + " (exit " + code + "):\nstdout: " + out + "\nstderr: " + err;
            assertEquals(versionLine, out, context);
            assertEquals("", err, context);
            assertEquals(0, code, context);
        }
    }

    private Run launcher(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        return run(env, null, command.toArray(String[]::new));
    }

    /** Runs a command with this test's cache and home, stdin from /dev/null; waits for both streams' end. */
    private Run run(Map<String, String> env, Path dir, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        Map<String, String> environment = builder.environment();
        for (String name : List.of("WHOOWNS_JAR", "WHOOWNS_JAVA_OPTS", "WHOOWNS_TTY")) {
            environment.remove(name);
        }
        environment.put("XDG_CACHE_HOME", cacheHome.toString());
        environment.put("WHOOWNS_HOME", home.toString());
        environment.putAll(env);
        long started = System.nanoTime();
        Process process = builder.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> text(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(process.getErrorStream()));
        try {
            assertTrue(process.waitFor(RUN.toSeconds(), TimeUnit.SECONDS), Arrays.toString(command) + " did not end");
            String stdout = out.get(RUN.toSeconds(), TimeUnit.SECONDS);
            String stderr = err.get(RUN.toSeconds(), TimeUnit.SECONDS);
            return new Run(process.exitValue(), stdout, stderr, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                    process.pid());
        } finally {
            process.destroyForcibly();
        }
    }

    private static String text(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the background build

    /** Processes whose command line names {@code dir}: the build's java names its archive there. */
    private static List<ProcessHandle> buildProcesses(Path dir) {
        String name = dir.toString();
        return ProcessHandle.allProcesses().filter(p -> p.isAlive() && p.pid() != ProcessHandle.current().pid())
                .filter(p -> p.info().commandLine().map(c -> c.contains(name)).orElse(false)).toList();
    }

    /**
     * Waits until no build under {@code dir} runs: no process, and no lock directory (a build takes it away
     * last) or none for two seconds (a build that died leaves its lock). Returns what still runs at the deadline.
     */
    private static List<ProcessHandle> awaitNoBuild(Path dir) throws Exception {
        long deadline = System.nanoTime() + BUILD.toNanos();
        long idleSince = System.nanoTime();
        while (true) {
            List<ProcessHandle> running = buildProcesses(dir);
            if (!running.isEmpty()) {
                idleSince = System.nanoTime();
            } else if (locks(dir).isEmpty() || System.nanoTime() - idleSince > TimeUnit.SECONDS.toNanos(2)) {
                return running;
            }
            if (System.nanoTime() > deadline) {
                return running;
            }
            Thread.sleep(100);
        }
    }

    private static List<Path> locks(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".lock")).toList();
        }
    }

    /** Waits for the running build to end and for {@code count} archives to be there; returns them. */
    private List<Path> awaitArchives(Path xdgCache, int count) throws Exception {
        assertTrue(awaitNoBuild(tmp).isEmpty(), "the archive's build ends within " + BUILD.toSeconds() + " s");
        List<Path> archives = archives(xdgCache);
        assertEquals(count, archives.size(), archives.toString());
        return archives;
    }

    /** The {@code whoowns-*.jsa} files of the cache, sorted by name. */
    private static List<Path> archives(Path xdgCache) throws IOException {
        Path cache = xdgCache.resolve("whoowns");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.getFileName().toString().matches("whoowns-.*\\.jsa") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    /** A cache with a finished archive of the repository's jar: the first test's, or one made now. */
    private Path builtCache() throws Exception {
        synchronized (LauncherIT.class) {
            if (builtCache == null) {
                launcher(Map.of(), "--version").assertClean("building the shared archive");
                awaitArchives(cacheHome, 1);
                builtCache = copyCache(cacheHome, Files.createDirectories(shared.resolve("built")));
            }
            return builtCache;
        }
    }

    private static Set<Path> builtArchives() {
        try {
            return archives(builtCache).stream().map(Path::getFileName).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copyCache(Path fromXdg, Path toXdg) throws IOException {
        Path to = Files.createDirectories(toXdg.resolve("whoowns"));
        for (Path archive : archives(fromXdg)) {
            Files.copy(archive, to.resolve(archive.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        return toXdg;
    }

    // --- files

    /** The org.whoowns lines of a -Xlog:class+load log. */
    private static List<String> ourClasses(Path log) throws IOException {
        return Files.readAllLines(log).stream().filter(l -> l.contains(" org.whoowns.")).toList();
    }

    /** Writes a file anew (the JVM makes its archives read-only). */
    private static void replace(Path file, byte[] bytes) throws IOException {
        Files.delete(file);
        Files.write(file, bytes);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int limit) {
        for (int i = 0; i + needle.length <= limit; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    /** Changes a jar's bytes without changing its entries: a longer comment in the end-of-central-directory record. */
    private static void appendZipComment(Path zip, String comment) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        int end = -1;
        for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4b && bytes[i + 2] == 0x05 && bytes[i + 3] == 0x06) {
                end = i;
                break;
            }
        }
        assertTrue(end >= 0, "an end-of-central-directory record in " + zip);
        ByteBuffer record = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int length = Short.toUnsignedInt(record.getShort(end + 20));
        assertEquals(bytes.length, end + 22 + length, "the comment ends the file");
        byte[] added = comment.getBytes(StandardCharsets.US_ASCII);
        record.putShort(end + 20, (short) (length + added.length));
        byte[] changed = Arrays.copyOf(bytes, bytes.length + added.length);
        System.arraycopy(added, 0, changed, bytes.length, added.length);
        Files.write(zip, changed);
    }
}
