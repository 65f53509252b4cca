package org.whoowns;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `validate` as an author's lint: every problem with file:line:column; warnings keep exit 0, errors give 2. */
class ValidateLintTest {
    private static final Path EXAMPLE = Path.of("questions/example-raci.json");

    private static Path edited(Path dir, String name, String... replacements) throws Exception {
        String text = Files.readString(EXAMPLE);
        for (int i = 0; i < replacements.length; i += 2) {
            assertTrue(text.contains(replacements[i]), replacements[i]);
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void theShippedPacksValidateWithoutWarnings() {
        for (String pack : List.of("questions/azure-shared-responsibility.json", EXAMPLE.toString())) {
            Cli cli = Cli.run("validate", pack);
            assertEquals(0, cli.code(), cli.err());
            assertEquals("", cli.err(), pack);
        }
    }

    @Test
    void fiveMistakesAreListedWithTheirPlaces(@TempDir Path dir) throws Exception {
        Path pack = edited(dir, "five.json",
                "\"edition\": \"2025-03-01\"", "\"edition\": 20250301",
                "\"key\": \"P\"", "\"key\": \"T\"",
                "\"managed-vm\": \"team\", \"site-builder\": \"team\"}", "\"managed-vm\": \"team\", \"site-builder\": \"nobody\"}",
                "\"text\": \"replaces a failed disk\",", "\"text\": \"replaces a failed disk\", \"owner\": \"vendor\",",
                "\"answer\": [0],", "\"answer\": [7],");
        Cli cli = Cli.run("validate", pack.toString());
        assertEquals(2, cli.code());
        List<String> lines = cli.err().lines().toList();
        assertEquals(5, lines.size(), cli.err());
        for (String line : lines) {
            assertTrue(line.matches(java.util.regex.Pattern.quote(pack.toString()) + ":\\d+:\\d+: .+"), line);
        }
        assertTrue(lines.get(0).startsWith(pack + ":8:"), lines.get(0));
        assertTrue(cli.err().contains(":15:"), "the repeated key, line 15");
        assertTrue(cli.err().contains("nobody"));
        assertTrue(cli.err().contains("owner"));
        assertTrue(cli.err().contains("answer"));
    }

    @Test
    void contentWarningsKeepExitZeroAndSayWhere(@TempDir Path dir) throws Exception {
        Path pack = edited(dir, "warnings.json",
                "\"prompt\": \"Which of these does the handbook ask for about backups?\"",
                "\"prompt\": \"Whom does the handbook tell the web team to call first when the site is down?\"",
                "\"text\": \"replaces a failed disk\"", "\"text\": \"updates the prices on the menu page\"",
                "\"notes\": [\"Right: every outage goes first to the vendor's support line.\",\n"
                        + "               \"Wrong: the owner hears about it, but the vendor is called first.\",\n"
                        + "               \"Wrong: the handbook leaves the internet provider to the vendor.\"],\n     ", "",
                "On the managed VM the site code is still the web team's", "On the managed VM the site code is the vendor's");
        String text = Files.readString(pack)
                .replace("\"cells\": {\"in-house\": \"team\", \"managed-vm\": \"team\", \"site-builder\": \"team\"}",
                        "\"cells\": {\"in-house\": \"team\", \"managed-vm\": \"vendor\", \"site-builder\": \"team\"}");
        Files.writeString(pack, text);
        Cli cli = Cli.run("validate", pack.toString());
        assertEquals(0, cli.code(), cli.err());
        List<String> lines = cli.err().lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.matches(".+:\\d+:\\d+: .+: warning: .+")), cli.err());
        assertTrue(cli.err().contains("questions[1].prompt: warning: the same question prompt as questions[0]"), cli.err());
        assertTrue(cli.err().contains("tasks[3].text: warning: the same task text as tasks[0]"), cli.err());
        assertTrue(cli.err().contains("questions[0].choices[1]: warning: a wrong choice with no note"), cli.err());
        assertTrue(cli.err().contains("questions[0].choices[2]: warning: a wrong choice with no note"), cli.err());
        assertTrue(cli.err().contains("warning: says the cells are Vendor's, but they are Team in the matrix"), cli.err());
        assertEquals(5, lines.size(), cli.err());
    }

    @Test
    void aCloudModelWithOneOwnerThroughoutIsWarnedOf(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of("src/test/resources/packs/small-valid.json"))
                .replace("\"id\": \"hosts\", \"name\": \"Physical hosts\", \"cells\": {\"iaas\": \"provider\"",
                        "\"id\": \"hosts\", \"name\": \"Physical hosts\", \"cells\": {\"iaas\": \"customer\"");
        Path pack = Files.writeString(dir.resolve("uniform.json"), text);
        Cli cli = Cli.run("validate", pack.toString());
        assertEquals(0, cli.code(), cli.err());
        assertTrue(cli.err().contains(pack + ":15:5: models[0]: warning: every cell of IaaS has the owner Customer"), cli.err());
    }
}
