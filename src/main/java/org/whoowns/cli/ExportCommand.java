package org.whoowns.cli;

import org.whoowns.export.JsonExport;
import org.whoowns.learn.Deal;
import org.whoowns.learn.Notebook;
import org.whoowns.learn.StoreException;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.pack.TerminalText;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.quiz.Question;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** `whoowns export`: the questions practice would ask, with answers and explanations (the answer key). */
final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public Set<String> options() {
        return Set.of("--format", "--seed", "--count", "--out", "--mode", "--pack", "--learner");
    }

    @Override
    public String help() {
        return """
                  whoowns export --format json [--mode practice] [--seed N] [--count N]
                                 [--out FILE] [--pack FILE] [--learner NAME]
                                the questions practice would ask, with answers and
                                explanations (--out: written atomically, see README);
                                --learner: as dealt now from NAME's progress
                """;
    }

    @Override
    public int run(CommandLine line, Io io) throws UsageException, PackException, IOException {
        line.choice("--format", "json", List.of("json"));
        line.choice("--mode", "practice", List.of("practice"));
        Pack pack = RunOptions.pack(line);
        long seed = RunOptions.seed(line);
        Optional<String> learner = line.option("--learner");
        List<Question> questions = learner.isPresent() ? fromProgress(line, pack, seed)
                : RunOptions.deal(line, pack, seed, Integer.MAX_VALUE);
        var target = line.option("--out");
        if (target.isEmpty()) {
            Writer writer = new OutputStreamWriter(io.out(), StandardCharsets.UTF_8);
            JsonExport.write(pack, seed, learner, questions, writer);
            return Exit.OK;
        }
        StringWriter json = new StringWriter();
        JsonExport.write(pack, seed, learner, questions, json);
        OutFile.write(target.get(), json.toString());
        return Exit.OK;
    }

    /** What `practice --learner NAME --seed N` would ask now, from the learner's progress. */
    private static List<Question> fromProgress(CommandLine line, Pack pack, long seed) throws UsageException {
        Instant now = Instant.now();
        try (Notebook book = Notebook.open(LearnerOptions.data(), LearnerOptions.learner(line), pack, now)) {
            return LearnerOptions.deal(line, pack, book.progress(), seed, now, PracticeDeck.DEFAULT_COUNT).stream()
                    .map(Deal.Dealt::question).toList();
        } catch (StoreException e) {
            throw new UsageException(TerminalText.clean(e.getMessage()));
        }
    }
}
