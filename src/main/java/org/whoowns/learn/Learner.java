package org.whoowns.learn;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A named learner. The name becomes a directory, so it is a safe file name on every system. */
public record Learner(String name) {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    // Names Windows will not create as files, whatever the extension.
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    public Learner {
        Optional<String> problem = problem(name);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Why {@code name} cannot name a learner, if it cannot. */
    public static Optional<String> problem(String name) {
        if (name == null || !SAFE.matcher(name).matches()) {
            return Optional.of("learner name '" + printable(name) + "' must be 1 to 64 letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit");
        }
        String stem = name.toLowerCase(Locale.ROOT);
        int dot = stem.indexOf('.');
        if (RESERVED.contains(dot < 0 ? stem : stem.substring(0, dot))) {
            return Optional.of("learner name '" + name + "' is reserved by Windows for a device");
        }
        return Optional.empty();
    }

    /**
     * The learner asked for ({@code --learner}), else the OS user from the environment (USER, LOGNAME,
     * USERNAME), made safe; else "learner". An explicit bad name is refused rather than changed.
     */
    public static Learner resolve(Optional<String> requested, Map<String, String> env) {
        if (requested.isPresent()) {
            return new Learner(requested.get());
        }
        for (String key : new String[] {"USER", "LOGNAME", "USERNAME"}) {
            String user = env.get(key);
            if (user != null && !user.isBlank()) {
                String safe = user.strip().replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^[._-]+", "");
                if (safe.length() > 64) {
                    safe = safe.substring(0, 64);
                }
                if (problem(safe).isEmpty()) {
                    return new Learner(safe);
                }
            }
        }
        return new Learner("learner");
    }

    private static String printable(String name) {
        return name == null ? "" : name.replaceAll("\\p{Cntrl}", "?");
    }
}
