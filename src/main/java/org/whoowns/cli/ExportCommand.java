package org.whoowns.cli;

import org.whoowns.export.JsonExport;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.quiz.Question;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** `whoowns export`: the questions practice or an exam would ask, with answers and explanations (the answer key). */
final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public Set<String> options() {
        return Set.of("--format", "--seed", "--count", "--out", "--mode", "--pack");
    }

    @Override
    public String help() {
        return """
                  whoowns export --format json [--mode practice|exam] [--seed N] [--count N]
                                 [--out FILE] [--pack FILE]
                                the questions practice (or the exam) would ask, with
                                answers and explanations (--out: written atomically)
                """;
    }

    @Override
    public int run(CommandLine line, Io io) throws UsageException, PackException, IOException {
        line.choice("--format", "json", List.of("json"));
        String mode = line.choice("--mode", "practice", List.of("practice", "exam"));
        Pack pack = RunOptions.pack(line);
        long seed = RunOptions.seed(line);
        List<Question> questions = mode.equals("exam") ? RunOptions.examPaper(line, pack, seed)
                : RunOptions.deal(line, pack, seed, Integer.MAX_VALUE);
        var target = line.option("--out");
        if (target.isEmpty()) {
            Writer writer = new OutputStreamWriter(io.out(), StandardCharsets.UTF_8);
            JsonExport.write(pack, seed, questions, writer);
            return Exit.OK;
        }
        StringWriter json = new StringWriter();
        JsonExport.write(pack, seed, questions, json);
        OutFile.write(target.get(), json.toString());
        return Exit.OK;
    }
}
