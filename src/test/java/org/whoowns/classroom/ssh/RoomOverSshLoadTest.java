package org.whoowns.classroom.ssh;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whoowns.classroom.Drill;
import org.whoowns.classroom.DrillCode;
import org.whoowns.classroom.Join;
import org.whoowns.classroom.Points;
import org.whoowns.classroom.Receipt;
import org.whoowns.classroom.ResultRow;
import org.whoowns.classroom.Room;
import org.whoowns.classroom.RoomEvent;
import org.whoowns.pack.TestPacks;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 200 students over SSH in one room, each answering every question: every answer must be recorded. The
 * handler is a line protocol standing in for the drill screens, built the way they will be: a reader thread
 * per session that calls the Room, and a single-thread writer per session that the Room's events only
 * enqueue to. Prints answer-to-acknowledgement latency; client and server share this JVM and its 2 cores.
 */
class RoomOverSshLoadTest {
    private static final int STUDENTS = 200;
    private static final int QUESTIONS = 3;

    @TempDir
    Path data;

    @Test
    void twoHundredStudentsAnswerEveryQuestionAndNothingIsLost() throws Exception {
        DrillCode code = DrillCode.parse("K7Q2M");
        Drill drill = Drill.deal(TestPacks.shipped(), code, QUESTIONS);
        Room room = new Room(drill, new Points(Duration.ofSeconds(60), true), Clock.systemUTC(), STUDENTS);
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, data, code, STUDENTS, Duration.ofSeconds(20),
                Duration.ofMinutes(10));
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try (ClassroomServer server = ClassroomServer.start(settings, link -> serve(room, link))) {
            CountDownLatch seated = new CountDownLatch(STUDENTS);
            CountDownLatch acked = new CountDownLatch(STUDENTS * QUESTIONS);
            ExecutorService connect = Executors.newFixedThreadPool(8);
            List<Future<ClientSession>> sessions = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < STUDENTS; i++) {
                String name = "s" + i;
                sessions.add(connect.submit(() -> {
                    ClientSession s = Student.login(client, server.port(), code.text(), "", new ArrayList<>());
                    ChannelShell shell = s.createShellChannel();
                    shell.setPtyType("xterm");
                    shell.open().verify(Student.WAIT);
                    Thread reader = new Thread(() -> play(shell, name, seated, acked, latencies), "load-" + name);
                    reader.setDaemon(true);
                    reader.start();
                    return s;
                }));
            }
            connect.shutdown();
            assertTrue(seated.await(120, TimeUnit.SECONDS), "seated: " + (STUDENTS - seated.getCount()));
            long connectMs = (System.nanoTime() - t0) / 1_000_000;
            long cpu0 = cpuNanos();
            long q0 = System.nanoTime();
            for (int q = 0; q < QUESTIONS; q++) {
                assertTrue(room.start());
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (room.current().isPresent() && System.nanoTime() < deadline) {
                    Thread.sleep(10); // waiting for 200 network peers, not standing in for time
                }
                assertTrue(room.current().isEmpty(), "question " + (q + 1) + " did not close by itself");
            }
            assertTrue(acked.await(30, TimeUnit.SECONDS));
            long questionsMs = (System.nanoTime() - q0) / 1_000_000;
            double cpuShare = (cpuNanos() - cpu0) / 1e6 / questionsMs;
            List<ResultRow> rows = room.rows();
            assertEquals(STUDENTS * QUESTIONS, rows.size());
            assertEquals(STUDENTS * QUESTIONS, rows.stream().filter(ResultRow::answered).count());
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("load: %d students connected in %d ms; %d answers in %d ms; answer->ack p50 %.1f ms,"
                            + " p99 %.1f ms, max %.1f ms; JVM CPU (server and clients) %.0f %% of one core%n",
                    STUDENTS, connectMs, sorted.size(), questionsMs, sorted.get(sorted.size() / 2) / 1e6,
                    sorted.get(sorted.size() * 99 / 100) / 1e6, sorted.get(sorted.size() - 1) / 1e6, cpuShare * 100);
            for (Future<ClientSession> s : sessions) {
                s.get().close(true);
            }
        } finally {
            client.stop();
        }
    }

    /** The stand-in drill screen: "name CR" joins, a digit answers; writes go through one writer thread. */
    private static void serve(Room room, StudentLink link) throws Exception {
        OutputStream out = link.output();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            InputStream in = link.input();
            StringBuilder name = new StringBuilder();
            for (int b; (b = in.read()) != '\r'; ) {
                if (b < 0) {
                    return;
                }
                name.append((char) b);
            }
            Join join = room.join(name.toString(), event -> {
                if (event instanceof RoomEvent.QuestionOpened open) {
                    writer.execute(() -> send(out, "q " + open.number() + "\r\n"));
                }
            });
            if (!(join instanceof Join.Seated seated)) {
                writer.execute(() -> send(out, "refused\r\n"));
                return;
            }
            writer.execute(() -> send(out, "seated\r\n"));
            try {
                for (int b; (b = in.read()) >= 0; ) {
                    if (b >= '1' && b <= '9') {
                        Receipt receipt = room.answer(seated.seat(), Set.of(b - '1'));
                        String line = receipt instanceof Receipt.Recorded r ? "ack " + r.answer().number() : "no";
                        writer.execute(() -> send(out, line + "\r\n"));
                    }
                }
            } finally {
                room.drop(seated.seat());
            }
        } finally {
            writer.shutdown();
            writer.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static void send(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (Exception e) {
            // the student left
        }
    }

    /** One student: joins, answers "1" to each question as it opens, and times each acknowledgement. */
    private static void play(ChannelShell shell, String name, CountDownLatch seated, CountDownLatch acked,
                             List<Long> latencies) {
        try {
            OutputStream keys = shell.getInvertedIn();
            keys.write((name + "\r").getBytes(StandardCharsets.US_ASCII));
            keys.flush();
            InputStream in = shell.getInvertedOut();
            StringBuilder line = new StringBuilder();
            long sent = 0;
            for (int b; (b = in.read()) >= 0; ) {
                if (b != '\n') {
                    line.append((char) b);
                    continue;
                }
                String text = line.toString().strip();
                line.setLength(0);
                if (text.equals("seated")) {
                    seated.countDown();
                } else if (text.startsWith("q ")) {
                    sent = System.nanoTime();
                    keys.write('1');
                    keys.flush();
                } else if (text.startsWith("ack ")) {
                    latencies.add(System.nanoTime() - sent);
                    acked.countDown();
                }
            }
        } catch (Exception e) {
            // closed at the end of the test
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
