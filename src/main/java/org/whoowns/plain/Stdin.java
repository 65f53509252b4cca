package org.whoowns.plain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard input as the user gave it. Started with stdin closed ({@code <&-}), the JVM's first open file
 * takes descriptor 0, so {@code System.in} would read the program's own jar or runtime image: that counts
 * as no input at all.
 */
public final class Stdin {
    private Stdin() {
    }

    public static InputStream stream() {
        return closed() ? InputStream.nullInputStream() : System.in;
    }

    static boolean closed() {
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toAbsolutePath();
            return ownFile(target, System.getProperty("java.class.path", ""), System.getProperty("java.home", ""));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // no /proc (not Linux): nothing to tell, read stdin as it is
        }
    }

    /** Whether {@code target} is one of the files the JVM opens for itself: a class path entry or the runtime. */
    static boolean ownFile(Path target, String classPath, String javaHome) {
        if (!javaHome.isEmpty() && target.startsWith(Path.of(javaHome).toAbsolutePath())) {
            return true;
        }
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty() && target.equals(Path.of(entry).toAbsolutePath())) {
                return true;
            }
        }
        return false;
    }
}
