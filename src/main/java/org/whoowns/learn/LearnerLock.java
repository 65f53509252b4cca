package org.whoowns.learn;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exclusive right to a learner's directory, held through an OS file lock on {@code lock} there, so a
 * second whoowns (or a crashed one's leftover file) can never interleave writes. The OS drops the lock when
 * the holder dies, even by kill -9. The file names the holder (pid, start time) for the one who waits.
 */
public final class LearnerLock implements AutoCloseable {
    static final String FILE = "lock";
    public static final Duration WAIT = Duration.ofSeconds(2);

    /*
     * Lock files this JVM holds. POSIX drops a process's lock when it closes *any* descriptor of the file, so
     * a second attempt from this process must not even open the file: it waits on this set instead.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private LearnerLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, waiting up to {@code wait} for another holder to let go. */
    public static LearnerLock acquire(Path dir, Duration wait) throws StoreException {
        Path file = dir.resolve(FILE);
        Path key = file.toAbsolutePath().normalize();
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (!HELD.add(key)) {
                if (System.nanoTime() >= deadline) {
                    throw new StoreException(dir + " is in use by this whoowns (pid " + ProcessHandle.current().pid()
                            + ") already; close the other session first");
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(file + ": interrupted while waiting for the lock", e);
        }
        FileChannel channel;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            HELD.remove(key);
            throw new StoreException(file + ": cannot open the lock file: " + e.getMessage(), e);
        }
        try {
            while (true) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    ProcessHandle self = ProcessHandle.current();
                    String holder = "pid " + self.pid() + self.info().startInstant().map(t -> ", started " + t).orElse("") + "\n";
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
                    return new LearnerLock(key, channel, lock);
                }
                if (System.nanoTime() >= deadline) {
                    String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                    channel.close();
                    HELD.remove(key);
                    throw new StoreException(dir + " is in use by another whoowns (" + (holder.isEmpty() ? "holder unknown" : holder)
                            + "); close that one and try again");
                }
                Thread.sleep(50);
            }
        } catch (IOException e) {
            closeQuietly(channel);
            HELD.remove(key);
            throw new StoreException(file + ": cannot lock: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            closeQuietly(channel);
            HELD.remove(key);
            Thread.currentThread().interrupt();
            throw new StoreException(file + ": interrupted while waiting for the lock", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the channel; nothing else to undo
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
            HELD.remove(key);
        }
    }
}
