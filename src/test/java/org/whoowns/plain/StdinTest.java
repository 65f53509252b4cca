package org.whoowns.plain;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11 item 1: with stdin closed, descriptor 0 is a file the JVM opened for itself, never an answer. */
class StdinTest {
    @Test
    void item01_theJarOrTheRuntimeOnDescriptorZeroMeansStdinWasClosed() {
        assertTrue(Stdin.ownFile(Path.of("/opt/w/target/whoowns.jar"), "/opt/w/target/whoowns.jar", "/usr/lib/jvm/17"));
        assertTrue(Stdin.ownFile(Path.of("/usr/lib/jvm/17/lib/modules"), "/opt/w/target/whoowns.jar", "/usr/lib/jvm/17"));
    }

    @Test
    void item01_aFileOrPipeTheUserGaveIsRead() {
        assertFalse(Stdin.ownFile(Path.of("/home/u/answers.txt"), "/opt/w/target/whoowns.jar", "/usr/lib/jvm/17"));
        assertFalse(Stdin.ownFile(Path.of("/dev/pts/3"), "/opt/w/target/whoowns.jar:/opt/w/lib/x.jar", "/usr/lib/jvm/17"));
    }
}
