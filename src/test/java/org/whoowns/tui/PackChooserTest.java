package org.whoowns.tui;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whoowns.learn.DataDir;
import org.whoowns.learn.Learner;
import org.whoowns.pack.Area;
import org.whoowns.pack.Model;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whoowns.tui.Harness.key;

/** Choosing a pack in the TUI: the shipped ones and the learner's packs/ folder, broken files shown but refused. */
class PackChooserTest {
    @TempDir
    Path packs;

    private final Pack azure = TestPacks.shipped();
    private final Pack example = load("example-raci.json");

    private static Pack load(String shipped) {
        try {
            return PackLoader.loadShipped(shipped);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Harness harness(Harness h) throws Exception {
        h.app.packs(packs);
        h.app.draw();
        return h;
    }

    @Test
    void theMenuSaysWhichPackIsInUseAndHowToChangeIt() throws Exception {
        Harness h = harness(new Harness(azure));
        assertTrue(h.row(0).contains(azure.title() + "  (c: change pack)"), "the title fits in full at 80 columns: " + h.row(0));
        h.type("?");
        assertTrue(h.text().contains("Choose another pack"), h.text());
    }

    @Test
    void choosingTheExamplePackMakesStudyShowItsMatrix() throws Exception {
        Harness h = harness(new Harness(azure)).type("c");
        String list = h.text();
        assertTrue(list.contains(azure.title() + "  (in use)"), list);
        assertTrue(list.contains(azure.id() + " " + azure.version() + " · shipped"), list);
        assertTrue(list.contains(example.title()), list);
        assertTrue(list.contains(example.id() + " " + example.version() + " · shipped"), list);
        assertFalse(list.contains("pack.schema"), "the schema is not a pack:\n" + list);

        h.press(key(KeyType.ArrowDown), key(KeyType.Enter));
        assertTrue(h.text().contains("Now using " + example.title()), h.text());
        assertTrue(h.row(0).contains("Example RACI"), h.row(0));

        h.type("s");
        String study = h.text();
        for (Area area : example.areas()) {
            assertTrue(study.contains(area.name()), area.name() + "\n" + study);
        }
        for (Model model : example.models()) {
            assertTrue(study.contains(model.name()), model.name() + "\n" + study);
        }
        assertFalse(study.contains(azure.areas().get(0).name()), study);
    }

    @Test
    void aBrokenFileIsListedWithItsErrorAndCannotBeChosen() throws Exception {
        String text = Files.readString(Path.of("questions/example-raci.json"));
        Files.writeString(packs.resolve("mine.json"), text.replace("\"id\": \"example-raci\"", "\"id\": \"mine\"")
                .replace("Example RACI: a bakery", "My own RACI: a bakery"));
        Files.writeString(packs.resolve("broken.json"), text.replace("\"version\": \"1.0\"", "\"version\": 7"));
        Files.writeString(packs.resolve("notes.txt"), "not a pack");
        Harness h = harness(new Harness(azure)).type("c");
        String list = h.text();
        int broken = h.find("broken.json  (cannot be chosen)");
        assertTrue(broken > 0, list);
        assertTrue(h.row(broken + 1).contains("line 4, column 14: version: expected a string"), h.row(broken + 1));
        assertTrue(list.contains("My own RACI") && list.contains("mine 1.0 · " + packs.resolve("mine.json")), list);
        assertFalse(list.contains("notes.txt"), list);

        // shipped (2), then broken.json before mine.json: the cursor starts on the pack in use
        h.press(key(KeyType.ArrowDown), key(KeyType.ArrowDown), key(KeyType.Enter));
        assertTrue(h.text().contains("This file cannot be chosen"), h.text());
        assertTrue(h.row(0).contains("Choose a pack"), "still choosing:\n" + h.text());
        h.press(key(KeyType.Escape));
        assertTrue(h.row(0).contains(azure.title().substring(0, 20)), "the pack in use is unchanged:\n" + h.text());

        h.type("c").press(key(KeyType.ArrowDown), key(KeyType.ArrowDown), key(KeyType.ArrowDown), key(KeyType.Enter));
        assertTrue(h.row(0).contains("My own RACI"), h.text());
    }

    @Test
    void theChooserAskedForWhileThePackLoadsOpensOnceItHas() throws Exception {
        CompletableFuture<Pack> loading = new CompletableFuture<>();
        Harness h = harness(new Harness(loading, Harness.COLOUR, 1, 5)).type("c");
        assertTrue(h.text().contains("Loading the pack"), h.text());
        loading.complete(azure);
        h.app.packSettled();
        h.app.draw();
        assertTrue(h.row(0).contains("Choose a pack") && h.text().contains(azure.title() + "  (in use)"), h.text());
    }

    @Test
    void aLearnersProgressFollowsTheChosenPack(@TempDir Path home) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
        Harness h = harness(new Harness(azure, new Learning(new DataDir(home), new Learner("tui"), clock, ZoneOffset.UTC)));
        h.type("c").press(key(KeyType.ArrowDown), key(KeyType.Enter));
        assertFalse(h.text().contains("not saved"), h.text());
        h.type("p");
        assertTrue(h.text().contains("Question 1/5"), h.text());
        h.type("1");
        Path saved = home.resolve("tui").resolve("progress-example-raci.json");
        assertTrue(Files.exists(saved), "saved under the chosen pack's id");
        String progress = Files.readString(saved);
        assertTrue(example.cells().stream().anyMatch(c -> progress.contains(c.id())), progress);
        assertEquals(-1, h.find("Progress is not saved"), h.text());
    }
}
