package org.whoowns.classroom.ssh;

import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.future.GlobalRequestFuture;
import org.apache.sshd.common.session.helpers.AbstractSession;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.SshServer;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Finds students whose laptop died or left the network without closing the connection. MINA's idle timeout
 * restarts on the server's own output (a countdown keeps it alive) and its heartbeat expects no reply, so
 * such a student would stay "connected" and hold every question open until its deadline. Every interval each
 * logged-in connection gets a {@code keepalive@openssh.com} request wanting a reply (OpenSSH's own
 * ClientAliveInterval message; any reply, even a refusal, proves the client is there); a connection that
 * leaves {@code misses} in a row unanswered is closed, and its drill session ends like any other drop.
 */
final class Keepalive implements AutoCloseable {
    private static final String REQUEST = "keepalive@openssh.com";

    private final SshServer sshd;
    private final int misses;
    private final Map<AbstractSession, Probe> probes = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "whoowns-keepalive");
        t.setDaemon(true);
        return t;
    });

    private static final class Probe {
        GlobalRequestFuture pending;
        int missed;
    }

    Keepalive(SshServer sshd, Duration interval, int misses) {
        this.sshd = sshd;
        this.misses = misses;
        timer.scheduleAtFixedRate(this::probeAll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void probeAll() {
        probes.keySet().removeIf(s -> !s.isOpen());
        for (AbstractSession session : sshd.getActiveSessions()) {
            if (session.isAuthenticated() && session.isOpen()) {
                probe(session, probes.computeIfAbsent(session, s -> new Probe()));
            }
        }
    }

    private void probe(AbstractSession session, Probe probe) {
        if (probe.pending != null && !probe.pending.isDone()) {
            if (++probe.missed >= misses) {
                session.close(true);
                probes.remove(session);
            }
            return;
        }
        probe.missed = 0;
        try {
            Buffer buffer = session.createBuffer(SshConstants.SSH_MSG_GLOBAL_REQUEST, REQUEST.length() + 16);
            buffer.putString(REQUEST);
            buffer.putBoolean(true);
            probe.pending = session.request(buffer, REQUEST, null);
        } catch (IOException | RuntimeException e) {
            session.close(true); // the connection cannot even take a message
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
