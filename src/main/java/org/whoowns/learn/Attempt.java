package org.whoowns.learn;

import org.whoowns.pack.Pack;
import org.whoowns.quiz.Choice;
import org.whoowns.quiz.Question;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One exam attempt as a completion record (shared/notes/interop.md): who, what was taken, when, the result
 * with its breakdown, each answer, and a SHA-256 over the canonical fields as tamper evidence.
 */
public record Attempt(Taker learner, String activity, String packId, String packVersion, String programVersion,
                      String seed, UUID id, int number, Instant started, Instant completed, double raw, int max,
                      double passMark, boolean passed, Map<String, Tally> byArea, Map<String, Tally> byModel,
                      List<Answered> answers, String sha256) {

    /** The learner: a stable id (account name or e-mail), a display name, an optional org unit. */
    public record Taker(String id, String name, Optional<String> orgUnit) {
    }

    /** One question as asked and answered; {@code answer} and {@code picks} index {@code choices}. */
    public record Answered(String question, String kind, String prompt, List<String> choices, List<Integer> answer,
                           List<Integer> picks, double credit, boolean flagged) {
        public Answered {
            choices = List.copyOf(choices);
            answer = List.copyOf(answer);
            picks = List.copyOf(picks);
        }
    }

    public Attempt {
        byArea = Map.copyOf(byArea);
        byModel = Map.copyOf(byModel);
        answers = List.copyOf(answers);
    }

    /** The record of a submitted exam, sealed with its hash. */
    public static Attempt of(ExamResult result, Taker learner, Pack pack, String activity, String programVersion,
                             String seed, UUID id, int number) {
        List<Answered> answers = new ArrayList<>();
        for (int i = 0; i < result.paper().size(); i++) {
            Question q = result.paper().get(i);
            answers.add(new Answered(q.id(), q.kind().id(), q.prompt(), q.choices().stream().map(Choice::text).toList(),
                    q.answer(), result.picks().get(i).stream().sorted().toList(), result.credits().get(i), result.flags().get(i)));
        }
        Attempt unsealed = new Attempt(learner, activity, pack.id(), pack.version(), programVersion, seed, id, number,
                result.started(), result.completed(), result.raw(), result.max(), result.passMark(), result.passed(),
                result.byArea(), result.byModel(), answers, "");
        return unsealed.sealed();
    }

    public Attempt sealed() {
        return new Attempt(learner, activity, packId, packVersion, programVersion, seed, id, number, started, completed,
                raw, max, passMark, passed, byArea, byModel, answers, hash(canonical()));
    }

    /** True when the stored hash is the hash of the fields as they are now. */
    public boolean intact() {
        return sha256.equals(hash(canonical()));
    }

    public double percent() {
        return raw * 100 / max;
    }

    public Duration duration() {
        return Duration.between(started, completed);
    }

    /** A short id for the certificate, taken from the hash so it cannot be re-used for other fields. */
    public String certificateId() {
        return "WO-" + sha256.substring(0, 12).toUpperCase(Locale.ROOT);
    }

    /** The fields the hash covers, one "key=value" line each, numbers at fixed precision. */
    String canonical() {
        StringBuilder out = new StringBuilder("whoowns-attempt=1\n");
        line(out, "learner", learner.id());
        line(out, "name", learner.name());
        line(out, "org", learner.orgUnit().orElse(""));
        line(out, "activity", activity);
        line(out, "pack", packId);
        line(out, "packVersion", packVersion);
        line(out, "program", programVersion);
        line(out, "seed", seed);
        line(out, "attempt", id.toString());
        line(out, "number", Integer.toString(number));
        line(out, "started", started.toString());
        line(out, "completed", completed.toString());
        line(out, "raw", fixed(raw));
        line(out, "max", Integer.toString(max));
        line(out, "passMark", fixed(passMark));
        line(out, "passed", Boolean.toString(passed));
        new TreeMap<>(byArea).forEach((k, t) -> line(out, "area." + k, t.name() + "|" + fixed(t.raw()) + "/" + t.max()));
        new TreeMap<>(byModel).forEach((k, t) -> line(out, "model." + k, t.name() + "|" + fixed(t.raw()) + "/" + t.max()));
        for (int i = 0; i < answers.size(); i++) {
            Answered a = answers.get(i);
            line(out, "q." + i, a.question() + "|" + a.kind() + "|" + a.answer() + "|" + a.picks() + "|" + fixed(a.credit())
                    + "|" + a.flagged());
        }
        return out.toString();
    }

    static String fixed(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append('=').append(value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")).append('\n');
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
