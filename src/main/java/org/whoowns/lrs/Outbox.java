package org.whoowns.lrs;

import org.whoowns.learn.AtomicFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The durable queue of statements for one LRS, in the data directory: {@code queue/<statement id>.json}
 * holds each statement not yet accepted, {@code sent} the ids the LRS accepted, one a line. A statement is
 * queued once and never again after it was sent, so a resend (or a crash between the LRS's answer and the
 * bookkeeping) never posts it twice; nothing leaves the queue unless the LRS accepted it.
 */
public final class Outbox {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private final Path queue;
    private final Path sentFile;
    private final Set<String> sent = new LinkedHashSet<>();

    private Outbox(Path dir) throws IOException {
        this.queue = dir.resolve("queue");
        this.sentFile = dir.resolve("sent");
        Files.createDirectories(queue);
        if (Files.exists(sentFile)) {
            for (String line : Files.readAllLines(sentFile, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    sent.add(line.strip());
                }
            }
        }
    }

    /** The outbox kept in {@code dir} (created if missing). */
    public static Outbox open(Path dir) throws IOException {
        return new Outbox(dir);
    }

    /** Queues each statement whose id was neither sent nor queued; returns how many were new. */
    public int add(TreeMap<String, String> statementsById) throws IOException {
        int added = 0;
        for (var e : statementsById.entrySet()) {
            String id = e.getKey();
            if (!UUID.matcher(id).matches()) {
                throw new IllegalArgumentException("a statement id must be a lower-case UUID: " + id);
            }
            Path file = queue.resolve(id + ".json");
            if (!sent.contains(id) && !Files.exists(file)) {
                AtomicFile.write(file, e.getValue().getBytes(StandardCharsets.UTF_8));
                added++;
            }
        }
        return added;
    }

    /** The queued statements by id, in id order; any already recorded as sent are dropped from the queue. */
    public TreeMap<String, String> pending() throws IOException {
        TreeMap<String, String> pending = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(queue, "*.json")) {
            for (Path file : files) {
                String id = file.getFileName().toString().replaceFirst("\\.json$", "");
                if (sent.contains(id)) {
                    Files.delete(file);
                } else if (UUID.matcher(id).matches()) {
                    pending.put(id, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return pending;
    }

    /** Records the LRS's acceptance: the ids go to {@code sent} first, then their queue files are removed. */
    public void accepted(List<String> ids) throws IOException {
        sent.addAll(ids);
        AtomicFile.write(sentFile, (String.join("\n", new ArrayList<>(sent)) + "\n").getBytes(StandardCharsets.UTF_8));
        for (String id : ids) {
            Files.deleteIfExists(queue.resolve(id + ".json"));
        }
    }

    public boolean wasSent(String id) {
        return sent.contains(id);
    }
}
