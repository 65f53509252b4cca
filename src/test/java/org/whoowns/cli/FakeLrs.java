package org.whoowns.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A learning record store on the JDK's HttpServer that checks what xAPI 1.0.3 requires of a client: POST to
 * /xapi/statements, the version header, JSON, Basic auth with the right key and secret, a batch of distinct
 * statement ids. It stores statements by id and answers like an LRS: 200, 400, 401, 409 for an id it holds;
 * {@link #delayMillis} makes it answer late (after storing), {@link #failWith} answers a status and stores nothing.
 */
final class FakeLrs implements AutoCloseable {
    static final String KEY = "key";
    static final String SECRET = "s3cret:with:colons";
    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    final Map<String, JsonNode> stored = Collections.synchronizedMap(new HashMap<>());
    final Map<String, Integer> receptions = Collections.synchronizedMap(new HashMap<>());
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    volatile int failWith;
    volatile long delayMillis;

    FakeLrs() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // several at once: a late answer must not hold up the client's retry
        server.setExecutor(workers);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
        String problem = check(exchange);
        if (problem != null) {
            answer(exchange, problem.startsWith("auth") ? 401 : 400, problem);
            return;
        }
        if (failWith != 0) {
            answer(exchange, failWith, "{\"error\": \"statement invalid: result.score.scaled\"}");
            return;
        }
        JsonNode batch = new ObjectMapper().readTree(body);
        if (!batch.isArray()) {
            answer(exchange, 400, "not an array");
            return;
        }
        List<String> ids = new ArrayList<>();
        batch.forEach(s -> ids.add(s.get("id").asText()));
        if (ids.stream().distinct().count() != ids.size()) {
            answer(exchange, 400, "duplicate ids in a batch");
            return;
        }
        synchronized (stored) {
            if (ids.stream().anyMatch(stored::containsKey)) {
                answer(exchange, 409, "conflict");
                return;
            }
            batch.forEach(s -> {
                stored.put(s.get("id").asText(), s);
                receptions.merge(s.get("id").asText(), 1, Integer::sum);
            });
        }
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        answer(exchange, 200, new ObjectMapper().writeValueAsString(ids));
    }

    private static String check(HttpExchange exchange) {
        if (!exchange.getRequestMethod().equals("POST")) {
            return "method " + exchange.getRequestMethod();
        }
        if (!exchange.getRequestURI().getPath().equals("/xapi/statements")) {
            return "path " + exchange.getRequestURI().getPath();
        }
        if (!"1.0.3".equals(exchange.getRequestHeaders().getFirst("X-Experience-API-Version"))) {
            return "version header " + exchange.getRequestHeaders().getFirst("X-Experience-API-Version");
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            return "content type " + type;
        }
        String expected = "Basic " + Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return "auth: wrong credentials";
        }
        return null;
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("X-Experience-API-Version", "1.0.3");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
