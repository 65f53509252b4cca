package org.whoowns.learn;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A completion certificate for a passed attempt, in Markdown or plain text, and its check against the
 * saved attempt: the attempt must exist, be intact (its hash matches its fields), and every line of the
 * certificate must say what the saved attempt says.
 */
public final class Certificate {
    private Certificate() {
    }

    /** The outcome of a check: valid or not, and one line saying why. */
    public record Verdict(boolean valid, String message) {
    }

    static Map<String, String> fields(Attempt a) {
        if (!a.passed()) {
            throw new IllegalArgumentException("attempt " + a.id() + " did not pass: no certificate");
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Learner", clean(a.learner().name()) + " (" + clean(a.learner().id()) + ")");
        a.learner().orgUnit().ifPresent(org -> f.put("Unit", clean(org)));
        f.put("Pack", clean(a.packId()) + ", version " + clean(a.packVersion()));
        f.put("Date", a.completed().toString());
        f.put("Score", String.format(Locale.ROOT, "%s/%d (%.1f %%), pass mark %.0f %%", number(a.raw()), a.max(), a.percent(), a.passMark()));
        f.put("Attempt", a.id() + " (#" + a.number() + ")");
        f.put("Certificate", a.certificateId());
        f.put("SHA-256", a.sha256());
        return f;
    }

    public static String plain(Attempt a) {
        StringBuilder out = new StringBuilder("whoowns: certificate of completion\n\n");
        fields(a).forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
        return out.toString();
    }

    public static String markdown(Attempt a) {
        StringBuilder out = new StringBuilder("# Certificate of completion\n\n");
        fields(a).forEach((k, v) -> out.append("- **").append(k).append(":** ").append(k.equals("SHA-256") ? "`" + v + "`" : v).append('\n'));
        return out.append("\nCheck it with `whoowns verify FILE`.\n").toString();
    }

    public static Verdict verify(String text, ResultStore store) {
        Map<String, String> stated = parse(text);
        String attemptLine = stated.get("Attempt");
        if (attemptLine == null || stated.get("SHA-256") == null) {
            return new Verdict(false, "not a whoowns certificate: no Attempt or SHA-256 line");
        }
        Optional<Attempt> saved;
        try {
            saved = store.find(UUID.fromString(attemptLine.split(" ")[0]));
        } catch (IllegalArgumentException e) {
            return new Verdict(false, "the Attempt line holds no attempt id");
        }
        if (saved.isEmpty()) {
            return new Verdict(false, "attempt " + attemptLine.split(" ")[0] + " is not among the saved results");
        }
        Attempt attempt = saved.get();
        if (!attempt.intact()) {
            return new Verdict(false, "the saved attempt " + attempt.id() + " was altered: its hash no longer matches");
        }
        if (!attempt.passed()) {
            return new Verdict(false, "the saved attempt " + attempt.id() + " did not pass");
        }
        for (Map.Entry<String, String> e : fields(attempt).entrySet()) {
            if (!e.getValue().equals(stated.get(e.getKey()))) {
                return new Verdict(false, "the certificate's " + e.getKey() + " line does not match the saved attempt");
            }
        }
        if (stated.keySet().stream().anyMatch(k -> !fields(attempt).containsKey(k))) {
            return new Verdict(false, "the certificate has lines the saved attempt does not");
        }
        return new Verdict(true, "valid: " + attempt.learner().id() + " passed " + attempt.packId() + " on " + attempt.completed());
    }

    /** The learner id a certificate names ("Learner: Ada Lovelace (ada)"), to find their saved results. */
    public static Optional<String> learnerId(String text) {
        String learner = parse(text).get("Learner");
        if (learner == null || !learner.endsWith(")") || learner.lastIndexOf('(') < 0) {
            return Optional.empty();
        }
        return Optional.of(learner.substring(learner.lastIndexOf('(') + 1, learner.length() - 1));
    }

    /** "Key: value" lines of either form, Markdown emphasis and code marks removed. */
    private static Map<String, String> parse(String text) {
        Map<String, String> stated = new LinkedHashMap<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("- ")) {
                line = line.substring(2);
            }
            line = line.replace("**", "").replace("`", "");
            int colon = line.indexOf(": ");
            if (colon > 0 && !line.startsWith("#") && !line.startsWith("whoowns:") && !line.startsWith("Check it")) {
                stated.put(line.substring(0, colon), line.substring(colon + 2).strip());
            }
        }
        return stated;
    }

    private static String number(double raw) {
        return raw == Math.rint(raw) ? Long.toString((long) raw) : String.format(Locale.ROOT, "%.2f", raw);
    }

    // A name reaches a file people print and verify parses line by line: no line breaks, control or Markdown marks.
    private static String clean(String text) {
        return text.replaceAll("[\\p{Cntrl}\\p{Cf}*`]", " ").strip();
    }
}
