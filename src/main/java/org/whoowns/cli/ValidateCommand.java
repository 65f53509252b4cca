package org.whoowns.cli;

import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.pack.Lint;
import org.whoowns.pack.PackLoader;
import org.whoowns.pack.TerminalText;
import org.whoowns.quiz.QuestionBank;

import java.nio.file.InvalidPathException;
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
                                check packs and lint them: exit 0 valid (warnings
                                allowed), 2 invalid; one line per problem or warning
                """;
    }

    @Override
    public int run(CommandLine line, Io io) {
        boolean allValid = true;
        for (String file : line.files()) {
            try {
                byte[] json = PackLoader.read(Path.of(file));
                Pack pack = PackLoader.parse(file, json);
                io.out().println(TerminalText.clean(file + ": valid: pack " + pack.id() + " " + pack.version() + ", "
                        + pack.models().size() + " models x " + pack.areas().size() + " areas, " + pack.owners().size()
                        + " owners, " + pack.questions().size() + " authored questions, "
                        + QuestionBank.generate(pack, 1).size() + " questions in all"));
                Lint.warnings(file, json, pack).forEach(warning -> io.err().println(TerminalText.clean(warning.toString())));
            } catch (PackException e) {
                allValid = false;
                e.report().forEach(problem -> io.err().println(TerminalText.clean(problem)));
            } catch (InvalidPathException e) {
                allValid = false; // a name the platform cannot encode: say so and go on with the other files
                io.err().println(TerminalText.clean(file + ": not a usable file name"));
            }
        }
        return allValid ? Exit.OK : Exit.USAGE;
    }
}
