package org.whoowns.lrs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends statements to an LRS through its {@link Outbox}: new statements are queued first, then the whole
 * queue (statements made while the LRS was down included) goes out in batches; a batch leaves the queue
 * only when the LRS accepted it. A 409 on a batch means the LRS already holds some of its ids (an earlier
 * answer lost on the way): the batch is then sent one by one, and a single statement the LRS answers 409
 * for is one it holds, so it counts as delivered.
 */
public final class Delivery {
    static final int BATCH = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a run did: statements newly queued, delivered now, and still queued. */
    public record Report(int queued, int delivered, int waiting) {
    }

    private Delivery() {
    }

    /** Statement JSON by id, from a JSON array of statements (what XapiStatements writes). */
    public static TreeMap<String, String> byId(String statementsArray) {
        TreeMap<String, String> byId = new TreeMap<>();
        try {
            for (JsonNode statement : JSON.readTree(statementsArray)) {
                JsonNode id = statement.get("id");
                if (id == null || !id.isTextual()) {
                    throw new IllegalArgumentException("a statement without an id");
                }
                byId.put(id.asText(), JSON.writeValueAsString(statement));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("statements are not JSON: " + e.getOriginalMessage(), e);
        }
        return byId;
    }

    /**
     * Queues {@code statements} and sends everything queued. On a failure the exception says what the LRS
     * answered and how many statements stay queued for the next run.
     */
    public static Report send(Map<String, String> statements, Outbox outbox, LrsClient lrs) throws LrsException, IOException {
        int queued = outbox.add(new TreeMap<>(statements));
        TreeMap<String, String> pending = outbox.pending();
        List<String> ids = new ArrayList<>(pending.keySet());
        int delivered = 0;
        for (int start = 0; start < ids.size(); start += BATCH) {
            List<String> batch = ids.subList(start, Math.min(ids.size(), start + BATCH));
            LrsClient.Answer answer = post(lrs, pending, batch, ids.size() - delivered);
            if (answer.outcome() == LrsClient.Outcome.CONFLICT) {
                for (String id : batch) {
                    LrsClient.Answer one = post(lrs, pending, List.of(id), ids.size() - delivered);
                    if (one.outcome() == LrsClient.Outcome.ACCEPTED || one.outcome() == LrsClient.Outcome.CONFLICT) {
                        outbox.accepted(List.of(id));
                        delivered++;
                    } else {
                        throw failure(lrs, one, ids.size() - delivered);
                    }
                }
                continue;
            }
            outbox.accepted(batch);
            delivered += batch.size();
        }
        return new Report(queued, delivered, ids.size() - delivered);
    }

    /** One POST; anything but acceptance or a conflict ends the run, the statements staying queued. */
    private static LrsClient.Answer post(LrsClient lrs, Map<String, String> pending, List<String> batch, int waiting)
            throws LrsException {
        StringBuilder body = new StringBuilder("[");
        for (String id : batch) {
            body.append(body.length() > 1 ? "," : "").append(pending.get(id));
        }
        LrsClient.Answer answer;
        try {
            answer = lrs.post(body.append(']').toString());
        } catch (LrsException e) {
            throw new LrsException(e.getMessage() + "; " + kept(waiting) + ", sent on the next try");
        }
        if (answer.outcome() == LrsClient.Outcome.ACCEPTED || answer.outcome() == LrsClient.Outcome.CONFLICT) {
            return answer;
        }
        throw failure(lrs, answer, waiting);
    }

    private static LrsException failure(LrsClient lrs, LrsClient.Answer answer, int waiting) {
        String what = answer.outcome() == LrsClient.Outcome.UNAUTHORIZED
                ? "refused the credentials (" + answer.status() + "): check --auth or WHOOWNS_LRS_AUTH"
                : "rejected the statements (" + answer.status() + (answer.body().isEmpty() ? "" : ": " + answer.body()) + ")";
        return new LrsException("the LRS at " + lrs.endpoint() + " " + what + "; " + kept(waiting));
    }

    private static String kept(int waiting) {
        return waiting + (waiting == 1 ? " statement" : " statements") + " kept in the queue";
    }
}
