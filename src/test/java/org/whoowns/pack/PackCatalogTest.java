package org.whoowns.pack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The packs on offer: the jar's list kept in step with questions/, the learner's folder read file by file. */
class PackCatalogTest {
    @TempDir
    Path folder;

    @Test
    void theShippedListIsEveryPackInQuestionsButTheSchema() throws IOException {
        List<String> files;
        try (Stream<Path> listed = Files.list(Path.of("questions"))) {
            files = listed.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .filter(n -> !n.equals("pack.schema.json")).sorted().toList();
        }
        assertEquals(files, PackCatalog.SHIPPED.stream().sorted().toList());
        assertEquals(PackLoader.DEFAULT_PACK, PackCatalog.SHIPPED.get(0), "the default pack is listed first");
    }

    @Test
    void withoutAFolderEveryShippedPackLoads() {
        List<PackCatalog.Entry> entries = new PackCatalog(Optional.of(folder.resolve("missing"))).entries();
        assertEquals(PackCatalog.SHIPPED.size(), entries.size());
        entries.forEach(e -> assertEquals("shipped", assertInstanceOf(PackCatalog.Usable.class, e, e.toString()).source()));
        assertEquals(List.of("azure-shared-responsibility", "example-raci"),
                entries.stream().map(e -> ((PackCatalog.Usable) e).pack().id()).toList());
    }

    @Test
    void theFoldersJsonFilesFollowByNameEachUsableOrWithItsError() throws IOException {
        byte[] good = Files.readAllBytes(Path.of("questions/example-raci.json"));
        Files.write(folder.resolve("b-good.json"), good);
        Files.writeString(folder.resolve("a-syntax.json"), "{\n  \"format\": 1,\n  \"id\": }");
        Files.writeString(folder.resolve("c-empty.json"), "");
        Files.createDirectory(folder.resolve("d-folder.json"));
        Files.writeString(folder.resolve("readme.txt"), "not listed");
        Files.write(folder.resolve("e-many.json"), new String(good, "UTF-8").replace("\"title\": \"Example", "\"title\": 5, \"x\": \"")
                .replace("\"version\": \"1.0\"", "\"version\": 1").getBytes("UTF-8"));

        List<PackCatalog.Entry> entries = new PackCatalog(Optional.of(folder)).entries();
        List<PackCatalog.Entry> own = entries.subList(PackCatalog.SHIPPED.size(), entries.size());
        assertEquals(List.of("a-syntax.json", "b-good.json", "c-empty.json", "d-folder.json", "e-many.json"),
                own.stream().map(e -> Path.of(e.source()).getFileName().toString()).toList());
        assertEquals(folder.resolve("b-good.json").toString(), own.get(1).source());
        assertEquals("example-raci", assertInstanceOf(PackCatalog.Usable.class, own.get(1)).pack().id());

        String syntax = assertInstanceOf(PackCatalog.Broken.class, own.get(0)).error();
        assertTrue(syntax.startsWith("line 3, column 9: "), syntax);
        assertTrue(assertInstanceOf(PackCatalog.Broken.class, own.get(3)).error().contains("is a directory"), own.get(3).toString());
        String many = assertInstanceOf(PackCatalog.Broken.class, own.get(4)).error();
        assertTrue(many.matches("line \\d+, column \\d+: .* \\(\\+\\d+ more problems?\\)"), many);
        assertInstanceOf(PackCatalog.Broken.class, own.get(2));
        own.forEach(e -> assertTrue(e instanceof PackCatalog.Usable || !((PackCatalog.Broken) e).error().contains("\n"), e.toString()));
    }

    @Test
    void aFolderFullOfFilesIsReadOnlyUpToTheLimit() throws IOException {
        for (int i = 0; i < PackCatalog.MAX_FILES + 3; i++) {
            Files.writeString(folder.resolve(String.format("p%03d.json", i)), "[");
        }
        List<PackCatalog.Entry> entries = new PackCatalog(Optional.of(folder)).entries();
        assertEquals(PackCatalog.SHIPPED.size() + PackCatalog.MAX_FILES + 1, entries.size());
        PackCatalog.Entry last = entries.get(entries.size() - 1);
        assertEquals(folder.toString(), last.source());
        assertTrue(((PackCatalog.Broken) last).error().startsWith("3 more .json files not read"), last.toString());
    }

    @Test
    void anUnreadableFolderIsListedAsBroken() throws IOException {
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Files.writeString(locked.resolve("a.json"), "{}");
        assumeTrue(locked.toFile().setReadable(false) && !Files.isReadable(locked), "running as root: permissions are not enforced");
        try {
            List<PackCatalog.Entry> entries = new PackCatalog(Optional.of(locked)).entries();
            assertEquals("cannot list this folder: permission denied",
                    assertInstanceOf(PackCatalog.Broken.class, entries.get(entries.size() - 1)).error());
        } finally {
            locked.toFile().setReadable(true);
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsListedAsBroken() throws IOException {
        Path file = Files.writeString(folder.resolve("packs"), "a file");
        List<PackCatalog.Entry> entries = new PackCatalog(Optional.of(file)).entries();
        PackCatalog.Broken broken = assertInstanceOf(PackCatalog.Broken.class, entries.get(entries.size() - 1));
        assertTrue(broken.error().equals("cannot list this folder: it is a file, not a folder"), broken.toString());
    }
}
