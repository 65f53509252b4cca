package org.whoowns.learn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A learner's exam attempts in {@code results.json}. {@link #append} returns only once the attempt is on
 * disk (atomic replace, fsynced), so an attempt reported saved survives a crash right after.
 */
public final class ResultStore {
    static final String FILE = "results.json";
    static final String KIND = "whoowns-results";
    static final int FORMAT = 1;

    private final LearnerFiles files;
    private final List<Attempt> attempts;

    private ResultStore(LearnerFiles files, List<Attempt> attempts) {
        this.files = files;
        this.attempts = new ArrayList<>(attempts);
    }

    public static ResultStore open(LearnerFiles files, Instant now) throws StoreException {
        return new ResultStore(files, files.read(FILE, KIND, FORMAT, ResultStore::decode, List.of(), now));
    }

    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    public Optional<Attempt> find(UUID id) {
        return attempts.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The number the next attempt at this pack gets: 1 for the first. */
    public int nextNumber(String packId) {
        return 1 + (int) attempts.stream().filter(a -> a.packId().equals(packId)).count();
    }

    public void append(Attempt attempt) throws StoreException {
        if (find(attempt.id()).isPresent()) {
            throw new IllegalArgumentException("attempt " + attempt.id() + " is already saved");
        }
        List<Attempt> longer = new ArrayList<>(attempts);
        longer.add(attempt);
        List<Object> encoded = new ArrayList<>();
        longer.forEach(a -> encoded.add(encode(a)));
        files.write(FILE, KIND, FORMAT, Map.of("attempts", encoded));
        attempts.add(attempt);
    }

    static Map<String, Object> encode(Attempt a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("learner", a.learner().id());
        m.put("name", a.learner().name());
        m.put("orgUnit", a.learner().orgUnit().orElse(null));
        m.put("activity", a.activity());
        m.put("pack", a.packId());
        m.put("packVersion", a.packVersion());
        m.put("program", a.programVersion());
        m.put("seed", a.seed());
        m.put("id", a.id().toString());
        m.put("number", a.number());
        m.put("started", a.started().toString());
        m.put("completed", a.completed().toString());
        m.put("raw", a.raw());
        m.put("max", a.max());
        m.put("passMark", a.passMark());
        m.put("passed", a.passed());
        m.put("byArea", tallies(a.byArea()));
        m.put("byModel", tallies(a.byModel()));
        List<Object> answers = new ArrayList<>();
        for (Attempt.Answered q : a.answers()) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("question", q.question());
            answer.put("kind", q.kind());
            answer.put("prompt", q.prompt());
            answer.put("choices", new ArrayList<Object>(q.choices()));
            answer.put("answer", new ArrayList<Object>(q.answer()));
            answer.put("picks", new ArrayList<Object>(q.picks()));
            answer.put("credit", q.credit());
            answer.put("flagged", q.flagged());
            answers.add(answer);
        }
        m.put("answers", answers);
        m.put("sha256", a.sha256());
        return m;
    }

    private static Map<String, Object> tallies(Map<String, Tally> tallies) {
        Map<String, Object> out = new LinkedHashMap<>();
        new java.util.TreeMap<>(tallies).forEach((k, t) -> out.put(k, Map.of("name", t.name(), "raw", t.raw(), "max", t.max())));
        return out;
    }

    private static List<Attempt> decode(Map<String, Object> doc) throws Json.Bad {
        List<Object> items = Json.array(doc, "attempts", FILE);
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            attempts.add(attempt(Json.object(items.get(i), FILE + ".attempts[" + i + "]"), FILE + ".attempts[" + i + "]"));
        }
        return attempts;
    }

    private static Attempt attempt(Map<String, Object> m, String at) throws Json.Bad {
        Object org = m.get("orgUnit");
        Attempt.Taker taker = new Attempt.Taker(Json.string(m, "learner", at), Json.string(m, "name", at),
                org == null ? Optional.empty() : Optional.of(Json.string(org, at + ".orgUnit")));
        UUID id;
        try {
            id = UUID.fromString(Json.string(m, "id", at));
        } catch (IllegalArgumentException e) {
            throw new Json.Bad(at + ".id: not a UUID");
        }
        List<Attempt.Answered> answers = new ArrayList<>();
        List<Object> items = Json.array(m, "answers", at);
        for (int i = 0; i < items.size(); i++) {
            String where = at + ".answers[" + i + "]";
            Map<String, Object> q = Json.object(items.get(i), where);
            List<String> choices = new ArrayList<>();
            for (Object c : Json.array(q, "choices", where)) {
                choices.add(Json.string(c, where + ".choices"));
            }
            answers.add(new Attempt.Answered(Json.string(q, "question", where), Json.string(q, "kind", where),
                    Json.string(q, "prompt", where), choices, indexes(q, "answer", where, choices.size()),
                    indexes(q, "picks", where, choices.size()), Json.number(q, "credit", where), Json.bool(q, "flagged", where)));
        }
        long max = Json.integer(m, "max", at);
        if (max < 1 || max != answers.size()) {
            throw new Json.Bad(at + ".max: " + max + " does not match " + answers.size() + " answers");
        }
        return new Attempt(taker, Json.string(m, "activity", at), Json.string(m, "pack", at), Json.string(m, "packVersion", at),
                Json.string(m, "program", at), Json.string(m, "seed", at), id, (int) Json.integer(m, "number", at),
                Json.instant(m, "started", at), Json.instant(m, "completed", at), Json.number(m, "raw", at), (int) max,
                Json.number(m, "passMark", at), Json.bool(m, "passed", at), tallies(m, "byArea", at), tallies(m, "byModel", at),
                answers, Json.string(m, "sha256", at));
    }

    private static List<Integer> indexes(Map<String, Object> q, String key, String at, int size) throws Json.Bad {
        List<Integer> out = new ArrayList<>();
        for (Object o : Json.array(q, key, at)) {
            long i = Json.integer(o, at + "." + key);
            if (i < 0 || i >= size) {
                throw new Json.Bad(at + "." + key + ": " + i + " is not a choice");
            }
            out.add((int) i);
        }
        return out;
    }

    private static Map<String, Tally> tallies(Map<String, Object> m, String key, String at) throws Json.Bad {
        Map<String, Tally> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : Json.object(m, key, at).entrySet()) {
            String where = at + "." + key + "." + e.getKey();
            Map<String, Object> t = Json.object(e.getValue(), where);
            out.put(e.getKey(), new Tally(Json.string(t, "name", where), Json.number(t, "raw", where), (int) Json.integer(t, "max", where)));
        }
        return out;
    }
}
