package org.whoowns.classroom.ssh;

import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.keyboard.UserAuthKeyboardInteractiveFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * The SSH server students join: MINA SSHD with the guards of ssh-classroom.md §6 (login by room code only,
 * a kept EC host key, login and idle timeouts, a small per-session window, a bounded wait on clients that
 * stop reading, a session cap counted here) and a keepalive that drops clients that no longer answer. Only the serve command loads this class.
 */
public final class ClassroomServer implements AutoCloseable {
    /** How long a write may wait on a client that stopped reading before that session fails. */
    static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);
    /** Buffered input per session; keys are a few bytes each. */
    static final long WINDOW = 64 * 1024;
    private static final int MAX_AUTH_REQUESTS = 10;
    /** A client that leaves four keepalives 15 s apart unanswered is gone (after one minute). */
    static final Duration KEEPALIVE = Duration.ofSeconds(15);
    static final int KEEPALIVE_MISSES = 4;

    private final SshServer sshd;
    private final String fingerprint;
    private final Admission admission;
    private final Keepalive keepalive;

    private ClassroomServer(SshServer sshd, String fingerprint, Admission admission, Keepalive keepalive) {
        this.sshd = sshd;
        this.fingerprint = fingerprint;
        this.admission = admission;
        this.keepalive = keepalive;
    }

    public static ClassroomServer start(ServerSettings settings, SessionHandler handler) throws IOException {
        return start(settings, handler, KEEPALIVE);
    }

    /** With keepalives {@code interval} apart (tests use a short one). */
    static ClassroomServer start(ServerSettings settings, SessionHandler handler, Duration interval)
            throws IOException {
        KeyPairProvider keys = HostKey.provider(settings.dataDir());
        String fingerprint = HostKey.fingerprint(keys, settings.dataDir());
        Admission admission = new Admission(settings.maxSessions());
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(settings.bind());
        sshd.setPort(settings.port());
        sshd.setKeyPairProvider(keys);
        sshd.setUserAuthFactories(List.of(new UserAuthKeyboardInteractiveFactory()));
        sshd.setKeyboardInteractiveAuthenticator(new RoomCodeLogin(settings.code()));
        sshd.setShellFactory(channel -> new ShellSession(handler, admission));
        CoreModuleProperties.AUTH_TIMEOUT.set(sshd, settings.loginTimeout());
        CoreModuleProperties.IDLE_TIMEOUT.set(sshd, settings.idleTimeout());
        CoreModuleProperties.WAIT_FOR_SPACE_TIMEOUT.set(sshd, WRITE_TIMEOUT);
        CoreModuleProperties.WINDOW_SIZE.set(sshd, WINDOW);
        CoreModuleProperties.TCP_NODELAY.set(sshd, true);
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(sshd, MAX_AUTH_REQUESTS);
        sshd.start();
        return new ClassroomServer(sshd, fingerprint, admission, new Keepalive(sshd, interval, KEEPALIVE_MISSES));
    }

    /** The port it listens on (the chosen one when started with port 0). */
    public int port() {
        return sshd.getPort();
    }

    /** The host key's fingerprint as OpenSSH prints it, e.g. "SHA256:…", for students to compare. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Drill sessions running now. */
    public int sessions() {
        return admission.count();
    }

    /**
     * Waits up to {@code grace} for the drill sessions to end by themselves (each student's last screen and
     * farewell line sent, the channel closed with the client), then closes the rest. Stopping at once could
     * drop what was still on its way to a student: their terminal then stayed in the drill's screen.
     */
    public void close(Duration grace) throws IOException {
        long end = System.nanoTime() + grace.toNanos();
        try {
            while (admission.count() > 0 && System.nanoTime() < end) {
                Thread.sleep(10); // waiting for the clients to close their channels
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
        }
    }

    /** Stops listening and closes every connection (the session handlers see their streams end). */
    @Override
    public void close() throws IOException {
        keepalive.close();
        sshd.stop(true);
    }
}
