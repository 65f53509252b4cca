package org.whoowns.pack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * questions/pack.schema.json kept in step with the loader: every shipped and test pack passes both the schema
 * (checked by networknt's JSON Schema 2020-12 validator) and the loader, and each broken pack fails both.
 */
class PackSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(Path.of("questions/pack.schema.json")));

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> packs() throws Exception {
        List<Path> packs = new ArrayList<>();
        for (Path dir : List.of(Path.of("questions"), Path.of("src/test/resources/packs"))) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
                files.forEach(f -> {
                    if (!f.getFileName().toString().equals("pack.schema.json")) {
                        packs.add(f);
                    }
                });
            }
        }
        return packs;
    }

    @Test
    void everyShippedAndTestPackPassesTheSchemaAndTheLoader() throws Exception {
        List<Path> packs = packs();
        assertTrue(packs.size() >= 4, packs.toString());
        for (Path pack : packs) {
            assertEquals(List.of(), SCHEMA.validate(read(pack), com.networknt.schema.InputFormat.JSON), pack.toString());
            PackLoader.load(pack);
        }
    }

    /** Broken variants of the example pack: each is refused by the schema and by the loader. */
    @Test
    void everyBrokenPackFailsBoth() throws Exception {
        Map<String, Consumer<ObjectNode>> breaks = Map.ofEntries(
                Map.entry("unknown top-level field", root -> root.put("colour", "red")),
                Map.entry("missing title", root -> root.remove("title")),
                Map.entry("format 2", root -> root.put("format", 2)),
                Map.entry("id with capitals", root -> root.put("id", "Example")),
                Map.entry("owner name too long", root -> ((ObjectNode) root.get("owners").get(0)).put("name", "A name far too long")),
                Map.entry("key of two letters", root -> ((ObjectNode) root.get("owners").get(0)).put("key", "TT")),
                Map.entry("cloud not boolean", root -> ((ObjectNode) root.get("models").get(0)).put("cloud", "no")),
                Map.entry("one owner", root -> {
                    var owners = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("owners");
                    owners.remove(3);
                    owners.remove(2);
                    owners.remove(1);
                }),
                Map.entry("explanation without sources", root -> ((ObjectNode) root.get("explanations").get(0)).remove("sources")),
                Map.entry("select some", root -> ((ObjectNode) root.get("questions").get(0)).put("select", "some")),
                Map.entry("scenario without cell", root -> ((ObjectNode) root.get("questions").get(2)).remove("cell")),
                Map.entry("fact with a cell", root -> ((ObjectNode) root.get("questions").get(0)).putObject("cell")),
                Map.entry("task without sources", root -> ((ObjectNode) root.get("tasks").get(0)).remove("sources")),
                Map.entry("split with one part", root -> {
                    var parts = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("splits").get(1).get("parts");
                    parts.remove(2);
                    parts.remove(1);
                }),
                Map.entry("empty text", root -> ((ObjectNode) root.get("topics").get(0)).put("title", "")));
        for (var broken : breaks.entrySet()) {
            ObjectNode root = (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of("questions/example-raci.json")));
            broken.getValue().accept(root);
            String text = JSON.writeValueAsString(root);
            assertFalse(SCHEMA.validate(text, com.networknt.schema.InputFormat.JSON).isEmpty(), "schema: " + broken.getKey());
            assertThrows(PackException.class, () -> PackLoader.parse("broken.json", text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    "loader: " + broken.getKey());
        }
    }
}
