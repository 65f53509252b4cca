package org.whoowns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `export --out FILE` (issue 11 items 6 and 8): atomic, like cp for permissions and links, clear errors. */
class ExportOutTest {

    @Test
    void item06_aDirectoryAsTheTargetIsAnErrorNotANullPointerException(@TempDir Path dir) {
        assertError(Cli.run("export", "--out", "/"), "whoowns: cannot write /: is a directory");
        assertError(Cli.run("export", "--out", dir.toString()), "whoowns: cannot write " + dir + ": is a directory");
    }

    @Test
    void item08_aNewFileFollowsTheUmaskNot0600(@TempDir Path dir) throws IOException {
        Path reference = Files.createFile(dir.resolve("reference")); // created the ordinary way: mode 0666 & ~umask
        Path key = dir.resolve("key.json");
        assertEquals(0, Cli.run("export", "--count", "2", "--seed", "1", "--out", key.toString()).code());
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(key));
        assertTrue(Files.getPosixFilePermissions(key).contains(PosixFilePermission.OTHERS_READ)
                        || !Files.getPosixFilePermissions(reference).contains(PosixFilePermission.OTHERS_READ),
                "readable by others where the umask allows it");
    }

    @Test
    void item08_anExistingFileKeepsItsPermissions(@TempDir Path dir) throws IOException {
        Path key = Files.writeString(dir.resolve("key.json"), "old");
        Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(key, mode);
        assertEquals(0, Cli.run("export", "--count", "2", "--seed", "1", "--out", key.toString()).code());
        assertEquals(mode, Files.getPosixFilePermissions(key));
        assertTrue(Files.readString(key).startsWith("{"));
    }

    @Test
    void item08_aSymbolicLinkIsWrittenThroughLikeCp(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        assertEquals(0, Cli.run("export", "--count", "2", "--seed", "1", "--out", link.toString()).code());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertTrue(Files.readString(real).startsWith("{"), "the file it points to has the export");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.json"), dir.resolve("missing/x.json"));
        assertError(Cli.run("export", "--out", dangling.toString()),
                "whoowns: cannot write " + dangling + ": is a symbolic link to a missing file");
        assertEquals(Set.of("real.json", "link.json", "dangling.json"), names(dir), "no temporary file left behind");
    }

    @Test
    void item08_aFifoIsRefusedNotReplaced(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertError(Cli.run("export", "--out", fifo.toString()), "whoowns: cannot write " + fifo + ": is not a regular file");
        assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "still a FIFO");
        assertError(Cli.run("export", "--out", "/dev/null"), "whoowns: cannot write /dev/null: is not a regular file");
    }

    @Test
    void item08_errorsNameTheUsersPathAndTheReasonNeverTheTemporaryFile(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-dir/key.json");
        assertError(Cli.run("export", "--out", missing.toString()), "whoowns: cannot write " + missing + ": no such directory");
        // /sys refuses new files even to root, which CI runs as: a permission error that needs no chmod.
        assertError(Cli.run("export", "--out", "/sys/whoowns-key.json"), "whoowns: cannot write /sys/whoowns-key.json: permission denied");
    }

    private static Set<String> names(Path dir) throws IOException {
        try (var listing = Files.list(dir)) {
            return Set.copyOf(listing.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static void assertError(Cli cli, String message) {
        assertEquals(2, cli.code(), cli.err());
        assertEquals(message + "\n", cli.err());
        assertFalse(cli.err().contains(".tmp"), cli.err());
        assertEquals("", cli.out());
    }

}
