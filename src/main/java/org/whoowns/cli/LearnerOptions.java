package org.whoowns.cli;

import org.whoowns.learn.Deal;
import org.whoowns.learn.Progress;
import org.whoowns.pack.Pack;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How practice and export deal from a learner's progress (--misses; the learner is {@link LearnerData}'s),
 * and the one rule for progress: a run
 * is dealt from and saved to the learner's progress unless --seed is given without --learner. That run
 * is the scripted one: `practice --seed N` asks exactly what `export --seed N` lists, and answering it from
 * that key must not teach anybody's progress that every cell is known. `practice --learner X --seed N`
 * asks what `export --learner X --seed N` lists (as of now: due dates move).
 */
final class LearnerOptions {
    private LearnerOptions() {
    }

    /** Whether runs use a learner's progress: not when --seed is given without --learner. */
    static boolean withProgress(CommandLine line) {
        return !line.flag("--seed") || line.flag("--learner");
    }

    /** The run to ask (or export) from progress, checked against --count like {@link RunOptions#deal}. */
    static List<Deal.Dealt> deal(CommandLine line, Pack pack, Progress progress, long seed, Instant now, int fallback)
            throws UsageException {
        Optional<Integer> asked = RunOptions.count(line);
        int count = asked.orElse(fallback);
        List<Deal.Dealt> dealt;
        if (line.flag("--misses")) {
            dealt = Deal.misses(pack, progress, seed, count);
            if (dealt.isEmpty()) {
                throw new UsageException("learner " + progress.learner() + " has no misses to drill in this pack");
            }
            return dealt;
        }
        dealt = Deal.adaptive(pack, progress, now, seed, count);
        if (asked.isPresent() && dealt.size() < asked.get()) {
            throw new UsageException("--count " + asked.get() + " is more than this pack supports: at most "
                    + dealt.size() + (dealt.size() == 1 ? " question" : " questions") + " in a run");
        }
        if (dealt.isEmpty()) {
            throw new UsageException("this pack supports no questions");
        }
        return dealt;
    }
}
