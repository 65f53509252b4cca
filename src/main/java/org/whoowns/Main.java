package org.whoowns;

import org.whoowns.CommandLine.UsageException;
import org.whoowns.export.JsonExport;
import org.whoowns.export.MatrixExport;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.pack.PackLoader;
import org.whoowns.pack.Problem;
import org.whoowns.plain.PlainQuiz;
import org.whoowns.quiz.PracticeDeck;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.QuestionBank;
import org.whoowns.quiz.Grader;
import org.whoowns.quiz.QuizSession;
import org.whoowns.tui.Tui;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/** Parses the command line and wires the parts together; nothing else. */
public final class Main {
    static final String HELP = """
            whoowns - who owns it? A trainer for the cloud shared responsibility model.

            Usage:
              whoowns                       the menu: Study, Practice, Quit
              whoowns practice [--count N] [--seed N] [--plain] [--pack FILE]
                                            a practice run (--plain: line by line on stdin/stdout)
              whoowns matrix [--csv] [--pack FILE]
                                            print the responsibility matrix
              whoowns export --format json [--seed N] [--count N] [--mode practice] [--out FILE] [--pack FILE]
                                            the questions practice would ask, with answers and explanations
              whoowns validate FILE...      check packs: exit 0 valid, 2 invalid, one line per problem
              whoowns --help | --version

            Options:
              --count N     questions in a run (default 10; export: every question the pack supports)
              --seed N      fixes the questions and their order (default: a fresh seed, shown at the start)
              --pack FILE   a question pack (default: the shipped Azure pack); see questions/README.md

            Exit codes: 0 ok, 2 bad usage or bad input (one line on stderr saying what and where).
            """;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, System.in, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        try {
            CommandLine line = CommandLine.parse(args);
            return switch (line.command()) {
                case "help" -> {
                    out.print(HELP);
                    yield 0;
                }
                case "version" -> {
                    out.println("whoowns " + version());
                    yield 0;
                }
                case "matrix" -> {
                    Pack pack = pack(line);
                    out.print(line.flag("--csv") ? MatrixExport.csv(pack) : MatrixExport.text(pack));
                    yield 0;
                }
                case "export" -> export(line, out);
                case "validate" -> validate(line.files(), out, err);
                case "practice" -> line.flag("--plain") ? practicePlain(line, in, out) : tui(line, err);
                default -> tui(line, err);
            };
        } catch (UsageException e) {
            err.println("whoowns: " + e.getMessage());
            return 2;
        } catch (PackException e) {
            err.println(e.getMessage());
            return 2;
        } catch (NoSuchFileException e) {
            err.println("whoowns: no such file or directory: " + e.getFile());
            return 2;
        } catch (IOException e) {
            err.println("whoowns: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException e) {
            err.println("whoowns: " + e.getCause().getMessage());
            return 2;
        }
    }

    private static int practicePlain(CommandLine line, InputStream in, PrintStream out) throws UsageException, PackException, IOException {
        Pack pack = pack(line);
        long seed = seed(line);
        int count = count(line).orElse(PracticeDeck.DEFAULT_COUNT);
        List<Question> questions = PracticeDeck.deal(pack, seed, count);
        QuizSession session = new QuizSession(pack, questions, Grader.PRACTICE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        new PlainQuiz(session, reader, out).run("whoowns practice: " + pack.title() + ", " + questions.size()
                + " questions, seed " + seed + " (repeat with --seed " + seed + ")");
        return 0;
    }

    private static int tui(CommandLine line, PrintStream err) throws UsageException, PackException, IOException {
        Tui.warmUp();
        var unavailable = Tui.unavailable();
        if (unavailable.isPresent()) {
            err.println("whoowns: " + unavailable.get() + "; use --plain, e.g. whoowns practice --plain");
            return 2;
        }
        long seed = seed(line);
        int count = count(line).orElse(PracticeDeck.DEFAULT_COUNT);
        // The TUI draws its menu first and reads the pack behind it (SPEC §5: nothing slow before the menu).
        return Tui.run(() -> pack(line),
                line.command().equals("practice") ? Tui.Start.PRACTICE : Tui.Start.MENU, seed, count);
    }

    private static int export(CommandLine line, PrintStream out) throws UsageException, PackException, IOException {
        line.choice("--format", "json", List.of("json"));
        line.choice("--mode", "practice", List.of("practice"));
        Pack pack = pack(line);
        long seed = seed(line);
        int count = count(line).orElse(Integer.MAX_VALUE);
        List<Question> questions = PracticeDeck.deal(pack, seed, count);
        var target = line.option("--out");
        if (target.isEmpty()) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            JsonExport.write(pack, seed, questions, writer);
            return 0;
        }
        // Written beside the target and moved into place, so a failed export never leaves half a file.
        StringWriter json = new StringWriter();
        JsonExport.write(pack, seed, questions, json);
        Path path = Path.of(target.get()).toAbsolutePath();
        Path temp = Files.createTempFile(path.getParent(), ".whoowns-export", ".tmp");
        try {
            Files.writeString(temp, json.toString(), StandardCharsets.UTF_8);
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return 0;
    }

    private static int validate(List<String> files, PrintStream out, PrintStream err) {
        boolean allValid = true;
        for (String file : files) {
            try {
                Pack pack = PackLoader.load(Path.of(file));
                out.println(file + ": valid: pack " + pack.id() + " " + pack.version() + ", " + pack.models().size()
                        + " models x " + pack.areas().size() + " areas, " + pack.owners().size() + " owners, "
                        + pack.questions().size() + " authored questions, " + QuestionBank.generate(pack, 1).size()
                        + " questions in all");
            } catch (PackException e) {
                allValid = false;
                for (Problem problem : e.problems()) {
                    err.println(problem);
                }
            }
        }
        return allValid ? 0 : 2;
    }

    private static Pack pack(CommandLine line) throws PackException {
        var file = line.option("--pack");
        return file.isPresent() ? PackLoader.load(Path.of(file.get())) : PackLoader.loadDefault();
    }

    private static long seed(CommandLine line) throws UsageException {
        return line.number("--seed", 0, Long.MAX_VALUE).orElseGet(() -> ThreadLocalRandom.current().nextLong(1, 1_000_000));
    }

    private static Optional<Integer> count(CommandLine line) throws UsageException {
        return line.number("--count", 1, 1000).map(Long::intValue);
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown"
        }
        return properties.getProperty("version", "unknown");
    }
}
