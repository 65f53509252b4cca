package org.whoowns.pack;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The packs a learner can choose from: those shipped in the jar, then every {@code *.json} in a folder of
 * their own (the data directory's packs/), each loaded and checked in full, so one that fails is listed with
 * its error instead of being offered.
 */
public final class PackCatalog {
    /** The packs in the jar's questions/ (the schema is not one); PackCatalogTest keeps it in step with the folder. */
    public static final List<String> SHIPPED = List.of(PackLoader.DEFAULT_PACK, "example-raci.json");
    /** The most files read from the folder: each may take up to 2 MB of parsing. */
    static final int MAX_FILES = 100;

    /** One pack on offer, where it came from: "shipped" or its file. */
    public sealed interface Entry {
        String source();
    }

    /** A pack that loaded and can be chosen. */
    public record Usable(String source, Pack pack) implements Entry {
    }

    /** A file that is not a usable pack, with the one-line reason: where in the file (line, column, field) and what. */
    public record Broken(String source, String error) implements Entry {
    }

    private final Optional<Path> folder;

    /** {@code folder}: where the learner's own packs are; it need not exist. */
    public PackCatalog(Optional<Path> folder) {
        this.folder = folder;
    }

    /** Whether there is more than one pack to choose from; reads no pack (and no folder while the jar ships several). */
    public boolean offersChoice() {
        return SHIPPED.size() > 1 || !files().isEmpty();
    }

    /** Every pack, shipped first in {@link #SHIPPED} order, then the folder's by file name. */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (String name : SHIPPED) {
            entries.add(entry("shipped", () -> PackLoader.loadShipped(name)));
        }
        folder.ifPresent(dir -> {
            List<Path> files;
            try {
                files = list(dir);
            } catch (IOException e) {
                entries.add(new Broken(dir.toString(), "cannot list this folder: " + reason(e)));
                return;
            }
            files.stream().limit(MAX_FILES).forEach(file -> entries.add(entry(file.toString(), () -> PackLoader.load(file))));
            if (files.size() > MAX_FILES) {
                entries.add(new Broken(dir.toString(), (files.size() - MAX_FILES) + " more .json files not read (at most "
                        + MAX_FILES + " are listed)"));
            }
        });
        return entries;
    }

    private List<Path> files() {
        try {
            return folder.isPresent() ? list(folder.get()) : List.of();
        } catch (IOException e) {
            return List.of(); // nothing to choose from there; entries() tells why when the chooser opens
        }
    }

    /** The folder's *.json files by name; none when it does not exist. */
    private static List<Path> list(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    @FunctionalInterface
    private interface Load {
        Pack load() throws PackException;
    }

    private static Entry entry(String source, Load load) {
        try {
            return new Usable(source, load.load());
        } catch (PackException e) {
            // the source names the file: the error says where in it, and how many more problems validate would list
            Problem first = e.problems().get(0);
            int others = e.problems().size() - 1 + e.more();
            return new Broken(source, TerminalText.clean((first.line() == 0 ? "" : "line " + first.line() + ", column "
                    + first.column() + ": ") + (first.path().isEmpty() ? "" : first.path() + ": ") + first.message())
                    + (others > 0 ? " (+" + others + " more problem" + (others == 1 ? "" : "s") + ")" : ""));
        }
    }

    private static String reason(IOException e) {
        // these two carry only the path as their message, and the entry already names it
        if (e instanceof NotDirectoryException) {
            return "it is a file, not a folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return TerminalText.clean(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
