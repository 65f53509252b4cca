package org.whoowns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackLoader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance in-process: for seeds 1..200, every exported owner-of-cell answer is the matrix
 * cell, and plain mode answered with the exported answers scores N/N, with a wrong choice each 0/N.
 */
class ExportPlainAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int COUNT = 12;

    @Test
    void ownerOfCellAnswersAreTheMatrixForSeeds1To200() throws Exception {
        Pack pack = PackLoader.loadDefault();
        Map<String, String> owners = new HashMap<>();
        for (Cell cell : pack.cells()) {
            owners.put(cell.area().name() + "|" + cell.model().name(), pack.owner(cell).name());
        }
        int checked = 0;
        for (int seed = 1; seed <= 200; seed++) {
            JsonNode export = export(seed, null);
            assertEquals("azure-shared-responsibility", export.get("pack").asText());
            assertEquals(seed, export.get("seed").asLong());
            for (JsonNode q : export.get("questions")) {
                if (!q.get("kind").asText().equals("owner-of-cell")) {
                    continue;
                }
                JsonNode cell = q.get("cells").get(0);
                assertEquals(1, q.get("cells").size());
                assertEquals(1, q.get("answer").size());
                String answer = q.get("choices").get(q.get("answer").get(0).asInt()).asText();
                assertEquals(owners.get(cell.get("area").asText() + "|" + cell.get("model").asText()), answer, q.toString());
                checked++;
            }
        }
        assertEquals(200 * pack.cells().size(), checked, "every cell, every seed");
    }

    @Test
    void exportedAnswersScoreFullMarksAndWrongOnesZero() throws Exception {
        for (int seed = 1; seed <= 200; seed++) {
            JsonNode questions = export(seed, COUNT).get("questions");
            assertEquals(COUNT, questions.size());
            List<String> right = new ArrayList<>();
            List<String> wrong = new ArrayList<>();
            for (JsonNode q : questions) {
                Set<Integer> answer = new TreeSet<>();
                q.get("answer").forEach(a -> answer.add(a.asInt()));
                right.add(answer.stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(",")));
                int firstWrong = 0;
                while (answer.contains(firstWrong)) {
                    firstWrong++;
                }
                assertTrue(firstWrong < q.get("choices").size(), "every question has a wrong choice: " + q);
                wrong.add(String.valueOf(firstWrong + 1));
            }
            Cli good = Cli.withInput(String.join("\n", right) + "\n", "practice", "--plain", "--seed", "" + seed, "--count", "" + COUNT);
            assertEquals(0, good.code(), good.err());
            assertEquals("Score: " + COUNT + "/" + COUNT, good.lastLine(), "seed " + seed);
            Cli bad = Cli.withInput(String.join("\n", wrong) + "\n", "practice", "--plain", "--seed", "" + seed, "--count", "" + COUNT);
            assertEquals("Score: 0/" + COUNT, bad.lastLine(), "seed " + seed);
        }
    }

    @Test
    void exportShapeCarriesEverythingAKeyNeeds() throws Exception {
        JsonNode export = export(7, null);
        JsonNode questions = export.get("questions");
        assertTrue(questions.size() > 100, "without --count, every question the pack supports");
        Set<String> ids = new TreeSet<>();
        for (JsonNode q : questions) {
            assertTrue(ids.add(q.get("id").asText()), "ids are unique: " + q.get("id"));
            for (String field : List.of("id", "kind", "prompt", "choices", "answer", "explanation", "sources", "cells")) {
                assertTrue(q.has(field), field + " in " + q);
            }
            assertFalse(q.get("explanation").asText().isBlank());
            assertTrue(q.get("sources").size() >= 1);
            q.get("sources").forEach(s -> {
                assertFalse(s.get("document").asText().isBlank());
                assertFalse(s.get("section").asText().isBlank());
            });
            assertEquals(q.get("choices").size(), q.get("notes").size());
        }
    }

    @Test
    void exportToAFileWritesTheSameJson(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("key.json");
        Cli cli = Cli.run("export", "--format", "json", "--seed", "3", "--count", "5", "--out", file.toString());
        assertEquals(0, cli.code(), cli.err());
        assertEquals("", cli.out());
        assertEquals(export(3, 5), JSON.readTree(file.toFile()));
        try (var listing = java.nio.file.Files.list(dir)) {
            assertEquals(List.of(file), listing.toList(), "no temporary file left behind");
        }
    }

    private static JsonNode export(int seed, Integer count) throws Exception {
        List<String> args = new ArrayList<>(List.of("export", "--format", "json", "--seed", String.valueOf(seed)));
        if (count != null) {
            args.addAll(List.of("--count", String.valueOf(count)));
        }
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertEquals(0, cli.code(), cli.err());
        return JSON.readTree(cli.out());
    }
}
