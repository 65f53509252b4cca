package org.whoowns.classroom.ssh;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Iterator;

/**
 * The server's host key: an EC P-256 key created once in the data directory and kept, so the students'
 * known_hosts entry stays valid from lesson to lesson. Overwriting is off: a key of another type in the file
 * must fail loudly, not be replaced by a new key that makes every client cry "host identification changed".
 */
final class HostKey {
    static final String FILE = "classroom-hostkey";

    private HostKey() {
    }

    static SimpleGeneratorHostKeyProvider provider(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(dataDir.resolve(FILE));
        keys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        keys.setKeySize(256);
        keys.setOverwriteAllowed(false);
        return keys;
    }

    /** Loads (creating it the first time) and returns the key's OpenSSH SHA256 fingerprint. */
    static String fingerprint(SimpleGeneratorHostKeyProvider keys) throws IOException {
        Iterator<KeyPair> loaded = keys.loadKeys(null).iterator();
        if (!loaded.hasNext()) {
            throw new IOException("no host key could be loaded or created in " + keys.getPath());
        }
        return KeyUtils.getFingerPrint(loaded.next().getPublic());
    }
}
