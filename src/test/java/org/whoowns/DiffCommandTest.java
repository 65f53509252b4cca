package org.whoowns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `whoowns diff OLD NEW`: exactly what changed between two editions, as text and JSON. */
class DiffCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SHIPPED = "questions/azure-shared-responsibility.json";

    private static Path edit(Path dir, String source, Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readAllBytes(Path.of(source)));
        change.accept(root);
        return Files.write(dir.resolve("new.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    @Test
    void oneCellChangedIsExactlyThatCell(@TempDir Path dir) throws Exception {
        Path edited = edit(dir, SHIPPED, root -> ((ObjectNode) root.get("areas").get(0).get("cells")).put("saas", "shared"));
        Cli cli = Cli.run("diff", SHIPPED, edited.toString());
        assertEquals(0, cli.code(), cli.err());
        assertEquals("azure-shared-responsibility 2026.1 -> azure-shared-responsibility 2026.1\n"
                + "Owner changed (1):\n  Customer data / SaaS (customer-data@saas): Customer -> Shared\n", cli.out());
        JsonNode json = JSON.readTree(Cli.run("diff", "--format", "json", SHIPPED, edited.toString()).out());
        assertEquals(1, json.get("ownerChanged").size());
        assertEquals("customer-data@saas", json.get("ownerChanged").get(0).get("cell").asText());
        assertEquals("Customer", json.get("ownerChanged").get(0).get("old").asText());
        assertEquals("Shared", json.get("ownerChanged").get(0).get("new").asText());
        assertEquals(0, json.get("explanationChanged").size());
    }

    @Test
    void theSamePackHasNoChange() {
        Cli cli = Cli.run("diff", SHIPPED, SHIPPED);
        assertEquals(0, cli.code());
        assertTrue(cli.out().endsWith("No change in owners, areas, models, explanations or sources.\n"), cli.out());
    }

    @Test
    void areasModelsExplanationsAndSources(@TempDir Path dir) throws Exception {
        String raci = "questions/example-raci.json";
        Path edited = edit(dir, raci, root -> {
            root.put("version", "1.1");
            ObjectNode first = (ObjectNode) root.get("explanations").get(0);
            first.put("text", "Reworded.");
            ((ObjectNode) root.get("explanations").get(1).get("sources").get(0)).put("section", "Roles");
        });
        Cli cli = Cli.run("diff", raci, edited.toString());
        assertEquals(0, cli.code(), cli.err());
        assertEquals("example-raci 1.0 -> example-raci 1.1\n"
                + "Explanation changed (3): content@in-house, content@managed-vm, content@site-builder\n"
                + "Sources changed (2): accounts@in-house, accounts@managed-vm\n", cli.out());
        Cli models = Cli.run("diff", "src/test/resources/packs/small-valid.json", raci);
        assertTrue(models.out().contains("Areas added (6): content, accounts, site-code, web-server, backups, hardware\n"), models.out());
        assertTrue(models.out().contains("Areas removed (4): data, apps, os, hosts\n"), models.out());
        assertTrue(models.out().contains("Models added (3): in-house, managed-vm, site-builder\n"), models.out());
        assertTrue(models.out().contains("Models removed (3): iaas, paas, saas\n"), models.out());
    }

    @Test
    void usageAndBadPacks() {
        assertEquals("whoowns: diff takes two pack files, the old edition and the new one\n", Cli.run("diff", SHIPPED).err());
        Cli missing = Cli.run("diff", SHIPPED, "/nonexistent.json");
        assertEquals(2, missing.code());
        assertEquals("/nonexistent.json: no such file\n", missing.err());
    }
}
