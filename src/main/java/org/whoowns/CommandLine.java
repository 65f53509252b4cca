package org.whoowns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parsed command line: a command, its options and its file arguments. Each command accepts a fixed
 * set of options; anything else is a usage error with a one-line message.
 */
record CommandLine(String command, Map<String, String> options, List<String> files) {

    /** A command line that cannot be run; the message is the one line shown to the user. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private static final Set<String> FLAGS = Set.of("--plain", "--csv", "--help", "--version");
    private static final Map<String, Set<String>> ACCEPTS = Map.of(
            "tui", Set.of("--seed", "--count", "--pack"),
            "practice", Set.of("--seed", "--count", "--plain", "--pack"),
            "matrix", Set.of("--csv", "--pack"),
            "export", Set.of("--format", "--seed", "--count", "--out", "--mode", "--pack"),
            "validate", Set.of(),
            "help", Set.of(),
            "version", Set.of());

    static CommandLine parse(String[] args) throws UsageException {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            return new CommandLine("help", Map.of(), List.of());
        }
        if (args.length > 0 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return new CommandLine("version", Map.of(), List.of());
        }
        int start = 0;
        String command = "tui";
        if (args.length > 0 && !args[0].startsWith("-")) {
            command = args[0];
            start = 1;
            if (!ACCEPTS.containsKey(command) || command.equals("tui")) {
                throw new UsageException("unknown command \"" + args[0] + "\" (try whoowns --help)");
            }
        }
        Map<String, String> options = new HashMap<>();
        List<String> files = new ArrayList<>();
        for (int i = start; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new CommandLine("help", Map.of(), List.of());
            }
            if (!arg.startsWith("--") || arg.equals("--")) {
                if (!command.equals("validate")) {
                    throw new UsageException("unexpected argument \"" + arg + "\" (try whoowns --help)");
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
            String where = command.equals("tui") ? "" : " for " + command;
            if (!ACCEPTS.get(command).contains(name)) {
                throw new UsageException("unknown option " + name + where + " (try whoowns --help)");
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
        if (command.equals("validate") && files.isEmpty()) {
            throw new UsageException("validate needs at least one pack file, e.g. whoowns validate questions/my-pack.json");
        }
        return new CommandLine(command, Map.copyOf(options), List.copyOf(files));
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
        throw new UsageException(name + " needs a whole number from " + min + " to " + max + ", not \"" + value + "\"");
    }

    /** One of the allowed words, or the default. */
    String choice(String name, String fallback, List<String> allowed) throws UsageException {
        String value = options.getOrDefault(name, fallback);
        if (!allowed.contains(value)) {
            throw new UsageException(name + " must be one of " + String.join(", ", allowed) + ", not \"" + value + "\"");
        }
        return value;
    }
}
