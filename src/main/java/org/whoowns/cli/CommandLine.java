package org.whoowns.cli;

import org.whoowns.pack.TerminalText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed command line: a command, its options and its file arguments. Each command accepts a fixed
 * set of options; anything else is a usage error with a one-line message. {@code --} ends the options, so
 * {@code validate -- -odd-name.json} takes the rest as files.
 */
public record CommandLine(Command command, Map<String, String> options, List<String> files) {
    static final Set<String> FLAGS = Set.of("--plain", "--csv", "--all", "--key", "--no-speed", "--drills", "--misses");

    public CommandLine {
        options = Map.copyOf(options);
        files = List.copyOf(files);
    }

    static CommandLine parse(String[] args) throws UsageException {
        if (args.length > 0 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return new CommandLine(Commands.named("version"), Map.of(), List.of());
        }
        int start = 0;
        Command command = Commands.named("");
        if (args.length > 0 && !args[0].startsWith("-")) {
            command = Commands.named(args[0]);
            if (command == null || args[0].isEmpty()) {
                throw new UsageException("unknown command " + shown(args[0]) + " (try whoowns --help)");
            }
            start = 1;
        }
        Map<String, String> options = new HashMap<>();
        List<String> files = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = start; i < args.length; i++) {
            String arg = args[i];
            if (!optionsEnded && (arg.equals("--help") || arg.equals("-h"))) {
                return new CommandLine(Commands.named("help"), Map.of(), List.of());
            }
            if (!optionsEnded && arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (optionsEnded || !arg.startsWith("-")) {
                if (!command.takesFiles()) {
                    throw new UsageException("unexpected argument " + shown(arg) + " (try whoowns --help)");
                }
                files.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            String where = command.name().isEmpty() ? "" : " for " + command.name();
            if (!command.options().contains(name)) {
                throw new UsageException("unknown option " + TerminalText.clean(name) + where + " (try whoowns --help)");
            }
            if (FLAGS.contains(name)) {
                if (value != null) {
                    throw new UsageException(name + " takes no value");
                }
                value = "true";
            } else if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException(name + " needs a value");
                }
                value = args[++i];
            }
            if (options.put(name, value) != null) {
                throw new UsageException(name + " is given twice");
            }
        }
        if (command.takesFiles() && files.isEmpty()) {
            throw new UsageException(command.missingFiles());
        }
        return new CommandLine(command, options, files);
    }

    /**
     * A user's word as it may be echoed: through the terminal sanitizer, shortened, in quotes. Arguments,
     * typed answers and file names can carry escape sequences that would retitle or clear the terminal.
     */
    public static String shown(String word) {
        String clean = TerminalText.clean(word);
        return "\"" + (clean.length() > 60 ? clean.substring(0, 59) + "…" : clean) + "\"";
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** A whole number option within [min, max]. */
    Optional<Long> number(String name, long min, long max) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            long n = Long.parseLong(value);
            if (n >= min && n <= max) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new UsageException(name + " needs a whole number from " + min + " to " + max + ", not " + shown(value));
    }

    /** One of the allowed words, or the default. */
    String choice(String name, String fallback, List<String> allowed) throws UsageException {
        String value = options.getOrDefault(name, fallback);
        if (!allowed.contains(value)) {
            throw new UsageException(name + " must be one of " + String.join(", ", allowed) + ", not " + shown(value));
        }
        return value;
    }
}
