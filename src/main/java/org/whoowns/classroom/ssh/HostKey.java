package org.whoowns.classroom.ssh;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Iterator;

/**
 * The server's host key: an EC P-256 key created once in the data directory and kept, so the students'
 * known_hosts entry stays valid from lesson to lesson. A key already in the file is served as it is, whatever
 * its type: MINA's generator, asked for EC, would otherwise serve a fresh in-memory key next to an RSA file
 * (or overwrite it), and every client would cry "host identification has changed".
 */
final class HostKey {
    static final String FILE = "classroom-hostkey";

    private HostKey() {
    }

    static KeyPairProvider provider(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE);
        if (Files.exists(file)) {
            return new FileKeyPairProvider(file);
        }
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(file);
        keys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        keys.setKeySize(256);
        keys.setOverwriteAllowed(false);
        return keys;
    }

    /** Loads (creating it the first time) and returns the key's OpenSSH SHA256 fingerprint. */
    static String fingerprint(KeyPairProvider keys, Path dataDir) throws IOException {
        String file = dataDir.resolve(FILE).toString();
        try {
            Iterator<KeyPair> loaded = keys.loadKeys(null).iterator();
            if (!loaded.hasNext()) {
                throw new IOException(file + ": no host key could be read or created");
            }
            return KeyUtils.getFingerPrint(loaded.next().getPublic());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IOException(file + ": not a usable host key (" + e.getMessage()
                    + "); move it away to create a new one", e);
        }
    }
}
