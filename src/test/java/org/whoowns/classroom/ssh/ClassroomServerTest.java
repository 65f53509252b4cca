package org.whoowns.classroom.ssh;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whoowns.classroom.DrillCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classroom server on loopback, driven by MINA's own client and by raw sockets playing hostile clients. */
class ClassroomServerTest {
    private static final DrillCode CODE = DrillCode.parse("K7Q2M");

    @TempDir
    Path data;
    private ClassroomServer server;
    private SshClient client;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = ClassroomServer.start(settings(3), new EchoHandler());
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        client.stop();
        server.close();
    }

    private ServerSettings settings(int maxSessions) {
        return new ServerSettings("127.0.0.1", 0, data, CODE, maxSessions, Duration.ofSeconds(2),
                Duration.ofMinutes(5));
    }

    @Test
    void theRoomCodeAsUserNameLogsInWithoutAnyPromptAndGetsATerminalOfItsSize() throws Exception {
        Student ana = keep(Student.join(client, server.port(), "k7q2m", 100, 30));
        assertEquals(List.of(), ana.prompts, "no password or code prompt");
        ana.await("hello k7q2m 100x30 xterm-256color\r\n");
        ana.type("ab");
        ana.await("total 2\r\n");
        ana.type("q");
        ana.await("bye");
        assertEquals(0, ana.awaitExit());
    }

    @Test
    void anotherUserNameIsAskedForTheRoomCodeAndAWrongCodeIsRefused() throws IOException {
        List<String> prompts = new ArrayList<>();
        ClientSession ok = Student.login(client, server.port(), "ana", " k7q2m ", prompts);
        assertEquals(List.of("Room code: "), prompts);
        keep(Student.open(ok, 80, 24, true)).await("hello ana 80x24");
        assertThrows(Exception.class, () -> Student.login(client, server.port(), "ben", "K7Q2N", new ArrayList<>()));
        assertThrows(Exception.class, () -> Student.login(client, server.port(), "ZZZZZ", "", new ArrayList<>()));
    }

    @Test
    void aClientWithoutATerminalGetsAOneLineHint() throws Exception {
        ClientSession session = Student.login(client, server.port(), CODE.text(), "", new ArrayList<>());
        Student noPty = keep(Student.open(session, 80, 24, false));
        assertEquals(1, noPty.awaitExit());
        assertEquals(ShellSession.NO_TERMINAL, noPty.output());
    }

    @Test
    void hugeWindowSizesAreClampedAtStartAndOnResize() throws IOException {
        Student big = keep(Student.join(client, server.port(), CODE.text(), 65535, 65535));
        big.await("hello K7Q2M 300x120");
        big.shell.sendWindowChange(65535, 65535);
        big.shell.sendWindowChange(90, 25);
        big.type("x");
        big.await("size 90x25\r\n");
        big.shell.sendWindowChange(70000, 3);
        big.type("x");
        big.await("size 300x3\r\n");
    }

    @Test
    void theSessionCapRefusesTheStudentBeyondIt() throws Exception {
        for (int i = 0; i < 3; i++) {
            keep(Student.join(client, server.port(), CODE.text(), 80, 24)).await("hello");
        }
        Student fourth = keep(Student.join(client, server.port(), CODE.text(), 80, 24));
        assertEquals(1, fourth.awaitExit());
        assertEquals(ShellSession.FULL, fourth.output());
        assertEquals(3, server.sessions());
    }

    @Test
    void aSecondShellOnOneConnectionIsRefused() throws Exception {
        Student ana = keep(Student.join(client, server.port(), CODE.text(), 80, 24));
        ana.await("hello");
        Student twin = keep(Student.open(ana.session, 80, 24, true));
        assertEquals(1, twin.awaitExit());
        assertEquals(ShellSession.ONE_PER_CONNECTION, twin.output());
    }

    @Test
    void hostileClientsDoNotDisturbAStudentWhoIsPlaying() throws Exception {
        Student ana = keep(Student.join(client, server.port(), CODE.text(), 80, 24));
        ana.await("hello");

        // a client that connects and never says anything is closed after the login timeout
        Socket silent = keep(new Socket("127.0.0.1", server.port()));
        silent.setSoTimeout(8000);
        // a megabyte of random bytes instead of a handshake
        try (Socket noise = new Socket("127.0.0.1", server.port())) {
            byte[] junk = new byte[1 << 20];
            new Random(3).nextBytes(junk);
            try {
                noise.getOutputStream().write(junk);
            } catch (IOException reset) {
                // the server hangs up on garbage: what it should do
            }
        }
        // a student who floods their own screen and then stops reading
        Student deaf = keep(Student.deaf(client, server.port(), CODE.text()));
        deaf.type("F");
        // a student who sends ESC [ and 50 KB of digits
        Student csi = keep(Student.join(client, server.port(), CODE.text(), 80, 24));
        csi.await("hello");
        long before = System.nanoTime();
        csi.type(("\u001b[" + "7".repeat(50_000) + "m").getBytes(StandardCharsets.US_ASCII));
        csi.await("total " + (2 + SequenceCap.MAX_PARAMETERS + 1) + "\r\n");
        long csiMillis = (System.nanoTime() - before) / 1_000_000;

        for (int i = 1; i <= 20; i++) {
            long t = System.nanoTime();
            ana.type("k");
            ana.await("total " + i + "\r\n");
            long ms = (System.nanoTime() - t) / 1_000_000;
            assertTrue(ms < 1000, "key " + i + " took " + ms + " ms");
        }
        assertTrue(csiMillis < 5000, "50 KB of digits took " + csiMillis + " ms");
        InputStream in = silent.getInputStream();
        long waited = System.nanoTime();
        while (in.read() >= 0) {
            // the server's version line, then nothing until it hangs up
        }
        long closedAfter = (System.nanoTime() - waited) / 1_000_000;
        assertTrue(closedAfter < 7000, "silent client closed after " + closedAfter + " ms");
    }

    @Test
    void theHostKeyIsCreatedOnceAndKeptBetweenRuns() throws IOException {
        String first = server.fingerprint();
        assertTrue(first.startsWith("SHA256:"), first);
        Path key = data.resolve(HostKey.FILE);
        assertTrue(Files.exists(key));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(key));
        try (ClassroomServer again = ClassroomServer.start(settings(3), new EchoHandler())) {
            assertEquals(first, again.fingerprint());
        }
    }

    @Test
    void theRealOpenSshClientJoinsAndSeesTheFingerprintWeShow() throws Exception {
        Path ssh = Path.of("/usr/bin/ssh");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(ssh), "no OpenSSH client here");
        Process p = new ProcessBuilder(ssh.toString(), "-F", "/dev/null", "-v", "-tt", "-p",
                Integer.toString(server.port()), "-o", "StrictHostKeyChecking=no", "-o",
                "UserKnownHostsFile=/dev/null", "-o", "PreferredAuthentications=keyboard-interactive",
                "-o", "ConnectTimeout=10", CODE.text() + "@127.0.0.1").start();
        OutputStream keys = p.getOutputStream();
        keys.write("ab".getBytes(StandardCharsets.US_ASCII));
        keys.flush();
        keys.write("q".getBytes(StandardCharsets.US_ASCII));
        keys.flush();
        assertTrue(p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS), "ssh did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(out.contains("hello K7Q2M"), out + err);
        assertTrue(out.contains("bye"), out + err);
        assertTrue(err.contains("Server host key: ecdsa-sha2-nistp256 " + server.fingerprint()), err);
        assertTrue(!err.contains("password:"), err);

        Process noTty = new ProcessBuilder(ssh.toString(), "-F", "/dev/null", "-T", "-p",
                Integer.toString(server.port()), "-o", "StrictHostKeyChecking=no", "-o",
                "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", CODE.text() + "@127.0.0.1").start();
        noTty.getOutputStream().close();
        assertTrue(noTty.waitFor(20, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(ShellSession.NO_TERMINAL, new String(noTty.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
        assertEquals(1, noTty.exitValue());
    }

    private <T extends AutoCloseable> T keep(T closeable) {
        open.add(closeable);
        return closeable;
    }
}
