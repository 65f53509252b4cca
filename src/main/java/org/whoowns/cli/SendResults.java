package org.whoowns.cli;

import org.whoowns.learn.DataDir;
import org.whoowns.lrs.Delivery;
import org.whoowns.lrs.LrsClient;
import org.whoowns.lrs.LrsException;
import org.whoowns.lrs.Outbox;
import org.whoowns.pack.TerminalText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * `results --send URL [--auth KEY:SECRET]`: the saved attempts' xAPI statements to a learning record store,
 * through the LRS's outbox in the data directory ({@code lrs/<hash of the URL>/}), so statements made while
 * the LRS was unreachable go out on the next send and none goes twice. The credentials come from --auth or,
 * better (no secret in the process list or shell history), from WHOOWNS_LRS_AUTH.
 */
final class SendResults {
    static final String AUTH_VARIABLE = "WHOOWNS_LRS_AUTH";
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private SendResults() {
    }

    /** Sends {@code statements} (a JSON array, as XapiStatements writes) and whatever waits in the outbox. */
    static int run(String url, Optional<String> auth, Map<String, String> env, DataDir data, String statements, Io io,
                   Duration timeout) throws UsageException, IOException {
        String credentials = auth.orElseGet(() -> env.getOrDefault(AUTH_VARIABLE, ""));
        if (credentials.isBlank()) {
            throw new UsageException("sending needs the LRS's credentials: set " + AUTH_VARIABLE
                    + "=KEY:SECRET (or give --auth KEY:SECRET)");
        }
        try {
            LrsClient lrs = new LrsClient(url, credentials, timeout);
            Outbox outbox = Outbox.open(data.root().resolve("lrs").resolve(key(lrs.endpoint())));
            Delivery.Report report = Delivery.send(Delivery.byId(statements), outbox, lrs);
            io.out().println(TerminalText.clean("Sent " + report.delivered() + " statement"
                    + (report.delivered() == 1 ? "" : "s") + " to " + lrs.endpoint() + " (" + report.queued()
                    + " new); nothing waiting."));
            return Exit.OK;
        } catch (LrsException e) {
            io.err().println(TerminalText.clean("whoowns: " + e.getMessage()));
            return Exit.USAGE;
        }
    }

    /** The outbox's folder name: the first 16 hex digits of the endpoint's SHA-256. */
    static String key(String endpoint) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(endpoint.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
