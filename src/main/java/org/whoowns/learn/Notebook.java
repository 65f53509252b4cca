package org.whoowns.learn;

import org.whoowns.pack.Cell;
import org.whoowns.pack.Pack;
import org.whoowns.quiz.Feedback;
import org.whoowns.quiz.Grader;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.QuizSession;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A learner's progress in one pack, open (and locked) for practice: loaded once, brought up to the pack's
 * edition, and saved after every answer together with the run in progress, so Ctrl-C loses at most the
 * answer being given and a run left midway can be resumed.
 */
public final class Notebook implements AutoCloseable {
    /** How long to wait for another whoowns holding the learner before saying who holds it. */
    static final Duration WAIT = Duration.ofSeconds(2);
    static final String RUN_KIND = "whoowns-run";
    static final int RUN_FORMAT = 1;

    private final LearnerFiles files;
    private final Pack pack;
    private final Grading grading;
    private final List<String> notices = new ArrayList<>();
    /** When the notebook was opened: the stamp of a damaged run file moved aside. */
    private final Instant opened;
    private Progress progress;
    /**
     * The run left midway as read when the notebook opened, handed to the first caller of
     * {@link #resumable()} (the menu's label) so it is not decoded twice; null once taken or stale.
     */
    private Optional<Resumable> readAtOpening;

    /** A run left midway: its session with the answers so far, and the seed its questions came from. */
    public record Resumable(QuizSession session, long seed) {
    }

    private Notebook(LearnerFiles files, Pack pack, Grading grading, Progress progress, Instant opened) {
        this.files = files;
        this.opened = opened;
        this.pack = pack;
        this.grading = grading;
        this.progress = progress;
    }

    /**
     * Opens the learner's directory (waiting briefly for another instance) and their progress in {@code pack};
     * a changed owner in a studied cell resets that cell and is told once through {@link #notices}.
     */
    public static Notebook open(DataDir data, Learner learner, Pack pack, Instant now) throws StoreException {
        LearnerFiles files = LearnerFiles.open(data, learner, WAIT);
        try {
            Progress loaded = ProgressStore.load(files, pack.id(), FsrsParams.DEFAULT, now);
            Progress.Adopted adopted = loaded.adopt(CellOwner.of(pack));
            Notebook book = new Notebook(files, pack, Grading.DEFAULT, adopted.progress(), now);
            adopted.changes().forEach(c -> book.notices.add("New edition of the pack: " + c.text()
                    + "; that cell starts afresh."));
            if (!adopted.progress().owners().equals(loaded.owners())) {
                ProgressStore.save(files, adopted.progress());
            }
            // Read the run left midway now, so a damaged one is kept aside and told before anything overwrites it.
            book.readAtOpening = book.resumable();
            return book;
        } catch (StoreException | RuntimeException e) {
            files.close();
            throw e;
        }
    }

    /** The open, locked directory, for other records of the same learner (an exam's attempt). */
    LearnerFiles files() {
        return files;
    }

    public Learner learner() {
        return files.learner();
    }

    public Progress progress() {
        return progress;
    }

    /** One-line messages to show once: files moved aside, cells a new edition changed. */
    public List<String> takeNotices() {
        List<String> taken = new ArrayList<>(notices);
        notices.clear();
        taken.addAll(0, files.takeNotices());
        return taken;
    }

    /**
     * Records the session's latest answer, given in {@code millis} and finished at {@code at}, as a review
     * of each item it tested (each cell by its own part of the answer), and saves it with the run's state.
     */
    public void answered(QuizSession session, long seed, long millis, Instant at) throws StoreException {
        List<Feedback> answers = session.answers();
        Feedback last = answers.get(answers.size() - 1);
        progress = progress.record(grading.reviews(rightByItem(last), millis, at));
        ProgressStore.save(files, progress);
        readAtOpening = null;
        files.write(runFile(), RUN_KIND, RUN_FORMAT, encode(session, seed));
    }

    /** Whether each item the answer tested was answered right: a cell is wrong where the learner erred on it. */
    static Map<String, Boolean> rightByItem(Feedback feedback) {
        Question q = feedback.question();
        Map<String, Boolean> right = new LinkedHashMap<>();
        if (q.cells().isEmpty()) {
            right.put(q.id(), feedback.right());
            return right;
        }
        Set<Cell> blamed = Set.copyOf(feedback.blamedCells());
        q.cells().forEach(c -> right.put(c.id(), !blamed.contains(c)));
        return right;
    }

    /** The run left midway, if there is one this pack can still ask; a finished run is not offered. */
    public Optional<Resumable> resumable() throws StoreException {
        Optional<Resumable> read = readAtOpening;
        if (read != null) {
            readAtOpening = null; // a session is mutable: it is handed out once
            return read;
        }
        return files.read(runFile(), RUN_KIND, RUN_FORMAT, this::decode, Optional.<Resumable>empty(), opened);
    }

    private String runFile() {
        return "run-" + ProgressStore.safe(pack.id()) + ".json";
    }

    private static Map<String, Object> encode(QuizSession session, long seed) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("pack", session.pack().id());
        doc.put("seed", seed);
        doc.put("questions", session.questions().stream().map(Question::id).toList());
        doc.put("reasons", session.whys());
        List<Object> answers = new ArrayList<>();
        for (Feedback f : session.answers()) {
            answers.add(Map.of("picks", List.copyOf(new TreeSet<>(f.picks())), "filled", f.filled()));
        }
        doc.put("answers", answers);
        return doc;
    }

    private Optional<Resumable> decode(Map<String, Object> doc) throws Json.Bad {
        String path = runFile();
        if (!Json.string(doc, "pack", path).equals(pack.id())) {
            throw new Json.Bad(path + ".pack: not " + pack.id());
        }
        long seed = Json.integer(doc, "seed", path);
        List<Object> ids = Json.array(doc, "questions", path);
        List<Object> reasons = Json.array(doc, "reasons", path);
        List<Object> answers = Json.array(doc, "answers", path);
        if (ids.isEmpty() || reasons.size() != ids.size() || answers.size() > ids.size()) {
            throw new Json.Bad(path + ": questions, reasons and answers do not match");
        }
        if (answers.size() == ids.size()) {
            return Optional.empty();
        }
        Map<String, Question> known = Deal.byId(pack, seed);
        List<Question> questions = new ArrayList<>();
        List<String> whys = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Question q = known.get(Json.string(ids.get(i), path + ".questions[" + i + "]"));
            if (q == null) {
                return Optional.empty(); // the pack changed under the run: it cannot be asked again as it was
            }
            questions.add(q);
            whys.add(Json.string(reasons.get(i), path + ".reasons[" + i + "]"));
        }
        QuizSession session = new QuizSession(pack, questions, Grader.PRACTICE, whys);
        for (int i = 0; i < answers.size(); i++) {
            String at = path + ".answers[" + i + "]";
            Map<String, Object> answer = Json.object(answers.get(i), at);
            try {
                if (session.current().fill().isPresent()) {
                    session.fill(integers(Json.array(answer, "filled", at), at));
                } else {
                    session.answer(Set.copyOf(integers(Json.array(answer, "picks", at), at)));
                }
            } catch (IllegalArgumentException e) {
                throw new Json.Bad(at + ": " + e.getMessage());
            }
        }
        return Optional.of(new Resumable(session, seed));
    }

    private static List<Integer> integers(List<Object> values, String path) throws Json.Bad {
        List<Integer> ints = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            ints.add((int) Json.integer(values.get(i), path + "[" + i + "]"));
        }
        return ints;
    }

    @Override
    public void close() throws StoreException {
        files.close();
    }
}
