package org.whoowns.learn;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One learner's directory, held under its lock while open. Its files are versioned JSON documents
 * ({"kind", "format", ...}): a bad one is moved aside and a one-line notice queued; one of a newer format
 * is refused and never overwritten.
 */
public final class LearnerFiles implements AutoCloseable {

    /** Turns a document's fields into a value, or says what is wrong with them. */
    @FunctionalInterface
    interface Decoder<T> {
        T decode(Map<String, Object> document) throws Json.Bad;
    }

    private final Path dir;
    private final Learner learner;
    private final LearnerLock lock;
    private final List<String> notices = new ArrayList<>();
    private final Set<String> refused = new HashSet<>();

    private LearnerFiles(Path dir, Learner learner, LearnerLock lock) {
        this.dir = dir;
        this.learner = learner;
        this.lock = lock;
    }

    public static LearnerFiles open(DataDir data, Learner learner, Duration wait) throws StoreException {
        Path dir = data.learner(learner);
        LearnerLock lock = LearnerLock.acquire(dir, wait);
        removeStaleTemps(dir);
        return new LearnerFiles(dir, learner, lock);
    }

    // Under the lock no write is in flight, so a temp file here is a crashed writer's leftover.
    private static void removeStaleTemps(Path dir) throws StoreException {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ".*" + AtomicFile.TEMP_SUFFIX)) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot tidy up: " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    public Learner learner() {
        return learner;
    }

    /** One-line messages about files moved aside since the last call; each is given once. */
    public List<String> takeNotices() {
        List<String> taken = List.copyOf(notices);
        notices.clear();
        return taken;
    }

    /** The document in {@code name}, or {@code empty} if there is none or it was bad (then moved aside). */
    <T> T read(String name, String kind, int format, Decoder<T> decoder, T empty, Instant now) throws StoreException {
        Path file = dir.resolve(name);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            return empty;
        } catch (CharacterCodingException e) {
            return aside(file, "not UTF-8 text", empty, now);
        } catch (IOException e) {
            return aside(file, "unreadable (" + e.getMessage() + ")", empty, now);
        }
        try {
            Map<String, Object> document = Json.object(Json.parse(text), name);
            String actual = Json.string(document, "kind", name);
            if (!actual.equals(kind)) {
                throw new Json.Bad(name + ".kind: expected '" + kind + "', found '" + actual + "'");
            }
            long version = Json.integer(document, "format", name);
            if (version > format) {
                refused.add(name);
                throw new StoreException(file + ": format " + version + " is newer than this whoowns reads (" + format
                        + "); upgrade whoowns. The file was left untouched");
            }
            if (version < 1) {
                throw new Json.Bad(name + ".format: " + version + " is not a format version");
            }
            return decoder.decode(document);
        } catch (Json.Bad e) {
            return aside(file, e.getMessage(), empty, now);
        }
    }

    private <T> T aside(Path file, String problem, T empty, Instant now) throws StoreException {
        try {
            Path aside = AtomicFile.moveAside(file, now);
            notices.add(file + " was damaged (" + problem + "); it was kept as " + aside.getFileName() + " and a fresh one started");
            return empty;
        } catch (IOException e) {
            throw new StoreException(file + " is damaged (" + problem + ") and could not be moved aside: " + e.getMessage(), e);
        }
    }

    /** Replaces {@code name} atomically with a document of the given kind, format and fields. */
    void write(String name, String kind, int format, Map<String, Object> fields) throws StoreException {
        Path file = dir.resolve(name);
        if (refused.contains(name)) {
            throw new StoreException(file + " is of a newer format and is not overwritten");
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("kind", kind);
        document.put("format", format);
        document.putAll(fields);
        try {
            AtomicFile.write(file, Json.write(document).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException(file + ": cannot save: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws StoreException {
        try {
            lock.close();
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot release the lock: " + e.getMessage(), e);
        }
    }
}
