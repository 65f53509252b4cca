package org.whoowns.classroom.ssh;

import org.whoowns.classroom.DrillCode;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the classroom server listens: the bind address ("0.0.0.0" for every interface), the port (0 picks a
 * free one), where the host key lives, the room code, the most sessions at once, how long a client may take
 * to log in and how long a silent session stays open.
 */
public record ServerSettings(String bind, int port, Path dataDir, DrillCode code, int maxSessions,
                             Duration loginTimeout, Duration idleTimeout) {
    public static final int DEFAULT_PORT = 2222;
    public static final Duration LOGIN_TIMEOUT = Duration.ofSeconds(20);
    /** Above a lesson's length: MINA's idle clock restarts on server output too, so it only ends silent sessions. */
    public static final Duration IDLE_TIMEOUT = Duration.ofHours(3);

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0 to 65535, not " + port);
        }
        if (maxSessions < 1) {
            throw new IllegalArgumentException("--max-players must be at least 1, not " + maxSessions);
        }
    }

    public static ServerSettings of(String bind, int port, Path dataDir, DrillCode code, int maxSessions) {
        return new ServerSettings(bind, port, dataDir, code, maxSessions, LOGIN_TIMEOUT, IDLE_TIMEOUT);
    }
}
