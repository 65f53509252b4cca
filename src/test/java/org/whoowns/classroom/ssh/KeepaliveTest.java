package org.whoowns.classroom.ssh;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whoowns.classroom.DrillCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A student whose laptop vanishes (no FIN, no RST: the network just goes quiet) is dropped by the keepalive,
 * while a quiet but living student stays. The vanishing is a TCP relay that stops forwarding.
 */
class KeepaliveTest {
    private static final DrillCode CODE = DrillCode.parse("K7Q2M");

    @TempDir
    Path data;

    @Test
    void aClientThatStopsAnsweringIsDroppedAndAQuietLiveOneIsNot() throws Exception {
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, data, CODE, 5, Duration.ofSeconds(5),
                Duration.ofMinutes(5));
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try (ClassroomServer server = ClassroomServer.start(settings, new EchoHandler(), Duration.ofMillis(200));
             Relay relay = new Relay(server.port())) {
            Student live = Student.join(client, server.port(), CODE.text(), 80, 24);
            live.await("hello");
            Student gone = Student.join(client, relay.port(), CODE.text(), 80, 24);
            gone.await("hello");
            assertEquals(2, server.sessions());
            Thread.sleep(1500); // several keepalive rounds, all answered: nobody is dropped
            assertEquals(2, server.sessions(), "live clients answer the keepalive");
            relay.freeze();
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (server.sessions() > 1 && System.nanoTime() < end) {
                Thread.sleep(50); // waiting for the server's keepalive rounds
            }
            assertEquals(1, server.sessions(), "the silent connection was closed");
            live.type("k");
            live.await("total 1\r\n");
            live.close();
            gone.session.close(true);
        } finally {
            client.stop();
        }
    }

    /** Forwards one TCP connection both ways until frozen; then holds it open and forwards nothing. */
    private static final class Relay implements AutoCloseable {
        private final ServerSocket listener = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        private volatile boolean frozen;
        private Socket inner;
        private Socket outer;

        Relay(int target) throws IOException {
            Thread accept = new Thread(() -> {
                try {
                    outer = listener.accept();
                    inner = new Socket("127.0.0.1", target);
                    pipe(outer.getInputStream(), inner.getOutputStream());
                    pipe(inner.getInputStream(), outer.getOutputStream());
                } catch (IOException e) {
                    // closed by the test
                }
            }, "relay-accept");
            accept.setDaemon(true);
            accept.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        void freeze() {
            frozen = true;
        }

        private void pipe(InputStream in, OutputStream out) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try {
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        while (frozen) {
                            Thread.sleep(1000); // a dead network: the bytes go nowhere
                        }
                        out.write(buffer, 0, n);
                        out.flush();
                    }
                } catch (IOException | InterruptedException e) {
                    // closed
                }
            }, "relay-pipe");
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void close() throws IOException {
            listener.close();
            if (inner != null) {
                inner.close();
            }
            if (outer != null) {
                outer.close();
            }
        }
    }
}
