package org.whoowns.learn;

import org.whoowns.pack.Pack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Saves a submitted exam as the learner's next attempt (a completion record) and, on a pass, writes its
 * certificate as Markdown and plain text into the learner's {@code certificates} directory. The learner's
 * directory is held only while saving, so nothing is locked during the exam itself.
 */
public final class ExamRecorder {
    static final String CERTIFICATES = "certificates";

    /** Who sits the exam, on what, and under which names the record files it. */
    public record Sitting(DataDir data, Learner learner, Pack pack, String activity, String programVersion, long seed) {
    }

    /** The saved attempt, its certificate files on a pass, and notices about damaged files moved aside. */
    public record Recorded(Attempt attempt, Path results, Optional<Path> certificate, Optional<Path> certificateText,
                           List<String> notices) {
        /** Where the attempt went and, on a pass, the certificate and how to check it: lines for the learner. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add("Saved as attempt #" + attempt.number() + " (" + attempt.id() + ") in " + results);
            certificate.ifPresent(md -> lines.add("Certificate: " + md));
            certificateText.ifPresent(txt -> lines.add("Certificate (plain text): " + txt));
            certificate.ifPresent(md -> lines.add("Check it with: whoowns verify " + md));
            return lines;
        }
    }

    /** Work on the learner's open directory. */
    private interface WithFiles<T> {
        T apply(LearnerFiles files) throws StoreException;
    }

    private final Sitting sitting;
    /** The directory a notebook of this learner already holds (its lock included), or null: open it each time. */
    private final LearnerFiles held;

    public ExamRecorder(Sitting sitting) {
        this(sitting, null);
    }

    private ExamRecorder(Sitting sitting, LearnerFiles held) {
        this.sitting = sitting;
        this.held = held;
    }

    /**
     * The same recorder saving through {@code book}'s open directory: a TUI session that keeps the learner's
     * progress holds the learner's lock, and opening the directory a second time would wait for itself.
     */
    public ExamRecorder sharing(Notebook book) {
        if (!book.learner().equals(sitting.learner())) {
            throw new IllegalArgumentException("the notebook is " + book.learner().name() + "'s, the exam "
                    + sitting.learner().name() + "'s");
        }
        return new ExamRecorder(sitting, book.files());
    }

    private <T> T using(WithFiles<T> work) throws StoreException {
        if (held != null) {
            return work.apply(held);
        }
        try (LearnerFiles files = LearnerFiles.open(sitting.data(), sitting.learner(), LearnerLock.WAIT)) {
            return work.apply(files);
        }
    }

    public Sitting sitting() {
        return sitting;
    }

    /**
     * Opens the learner's results before the exam starts, so a locked directory or a results file of a newer
     * format stops the learner before they answer, not after. Returns the notices about damaged files.
     */
    public List<String> check(Instant now) throws StoreException {
        return using(files -> {
            ResultStore.open(files, now);
            return files.takeNotices();
        });
    }

    /** Returns only once the attempt is on disk (fsynced): then it is never lost. */
    public Recorded record(ExamResult result) throws StoreException {
        return using(files -> {
            ResultStore store = ResultStore.open(files, result.completed());
            String name = sitting.learner().name();
            Attempt attempt = Attempt.of(result, new Attempt.Taker(name, name, Optional.empty()), sitting.pack(),
                    sitting.activity(), sitting.programVersion(), Long.toString(sitting.seed()), UUID.randomUUID(),
                    store.nextNumber(sitting.pack().id()));
            store.append(attempt);
            Optional<Path> markdown = Optional.empty();
            Optional<Path> text = Optional.empty();
            if (attempt.passed()) {
                Path dir = files.dir().resolve(CERTIFICATES);
                markdown = Optional.of(write(dir.resolve(attempt.certificateId() + ".md"), Certificate.markdown(attempt)));
                text = Optional.of(write(dir.resolve(attempt.certificateId() + ".txt"), Certificate.plain(attempt)));
            }
            return new Recorded(attempt, files.dir().resolve(ResultStore.FILE), markdown, text, files.takeNotices());
        });
    }

    private static Path write(Path file, String content) throws StoreException {
        try {
            AtomicFile.write(file, content.getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new StoreException(file + ": the attempt is saved, but its certificate could not be written: "
                    + e.getMessage(), e);
        }
    }
}
