package org.whoowns.cli;

import org.whoowns.classroom.DrillCode;
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

/** `whoowns export`: the questions practice would ask, with answers and explanations (the answer key). */
final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public Set<String> options() {
        return Set.of("--format", "--seed", "--count", "--out", "--mode", "--pack", "--code");
    }

    @Override
    public String help() {
        return """
                  whoowns export --format json [--mode practice] [--seed N] [--count N]
                                 [--out FILE] [--pack FILE]
                                the questions practice would ask, with answers and
                                explanations (--out: written atomically, see README)
                  whoowns export --format json --mode drill --code CODE [--count N]
                                the answer key of a drill: its questions in its order
                """;
    }

    @Override
    public int run(CommandLine line, Io io) throws UsageException, PackException, IOException {
        line.choice("--format", "json", List.of("json"));
        boolean drill = line.choice("--mode", "practice", List.of("practice", "drill")).equals("drill");
        Pack pack = RunOptions.pack(line);
        long seed;
        List<Question> questions;
        if (drill) {
            if (line.option("--seed").isPresent()) {
                throw new UsageException("--mode drill takes --code, not --seed");
            }
            DrillCode code = DrillOptions.code(line).orElseThrow(
                    () -> new UsageException("--mode drill needs --code CODE (the code the drill shows)"));
            seed = code.seed(pack.id(), pack.version());
            questions = DrillOptions.drill(line, pack, code).questions();
        } else {
            if (line.option("--code").isPresent()) {
                throw new UsageException("--code goes with --mode drill");
            }
            seed = RunOptions.seed(line);
            questions = RunOptions.deal(line, pack, seed, Integer.MAX_VALUE);
        }
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
