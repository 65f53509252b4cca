package org.whoowns;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `matrix --csv` against the table in the 2026 source document itself. */
class MatrixCommandTest {

    @Test
    void csvIsTheTableOfThe2026Edition() throws IOException {
        Cli cli = Cli.run("matrix", "--csv");
        assertEquals(0, cli.code(), cli.err());
        List<String> expected = new ArrayList<>();
        for (String row : seedTable()) {
            String[] cells = row.substring(1, row.length() - 1).split("\\|");
            List<String> fields = new ArrayList<>();
            for (String cell : cells) {
                fields.add(cell.strip());
            }
            expected.add(String.join(",", fields));
        }
        expected.set(0, expected.get(0).replace("Responsibility area", "Area"));
        assertEquals(String.join("\r\n", expected) + "\r\n", cli.out());
    }

    @Test
    void textTableListsEveryAreaWithOwnerKeys() {
        Cli cli = Cli.run("matrix");
        assertEquals(0, cli.code(), cli.err());
        assertTrue(cli.out().contains("Physical datacenter"), cli.out());
        assertTrue(cli.out().contains("[S] Shared"), cli.out());
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("Area") && l.contains("IaaS") && l.contains("SaaS")), cli.out());
    }

    /** The Markdown table rows under "### Responsibility matrix", header first, separator dropped. */
    private static List<String> seedTable() throws IOException {
        try (InputStream in = MatrixCommandTest.class.getResourceAsStream("/seeds/003_0788f9c8a12f2a0d.txt")) {
            assertNotNull(in, "the 2026 seed document is a test resource");
            List<String> rows = new ArrayList<>();
            boolean inSection = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("### Responsibility matrix")) {
                    inSection = true;
                } else if (inSection && line.startsWith("#")) {
                    break;
                } else if (inSection && line.startsWith("|") && !line.startsWith("|---")) {
                    rows.add(line.strip());
                }
            }
            assertEquals(11, rows.size(), "header and ten areas");
            return rows;
        }
    }
}
