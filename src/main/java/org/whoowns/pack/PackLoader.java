package org.whoowns.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The one way into a {@link Pack}: reads, parses and validates everything before anything uses it. */
public final class PackLoader {
    /** The shipped pack, inside the jar. */
    public static final String DEFAULT_PACK = "azure-shared-responsibility.json";
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private PackLoader() {
    }

    /**
     * Reads at most {@link #MAX_BYTES} and one byte more from {@code file}, whatever it is: the size a file
     * system reports is 0 for devices, pipes and process substitution, which may never end.
     */
    public static Pack load(Path file) throws PackException {
        return parse(file.toString(), read(file));
    }

    /** The bytes of a pack file, read as {@link #load} reads them, for a caller that also needs the text (lint). */
    public static byte[] read(Path file) throws PackException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw unreadable(name, "is a directory, not a pack file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readBounded(name, in);
        } catch (NoSuchFileException e) {
            throw unreadable(name, "no such file");
        } catch (AccessDeniedException e) {
            throw unreadable(name, "permission denied");
        } catch (FileSystemException e) {
            throw unreadable(name, "cannot read: " + (e.getReason() != null ? e.getReason() : "unknown reason"));
        } catch (IOException e) {
            throw unreadable(name, "cannot read: " + e.getMessage());
        }
    }

    /** The pack shipped inside the jar (questions/ at the top of the repo). */
    public static Pack loadDefault() throws PackException {
        return loadShipped(DEFAULT_PACK);
    }

    /** The pack {@code file} of the jar's questions/ (one of {@link PackCatalog#SHIPPED}). */
    public static Pack loadShipped(String file) throws PackException {
        String name = "questions/" + file;
        try (InputStream in = PackLoader.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw unreadable(name, "the shipped pack is missing from the jar");
            }
            return parse(name, readBounded(name, in));
        } catch (IOException e) {
            throw unreadable(name, "cannot read: " + e.getMessage());
        }
    }

    /** Validates {@code json} as a pack named {@code file} in messages; throws with every problem found. */
    public static Pack parse(String file, byte[] json) throws PackException {
        JsonTree.Node root;
        try {
            root = JsonTree.parse(json);
        } catch (JsonTree.SyntaxError e) {
            throw new PackException(List.of(new Problem(file, e.at.line(), e.at.column(), e.path, e.getMessage())));
        }
        PackReader reader = new PackReader(file);
        return reader.read(root).orElseThrow(() -> new PackException(reader.problems(), reader.more()));
    }

    private static byte[] readBounded(String name, InputStream in) throws IOException, PackException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw unreadable(name, String.format("the file is larger than %d MB (%d bytes), the most a pack may be",
                    MAX_BYTES / 1048576, MAX_BYTES));
        }
        return bytes;
    }

    private static PackException unreadable(String file, String message) {
        return new PackException(List.of(Problem.ofFile(file, message)));
    }
}
