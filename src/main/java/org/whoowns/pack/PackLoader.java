package org.whoowns.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The one way into a {@link Pack}: reads, parses and validates everything before anything uses it. */
public final class PackLoader {
    /** The shipped pack, inside the jar. */
    public static final String DEFAULT_PACK = "azure-shared-responsibility.json";
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private PackLoader() {
    }

    public static Pack load(Path file) throws PackException {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            return parse(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw single(name, "no such file");
        } catch (IOException e) {
            throw single(name, "cannot read: " + e.getMessage());
        }
    }

    /** The pack shipped inside the jar (questions/ at the top of the repo). */
    public static Pack loadDefault() throws PackException {
        String resource = "/questions/" + DEFAULT_PACK;
        try (InputStream in = PackLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw single("questions/" + DEFAULT_PACK, "the shipped pack is missing from the jar");
            }
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge("questions/" + DEFAULT_PACK, bytes.length);
            }
            return parse("questions/" + DEFAULT_PACK, bytes);
        } catch (IOException e) {
            throw single("questions/" + DEFAULT_PACK, "cannot read: " + e.getMessage());
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
        return reader.read(root).orElseThrow(() -> new PackException(new ArrayList<>(reader.problems())));
    }

    private static PackException tooLarge(String file, long size) {
        return single(file, String.format("file is %d bytes; a pack may be at most %d MB (%d bytes)", size,
                MAX_BYTES / 1048576, MAX_BYTES));
    }

    private static PackException single(String file, String message) {
        return new PackException(List.of(new Problem(file, 1, 1, "", message)));
    }
}
