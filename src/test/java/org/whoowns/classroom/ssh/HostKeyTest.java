package org.whoowns.classroom.ssh;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostKeyTest {
    @TempDir
    Path data;

    @Test
    void aKeyOfAnotherTypeIsKeptNotSilentlyReplaced() throws Exception {
        SimpleGeneratorHostKeyProvider rsa = new SimpleGeneratorHostKeyProvider(data.resolve(HostKey.FILE));
        rsa.setAlgorithm("RSA");
        String rsaPrint = KeyUtils.getFingerPrint(rsa.loadKeys(null).iterator().next().getPublic());
        byte[] before = Files.readAllBytes(data.resolve(HostKey.FILE));
        KeyPairProvider keys = HostKey.provider(data);
        assertEquals(rsaPrint, HostKey.fingerprint(keys, data), "the students' known_hosts entry stays valid");
        assertEquals("RSA", keys.loadKeys(null).iterator().next().getPublic().getAlgorithm());
        assertArrayEquals(before, Files.readAllBytes(data.resolve(HostKey.FILE)));
    }

    @Test
    void aDamagedKeyFileStopsTheServerWithAOneLineMessageNamingIt() throws Exception {
        Files.writeString(data.resolve(HostKey.FILE), "-----BEGIN OPENSSH PRIVATE KEY-----\ngarbage\n");
        java.io.IOException e = assertThrows(java.io.IOException.class,
                () -> HostKey.fingerprint(HostKey.provider(data), data));
        assertTrue(e.getMessage().startsWith(data.resolve(HostKey.FILE) + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
