package org.whoowns.cli;

import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.pack.PackLoader;
import org.whoowns.pack.TerminalText;
import org.whoowns.quiz.QuestionBank;

import java.nio.file.Path;
import java.util.Set;

/** `whoowns validate FILE...`: checks packs; a line per valid file on stdout, the problems on stderr. */
final class ValidateCommand implements Command {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public Set<String> options() {
        return Set.of();
    }

    @Override
    public boolean takesFiles() {
        return true;
    }

    @Override
    public String help() {
        return """
                  whoowns validate [--] FILE...
                                check packs: exit 0 valid, 2 invalid, one line per problem
                """;
    }

    @Override
    public int run(CommandLine line, Io io) {
        boolean allValid = true;
        for (String file : line.files()) {
            try {
                Pack pack = PackLoader.load(Path.of(file));
                io.out().println(TerminalText.clean(file + ": valid: pack " + pack.id() + " " + pack.version() + ", "
                        + pack.models().size() + " models x " + pack.areas().size() + " areas, " + pack.owners().size()
                        + " owners, " + pack.questions().size() + " authored questions, "
                        + QuestionBank.generate(pack, 1).size() + " questions in all"));
            } catch (PackException e) {
                allValid = false;
                e.report().forEach(problem -> io.err().println(TerminalText.clean(problem)));
            }
        }
        return allValid ? Exit.OK : Exit.USAGE;
    }
}
