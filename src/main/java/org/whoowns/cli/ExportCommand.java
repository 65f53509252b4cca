package org.whoowns.cli;

import org.whoowns.classroom.DrillCode;
import org.whoowns.export.AnkiNotes;
import org.whoowns.export.Gift;
import org.whoowns.export.JsonExport;
import org.whoowns.export.QuestionsCsv;
import org.whoowns.export.Worksheet;
import org.whoowns.learn.Deal;
import org.whoowns.learn.Notebook;
import org.whoowns.learn.StoreException;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.pack.TerminalText;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.QuestionBank;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * `whoowns export`: the questions practice or an exam would ask (or with --all the whole bank, one variant per
 * question id) in one of the formats; every format writes the same questions in the same order.
 */
final class ExportCommand implements Command {
    static final List<String> FORMATS = List.of("json", "gift", "markdown", "csv", "anki");

    @Override
    public String name() {
        return "export";
    }

    @Override
    public Set<String> options() {
        return Set.of("--format", "--seed", "--count", "--out", "--mode", "--pack", "--all", "--key", "--code", "--learner");
    }

    @Override
    public String help() {
        return """
                  whoowns export [--format json|gift|markdown|csv|anki]
                                 [--mode practice|exam] [--seed N] [--count N | --all]
                                 [--key] [--out FILE] [--pack FILE]
                                the questions practice (or the exam) would ask, with
                                answers and explanations; --all: the whole bank; gift:
                                Moodle; markdown: a worksheet (--key: with the answer
                                key); anki: a notes file (--out: written atomically)
                  whoowns export [--format ...] --mode drill --code CODE [--count N]
                                the answer key of a drill: its questions in its order
                  --learner NAME with --mode practice: the run as dealt now from NAME's progress
                """;
    }

    @Override
    public int run(CommandLine line, Io io) throws UsageException, PackException, IOException {
        String format = line.choice("--format", "json", FORMATS);
        String mode = line.choice("--mode", "practice", List.of("practice", "exam", "drill"));
        if (line.flag("--key") && !format.equals("markdown")) {
            throw new UsageException("--key goes with --format markdown (the other formats always carry the answers)");
        }
        if (line.flag("--all") && (line.option("--count").isPresent() || !mode.equals("practice"))) {
            throw new UsageException("--all exports the whole bank: leave out --count and --mode");
        }
        if (!mode.equals("drill") && line.option("--code").isPresent()) {
            throw new UsageException("--code goes with --mode drill");
        }
        Pack pack = RunOptions.pack(line);
        long seed;
        List<Question> questions;
        if (mode.equals("drill")) {
            if (line.option("--seed").isPresent()) {
                throw new UsageException("--mode drill takes --code, not --seed");
            }
            DrillCode code = DrillOptions.code(line).orElseThrow(
                    () -> new UsageException("--mode drill needs --code CODE (the code the drill shows)"));
            seed = code.seed(pack.id(), pack.version());
            questions = DrillOptions.drill(line, pack, code).questions();
        } else {
            seed = RunOptions.seed(line);
            if (line.option("--learner").isPresent() && !mode.equals("practice")) {
                throw new UsageException("--learner goes with --mode practice (a learner's own run)");
            }
            questions = line.flag("--all") ? bank(pack, seed)
                    : mode.equals("exam") ? RunOptions.examPaper(line, pack, seed)
                    : line.option("--learner").isPresent() ? fromProgress(line, io, pack, seed)
                    : RunOptions.deal(line, pack, seed, Integer.MAX_VALUE);
        }
        String text = switch (format) {
            case "gift" -> Gift.write(pack, questions);
            case "markdown" -> Worksheet.write(pack, seed, questions, line.flag("--key"));
            case "csv" -> QuestionsCsv.write(questions);
            case "anki" -> AnkiNotes.write(pack, questions);
            default -> json(pack, seed, line.option("--learner"), questions);
        };
        var target = line.option("--out");
        if (target.isPresent()) {
            OutFile.write(target.get(), text);
        } else {
            io.out().print(text);
        }
        return Exit.OK;
    }

    /** Every question the pack supports for the seed, the first variant of each id, in the bank's order. */
    private static List<Question> bank(Pack pack, long seed) throws UsageException {
        Set<String> seen = new HashSet<>();
        List<Question> questions = new ArrayList<>();
        for (Question q : QuestionBank.generate(pack, seed)) {
            if (seen.add(q.id())) {
                questions.add(q);
            }
        }
        if (questions.isEmpty()) {
            throw new UsageException("this pack supports no questions");
        }
        return questions;
    }

    private static String json(Pack pack, long seed, Optional<String> learner, List<Question> questions)
            throws IOException {
        StringWriter json = new StringWriter();
        JsonExport.write(pack, seed, learner, questions, json);
        return json.toString();
    }

    /** What `practice --learner NAME --seed N` would ask now, from the learner's progress. */
    private static List<Question> fromProgress(CommandLine line, Io io, Pack pack, long seed) throws UsageException {
        Instant now = Instant.now();
        LearnerData who = LearnerData.of(line, io);
        try (Notebook book = Notebook.open(who.data(), who.learner(), pack, now)) {
            return LearnerOptions.deal(line, pack, book.progress(), seed, now, PracticeDeck.DEFAULT_COUNT).stream()
                    .map(Deal.Dealt::question).toList();
        } catch (StoreException e) {
            throw new UsageException(TerminalText.clean(e.getMessage()));
        }
    }
}
