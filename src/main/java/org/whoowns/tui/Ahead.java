package org.whoowns.tui;

import org.whoowns.classroom.Drill;
import org.whoowns.classroom.DrillCode;
import org.whoowns.learn.ExamPaper;
import org.whoowns.pack.Pack;
import org.whoowns.quiz.Question;

import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The menu's next exam paper and next drill, dealt on another thread while the menu waits for a key, so
 * that opening either costs what a later key does (each is a pass over the whole question bank). One of
 * each is kept, taken once, and only for the pack, seed and size it was dealt for; anything else is dealt
 * when asked. Used from the event loop's thread only.
 */
final class Ahead {
    private Pack pack;
    private long examSeed;
    private int examCount;
    private int drillCount;
    private CompletableFuture<List<Question>> paper;
    private CompletableFuture<Drill> drill;

    /** Starts dealing what Exam and Drill would open now, unless that is dealt or under way already. */
    void prepare(Pack pack, long examSeed, int examCount, int drillCount) {
        if (paper != null && drill != null && this.pack == pack && this.examSeed == examSeed
                && this.examCount == examCount && this.drillCount == drillCount) {
            return;
        }
        this.pack = pack;
        this.examSeed = examSeed;
        this.examCount = examCount;
        this.drillCount = drillCount;
        CompletableFuture<List<Question>> nextPaper = new CompletableFuture<>();
        CompletableFuture<Drill> nextDrill = new CompletableFuture<>();
        paper = nextPaper;
        drill = nextDrill;
        Thread dealer = new Thread(() -> {
            deal(nextPaper, () -> ExamPaper.of(pack, examSeed, examCount));
            deal(nextDrill, () -> newDrill(pack, drillCount));
        }, "whoowns-ahead");
        dealer.setDaemon(true);
        dealer.start();
    }

    /** The exam paper for this pack, seed and size: the one dealt ahead (waited for if under way), or dealt now. */
    List<Question> paper(Pack pack, long seed, int count) {
        CompletableFuture<List<Question>> ready = paper;
        if (ready != null && this.pack == pack && examSeed == seed && examCount == count) {
            paper = null;
            return take(ready);
        }
        return ExamPaper.of(pack, seed, count);
    }

    /** A drill of {@code count} questions with a new code: the one dealt ahead, or dealt now. */
    Drill drill(Pack pack, int count) {
        CompletableFuture<Drill> ready = drill;
        if (ready != null && this.pack == pack && drillCount == count) {
            drill = null;
            return take(ready);
        }
        return newDrill(pack, count);
    }

    private static Drill newDrill(Pack pack, int count) {
        return Drill.deal(pack, DrillCode.random(new SecureRandom()), count);
    }

    private static <T> void deal(CompletableFuture<T> into, Supplier<T> dealing) {
        try {
            into.complete(dealing.get());
        } catch (RuntimeException e) { // a pack too small for an exam: told when the exam is asked for
            into.completeExceptionally(e);
        }
    }

    private static <T> T take(CompletableFuture<T> ready) {
        try {
            return ready.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause; // as if dealt now: the same exception
            }
            throw e;
        }
    }
}
