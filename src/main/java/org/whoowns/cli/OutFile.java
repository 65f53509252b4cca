package org.whoowns.cli;

import org.whoowns.pack.TerminalText;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written as a whole or not at all (`export --out`): the text goes to a temporary file beside the
 * target, is synced, and is moved over the target. Like {@code cp}: a new file gets the permissions the
 * umask gives, an existing one keeps its own, a symbolic link is written through (the file it points to is
 * replaced, the link stays), and anything that is not a regular file (a directory, a FIFO, a device) is
 * refused. Errors name the user's path and the reason, never the temporary file.
 */
final class OutFile {
    private OutFile() {
    }

    static void write(String target, String text) throws UsageException {
        Path given = Path.of(target);
        Path path = resolve(target, given);
        Path dir = path.toAbsolutePath().getParent();
        if (dir == null) {
            throw cannot(target, "is a directory");
        }
        Path temp = null;
        try {
            temp = createTemp(dir, path.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
                channel.force(true);
            }
            keepPermissions(path, temp);
            Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
        } catch (IOException e) {
            throw cannot(target, reason(e));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // nothing more to do: the reason already reported is the one that matters
                }
            }
        }
    }

    /** The regular file to replace: the target, or what its symbolic link points to. */
    private static Path resolve(String target, Path given) throws UsageException {
        Path path = given;
        if (Files.isSymbolicLink(given)) {
            try {
                path = given.toRealPath();
            } catch (IOException e) {
                throw cannot(target, "is a symbolic link to a missing file");
            }
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw cannot(target, Files.isDirectory(path) ? "is a directory" : "is not a regular file");
        }
        return path;
    }

    /** A new empty file created with default permissions, so the umask decides them (createTempFile would give 0600). */
    private static Path createTemp(Path dir, String name) throws IOException {
        while (true) {
            Path temp = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    private static void keepPermissions(Path path, Path temp) throws IOException {
        PosixFileAttributeView existing = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (existing != null && Files.exists(path)) {
            Set<PosixFilePermission> permissions = existing.readAttributes().permissions();
            Files.setPosixFilePermissions(temp, permissions);
        }
    }

    /** Why an operation failed, without the file name (which may be the temporary file). */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() == null ? "cannot write" : lower(fs.getReason());
        }
        return e.getMessage() == null ? "cannot write" : lower(e.getMessage());
    }

    private static String lower(String reason) {
        return reason.isEmpty() ? reason : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }

    private static UsageException cannot(String target, String reason) {
        return new UsageException("cannot write " + TerminalText.clean(target) + ": " + reason);
    }
}
