package org.whoowns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whoowns.pack.TerminalText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void item12_theTextTableFits80Columns() {
        Cli cli = Cli.run("matrix");
        cli.out().lines().forEach(l -> assertTrue(TerminalText.width(l) <= 80, TerminalText.width(l) + ": " + l));
    }

    @Test
    void item12_wideCharactersArePaddedByDisplayWidth(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of("questions/azure-shared-responsibility.json"), StandardCharsets.UTF_8)
                .replace("\"name\": \"Customer data\"", "\"name\": \"顧客データ\"")
                .replace("\"name\": \"Physical hosts\"", "\"name\": \"ㄅㄆ hosts\"");
        Path pack = Files.writeString(dir.resolve("wide.json"), text, StandardCharsets.UTF_8);
        Cli cli = Cli.run("matrix", "--pack", pack.toString());
        assertEquals(0, cli.code(), cli.err());
        List<String> rows = cli.out().lines().filter(l -> l.contains("  ")).toList();
        int iaas = TerminalText.width(rows.get(0).substring(0, rows.get(0).indexOf("IaaS")));
        for (String row : rows.subList(1, 11)) {
            var fields = java.util.regex.Pattern.compile("\\S+(?: \\S+)*").matcher(row);
            for (int i = 0; i < 3; i++) {
                assertTrue(fields.find(), row);
            }
            int column = TerminalText.width(row.substring(0, fields.start()));
            assertEquals(iaas, column, "the IaaS column starts at the same display column in \n" + cli.out());
        }
    }

    @Test
    void item13_csvCellsThatASpreadsheetWouldRunAreNeutralised(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of("questions/azure-shared-responsibility.json"), StandardCharsets.UTF_8)
                .replace("\"name\": \"Customer data\"", "\"name\": \"=HYPERLINK(\\\"http://x\\\")\"")
                .replace("\"name\": \"Applications\"", "\"name\": \"+1+1\"")
                .replace("\"name\": \"Physical hosts\"", "\"name\": \"-2+3\"")
                .replace("\"name\": \"Physical network\"", "\"name\": \"@SUM(A1)\"");
        Path pack = Files.writeString(dir.resolve("formulas.json"), text, StandardCharsets.UTF_8);
        Cli cli = Cli.run("matrix", "--csv", "--pack", pack.toString());
        assertEquals(0, cli.code(), cli.err());
        List<String> firstCells = cli.out().lines().map(l -> l.startsWith("\"") ? l.substring(1) : l).toList();
        assertTrue(cli.out().contains("\"'=HYPERLINK(\"\"http://x\"\")\","), cli.out());
        assertTrue(cli.out().contains("\r\n'+1+1,"), cli.out());
        assertTrue(cli.out().contains("\r\n'-2+3,"), cli.out());
        assertTrue(cli.out().contains("\r\n'@SUM(A1),"), cli.out());
        firstCells.forEach(l -> assertFalse("=+-@".indexOf(l.charAt(0)) >= 0, l));
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
