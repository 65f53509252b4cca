package org.whoowns;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11 item 22: the shaded jar's LICENSE and NOTICE are merged, not overwritten by whichever jar came last. */
class ShadedJarIT {
    private static final String JAR = System.getProperty("whoowns.jar", "target/whoowns.jar");

    @Test
    void item22_licenseIsOursTheApacheTextIsThereOnceAndNoticeCoversEveryBundledJar() throws IOException {
        try (JarFile shaded = new JarFile(JAR)) {
            assertEquals(Files.readString(Path.of("LICENSE")), text(shaded, "META-INF/LICENSE"), "whoowns' own MIT license");
            String apache = text(shaded, "META-INF/LICENSE-Apache-2.0");
            assertTrue(apache.contains("Apache License") && apache.contains("Version 2.0"), apache);
            String notice = text(shaded, "META-INF/NOTICE");
            int bundled = 0;
            for (Path dependency : dependencyJars()) {
                try (JarFile jar = new JarFile(dependency.toFile())) {
                    if (!bundles(shaded, jar)) {
                        continue;
                    }
                    bundled++;
                    if (jar.getEntry("META-INF/LICENSE") != null) {
                        assertEquals(apache, text(jar, "META-INF/LICENSE"), dependency + ": its license is the bundled Apache text");
                    }
                    if (jar.getEntry("META-INF/NOTICE") != null) {
                        for (String paragraph : text(jar, "META-INF/NOTICE").split("\n\\s*\n")) {
                            assertTrue(notice.contains(paragraph.strip()), dependency + "'s NOTICE says what ours lacks:\n" + paragraph);
                        }
                    }
                }
            }
            assertTrue(bundled >= 3, "Lanterna and Jackson are bundled: " + bundled);
        }
    }

    /** Whether the shaded jar holds the first class of {@code jar}. */
    private static boolean bundles(JarFile shaded, JarFile jar) {
        return jar.stream().filter(e -> e.getName().endsWith(".class") && !e.getName().contains("module-info"))
                .findFirst().map(e -> shaded.getEntry(e.getName()) != null).orElse(false);
    }

    private static List<Path> dependencyJars() {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                jars.add(Path.of(entry));
            }
        }
        return jars;
    }

    private static String text(JarFile jar, String name) throws IOException {
        var entry = jar.getEntry(name);
        assertNotNull(entry, name + " in " + jar.getName());
        try (var in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
