package org.whoowns.learn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads and writes a learner's progress in one pack as {@code progress-<pack>.json} in their directory. */
public final class ProgressStore {
    static final String KIND = "whoowns-progress";
    static final int FORMAT = 1;

    private ProgressStore() {
    }

    static String fileName(String packId) {
        return "progress-" + safe(packId) + ".json";
    }

    /** A pack id as a file name part: itself when safe, else a hash of it. */
    static String safe(String id) {
        if (Learner.problem(id).isEmpty()) {
            return id;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The saved progress (or a fresh one, a damaged file having been moved aside with a notice). */
    public static Progress load(LearnerFiles files, String packId, FsrsParams params, Instant now) throws StoreException {
        String name = fileName(packId);
        Progress empty = Progress.empty(files.learner().name(), packId, new Fsrs(params));
        return files.read(name, KIND, FORMAT, doc -> decode(doc, files.learner().name(), packId, params, name), empty, now);
    }

    public static void save(LearnerFiles files, Progress progress) throws StoreException {
        files.write(fileName(progress.pack()), KIND, FORMAT, encode(progress));
    }

    static Map<String, Object> encode(Progress progress) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("learner", progress.learner());
        doc.put("pack", progress.pack());
        doc.put("scheduler", FsrsParams.VERSION);
        doc.put("retention", progress.fsrs().params().retention());
        Map<String, Object> owners = new LinkedHashMap<>();
        progress.owners().forEach((cell, mark) -> owners.put(cell, Map.of("id", mark.id(), "name", mark.name())));
        doc.put("owners", owners);
        doc.put("resets", new LinkedHashMap<String, Object>(progress.resets()));
        List<Object> reviews = new ArrayList<>(progress.log().size());
        for (Review r : progress.log()) {
            Map<String, Object> review = new LinkedHashMap<>();
            review.put("item", r.item());
            review.put("rating", r.rating().name().toLowerCase(Locale.ROOT));
            review.put("at", r.at().toString());
            review.put("millis", r.millis());
            reviews.add(review);
        }
        doc.put("reviews", reviews);
        return doc;
    }

    private static Progress decode(Map<String, Object> doc, String learner, String packId, FsrsParams params, String path)
            throws Json.Bad {
        String pack = Json.string(doc, "pack", path);
        if (!pack.equals(packId)) {
            throw new Json.Bad(path + ".pack: holds pack '" + pack + "', expected '" + packId + "'");
        }
        double retention = Json.number(doc, "retention", path);
        FsrsParams tuned;
        try {
            tuned = new FsrsParams(params.w(), retention, params.learningSteps(), params.relearningSteps(),
                    params.maxInterval(), params.fuzz());
        } catch (IllegalArgumentException e) {
            throw new Json.Bad(path + ".retention: " + e.getMessage());
        }
        Map<String, Progress.OwnerMark> owners = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : Json.object(doc, "owners", path).entrySet()) {
            String at = path + ".owners." + e.getKey();
            Map<String, Object> mark = Json.object(e.getValue(), at);
            owners.put(e.getKey(), new Progress.OwnerMark(Json.string(mark, "id", at), Json.string(mark, "name", at)));
        }
        List<Object> items = Json.array(doc, "reviews", path);
        Map<String, Integer> resets = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : Json.object(doc, "resets", path).entrySet()) {
            long index = Json.integer(e.getValue(), path + ".resets." + e.getKey());
            if (index < 0 || index > items.size()) {
                throw new Json.Bad(path + ".resets." + e.getKey() + ": " + index + " is outside the review log");
            }
            resets.put(e.getKey(), (int) index);
        }
        List<Review> log = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String at = path + ".reviews[" + i + "]";
            Map<String, Object> r = Json.object(items.get(i), at);
            String rating = Json.string(r, "rating", at);
            Rating parsed;
            try {
                parsed = Rating.valueOf(rating.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new Json.Bad(at + ".rating: '" + rating + "' is not again, hard, good or easy");
            }
            long millis = Json.integer(r, "millis", at);
            String item = Json.string(r, "item", at);
            if (millis < 0 || item.isBlank()) {
                throw new Json.Bad(at + ": needs an item and a non-negative millis");
            }
            log.add(new Review(item, parsed, Json.instant(r, "at", at), millis));
        }
        return new Progress(learner, packId, new Fsrs(tuned), owners, resets, log);
    }
}
