package org.whoowns.cli;

import org.whoowns.export.MatrixExport;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;

import java.util.Set;

/** `whoowns matrix`: the responsibility matrix as a text table or CSV. */
final class MatrixCommand implements Command {
    @Override
    public String name() {
        return "matrix";
    }

    @Override
    public Set<String> options() {
        return Set.of("--csv", "--pack");
    }

    @Override
    public String help() {
        return """
                  whoowns matrix [--csv] [--pack FILE]
                                print the responsibility matrix (CSV header: Area,<models>)
                """;
    }

    @Override
    public int run(CommandLine line, Io io) throws PackException {
        Pack pack = RunOptions.pack(line);
        io.out().print(line.flag("--csv") ? MatrixExport.csv(pack) : MatrixExport.text(pack));
        return Exit.OK;
    }
}
