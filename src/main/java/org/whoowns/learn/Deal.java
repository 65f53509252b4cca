package org.whoowns.learn;

import org.whoowns.pack.Cell;
import org.whoowns.pack.Pack;
import org.whoowns.quiz.Kind;
import org.whoowns.quiz.MatrixFill;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.QuestionBank;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The questions a practice run asks a learner, each with why it was picked. Items are cells (by cell id)
 * and, for questions about no cell, the question's own id: never its wording.
 */
public final class Deal {
    /** Runs this long or longer get one matrix-fill of the weakest row. */
    static final int FILL_FROM = 5;

    /** A question and why it was picked. */
    public record Dealt(Question question, Pick.Reason reason) {
    }

    private Deal() {
    }

    /** The progress items a question reviews: its cells, or itself when it is about no cell. */
    public static List<String> items(Question question) {
        return question.cells().isEmpty() ? List.of(question.id()) : question.cells().stream().map(Cell::id).toList();
    }

    /**
     * Missed items first (latest miss first, whatever their learning step), then due items (lowest recall
     * first), each asked by a question about that item alone where there is one; then the seeded deck's other
     * questions, new items before those not yet due. Runs of {@value #FILL_FROM} or more get one matrix-fill
     * of the row of the first weak cell (or of a seeded row), after the weak items, never first.
     */
    public static List<Dealt> adaptive(Pack pack, Progress progress, Instant now, long seed, int count) {
        List<Question> bank = QuestionBank.generate(pack, seed);
        Map<String, Pick.Reason> reasons = reasons(bank, progress, now, seed);
        List<Dealt> dealt = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        Random random = new Random(seed);
        for (Map.Entry<String, Pick.Reason> weak : reasons.entrySet()) {
            if (dealt.size() >= count || weak.getValue() != Pick.Reason.MISSED && weak.getValue() != Pick.Reason.DUE) {
                continue;
            }
            if (!covered.contains(weak.getKey())) {
                focused(bank, weak.getKey(), covered, random).ifPresent(q -> {
                    dealt.add(new Dealt(q, weak.getValue()));
                    covered.addAll(items(q));
                });
            }
        }
        int weak = dealt.size();
        List<Dealt> rest = new ArrayList<>();
        for (Question q : PracticeDeck.deal(pack, bank, seed, bank.size())) {
            if (items(q).stream().noneMatch(covered::contains)) {
                rest.add(new Dealt(q, reason(q, reasons)));
            }
        }
        rest.sort(Comparator.comparing(Dealt::reason)); // stable: the deck's mix within each reason
        for (Dealt d : rest) {
            if (dealt.size() >= count) {
                break;
            }
            dealt.add(d);
        }
        if (count >= FILL_FROM && !pack.areas().isEmpty()) {
            // After the weak items, and not first: a new learner meets a few single questions before a row.
            Question fill = weakestRow(pack, dealt.subList(0, weak), random);
            dealt.add(Math.min(Math.max(weak, FILL_FROM - 1), dealt.size()), new Dealt(fill, reason(fill, reasons)));
            if (dealt.size() > count) {
                dealt.remove(dealt.size() - 1);
            }
        }
        return List.copyOf(dealt);
    }

    /** "My misses": a question about each missed item, latest miss first, due or not; at most {@code count}. */
    public static List<Dealt> misses(Pack pack, Progress progress, long seed, int count) {
        List<Question> bank = QuestionBank.generate(pack, seed);
        Set<String> known = new HashSet<>();
        bank.forEach(q -> known.addAll(items(q)));
        Random random = new Random(seed);
        List<Dealt> dealt = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (Pick miss : progress.misses()) {
            if (dealt.size() < count && known.contains(miss.item()) && !covered.contains(miss.item())) {
                focused(bank, miss.item(), covered, random).ifPresent(q -> {
                    dealt.add(new Dealt(q, Pick.Reason.MISSED));
                    covered.addAll(items(q));
                });
            }
        }
        return List.copyOf(dealt);
    }

    /** Every question a run of this pack and seed can hold, by id: what a run left midway is rebuilt from. */
    public static Map<String, Question> byId(Pack pack, long seed) {
        Map<String, Question> all = new LinkedHashMap<>();
        QuestionBank.generate(pack, seed).forEach(q -> all.put(q.id(), q));
        MatrixFill.generate(pack).forEach(q -> all.put(q.id(), q));
        return all;
    }

    /** Each item of the pack's questions and why practice would pick it now, in queue order. */
    private static Map<String, Pick.Reason> reasons(List<Question> bank, Progress progress, Instant now, long seed) {
        Set<String> items = new HashSet<>();
        bank.forEach(q -> items.addAll(items(q)));
        Map<String, Pick.Reason> reasons = new LinkedHashMap<>();
        // A miss stays first even inside its minutes-long learning step: a run counts steps in questions.
        progress.misses().stream().filter(p -> items.contains(p.item())).forEach(p -> reasons.put(p.item(), p.reason()));
        progress.queue(items, now, 0, seed).forEach(p -> reasons.putIfAbsent(p.item(), p.reason()));
        return reasons;
    }

    /** The most pressing reason among a question's items. */
    private static Pick.Reason reason(Question q, Map<String, Pick.Reason> reasons) {
        return items(q).stream().map(i -> reasons.getOrDefault(i, Pick.Reason.NEW)).min(Comparator.naturalOrder())
                .orElse(Pick.Reason.NEW);
    }

    /** A question about {@code item} and as few other items as there are, none of them covered already. */
    private static Optional<Question> focused(List<Question> bank, String item, Set<String> covered, Random random) {
        List<Question> about = bank.stream().filter(q -> q.kind() != Kind.MATRIX_FILL && items(q).contains(item)
                && items(q).stream().noneMatch(covered::contains)).toList();
        int fewest = about.stream().mapToInt(q -> items(q).size()).min().orElse(0);
        List<Question> best = about.stream().filter(q -> items(q).size() == fewest).toList();
        return best.isEmpty() ? Optional.empty() : Optional.of(best.get(random.nextInt(best.size())));
    }

    /** The row of the first weak cell dealt, else a seeded row. */
    private static Question weakestRow(Pack pack, List<Dealt> dealt, Random random) {
        Map<String, Cell> cells = new HashMap<>();
        pack.cells().forEach(c -> cells.put(c.id(), c));
        return dealt.stream().flatMap(d -> items(d.question()).stream()).filter(cells::containsKey).findFirst()
                .map(id -> MatrixFill.row(pack, cells.get(id).area()))
                .orElseGet(() -> MatrixFill.row(pack, pack.areas().get(random.nextInt(pack.areas().size()))));
    }
}
