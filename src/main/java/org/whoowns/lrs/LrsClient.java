package org.whoowns.lrs;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Posts xAPI 1.0.3 statements to a learning record store: {@code POST <endpoint>/statements} with Basic auth,
 * the {@code X-Experience-API-Version} header and a JSON array body. It only reports what the LRS answered;
 * what counts as sent is {@link Delivery}'s decision.
 */
public final class LrsClient {
    static final String VERSION = "1.0.3";
    private final URI statements;
    private final String endpoint;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient http;

    /** What the LRS did with one POST. */
    public enum Outcome { ACCEPTED, CONFLICT, UNAUTHORIZED, REJECTED }

    /** The LRS's status line and the start of its body, for the one-line error. */
    public record Answer(Outcome outcome, int status, String body) {
    }

    /**
     * {@code endpoint} is the LRS's xAPI base URL (http or https; "/statements" is added), {@code credentials}
     * "KEY:SECRET".
     */
    public LrsClient(String endpoint, String credentials, Duration timeout) throws LrsException {
        this.endpoint = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        URI uri;
        try {
            uri = URI.create(this.endpoint + "/statements");
        } catch (IllegalArgumentException e) {
            throw new LrsException("the LRS address " + endpoint + " is not a URL");
        }
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new LrsException("the LRS address " + endpoint + " must be an http or https URL, e.g. https://lrs.example.org/xapi");
        }
        if (credentials.indexOf(':') < 1) {
            throw new LrsException("LRS credentials must be KEY:SECRET");
        }
        this.statements = uri;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public String endpoint() {
        return endpoint;
    }

    /** POSTs a JSON array of statements; an LRS that cannot be reached or does not answer in time throws. */
    public Answer post(String statementsJson) throws LrsException {
        HttpRequest request = HttpRequest.newBuilder(statements)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-Experience-API-Version", VERSION)
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(statementsJson, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new LrsException("the LRS at " + endpoint + " did not answer within "
                    + BigDecimal.valueOf(timeout.toMillis(), 3).stripTrailingZeros().toPlainString() + " s");
        } catch (ConnectException e) {
            throw new LrsException("cannot reach the LRS at " + endpoint + ": connection refused");
        } catch (IOException e) {
            throw new LrsException("cannot reach the LRS at " + endpoint + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LrsException("sending to the LRS at " + endpoint + " was interrupted");
        }
        int status = response.statusCode();
        String body = oneLine(response.body());
        if (status == 200 || status == 204) {
            return new Answer(Outcome.ACCEPTED, status, body);
        }
        if (status == 409) {
            return new Answer(Outcome.CONFLICT, status, body);
        }
        if (status == 401 || status == 403) {
            return new Answer(Outcome.UNAUTHORIZED, status, body);
        }
        return new Answer(Outcome.REJECTED, status, body);
    }

    /** An LRS's error body on one line, at most 200 characters, control characters dropped. */
    private static String oneLine(String body) {
        String line = body == null ? "" : body.replaceAll("\\p{Cntrl}+", " ").strip();
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }
}
