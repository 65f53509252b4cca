package org.whoowns.export;

import org.junit.jupiter.api.Assumptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The independent GIFT parser, npm gift-pegjs, run by node on src/test/gift/parse.js. .ci/run installs it
 * into .tools/gift (git-ignored). CI sets WHOOWNS_REQUIRE_VALIDATORS, so there a missing parser fails; on a
 * developer's machine without node the tests that need it are skipped, saying how to install it.
 */
public final class GiftParser {
    private static final Path SCRIPT = Path.of("src/test/gift/parse.js");
    private static final Path PARSER = Path.of(".tools/gift/node_modules/gift-pegjs/package.json");

    private GiftParser() {
    }

    /** The questions gift-pegjs reads from {@code gift}, categories left out; a syntax error fails the test. */
    public static List<JsonNode> questions(String gift) throws IOException, InterruptedException {
        if (!Files.exists(PARSER)) {
            String why = "gift-pegjs is missing: run `npm install --prefix .tools/gift gift-pegjs@1.0.2` (as .ci/run does)";
            if (System.getenv("WHOOWNS_REQUIRE_VALIDATORS") != null) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        Process node = new ProcessBuilder("node", SCRIPT.toString()).start();
        node.getOutputStream().write(gift.getBytes(StandardCharsets.UTF_8));
        node.getOutputStream().close();
        byte[] out = node.getInputStream().readAllBytes();
        String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(60, TimeUnit.SECONDS), "node finished");
        assertEquals(0, node.exitValue(), err);
        List<JsonNode> questions = new ArrayList<>();
        for (JsonNode q : new ObjectMapper().readTree(out)) {
            if (!q.get("type").asText().equals("Category")) {
                questions.add(q);
            }
        }
        return questions;
    }
}
