package org.whoowns.learn;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The exclusive right to a learner's directory, held through an OS file lock on {@code lock} there, so a
 * second whoowns (or a crashed one's leftover file) can never interleave writes. The OS drops the lock when
 * the holder dies, even by kill -9. The file names the holder (pid, start time) for the one who waits.
 */
public final class LearnerLock implements AutoCloseable {
    static final String FILE = "lock";
    public static final Duration WAIT = Duration.ofSeconds(2);

    private final FileChannel channel;
    private final FileLock lock;

    private LearnerLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock, waiting up to {@code wait} for another holder to let go. */
    public static LearnerLock acquire(Path dir, Duration wait) throws StoreException {
        Path file = dir.resolve(FILE);
        FileChannel channel;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot open the lock file: " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    ProcessHandle self = ProcessHandle.current();
                    String holder = "pid " + self.pid() + self.info().startInstant().map(t -> ", started " + t).orElse("") + "\n";
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
                    return new LearnerLock(channel, lock);
                }
                if (System.nanoTime() >= deadline) {
                    String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                    channel.close();
                    throw new StoreException(dir + " is in use by another whoowns (" + (holder.isEmpty() ? "holder unknown" : holder)
                            + "); close that one and try again");
                }
                Thread.sleep(50);
            }
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(file + ": cannot lock: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            closeQuietly(channel);
            Thread.currentThread().interrupt();
            throw new StoreException(file + ": interrupted while waiting for the lock", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process (another store opened on the same directory)
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
        }
    }
}
