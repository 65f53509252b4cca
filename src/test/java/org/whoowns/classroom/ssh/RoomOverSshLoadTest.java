package org.whoowns.classroom.ssh;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whoowns.classroom.Drill;
import org.whoowns.classroom.DrillCode;
import org.whoowns.classroom.Points;
import org.whoowns.classroom.ResultRow;
import org.whoowns.classroom.Room;
import org.whoowns.pack.TestPacks;
import org.whoowns.tui.Classroom;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 200 students over SSH in one room through the real drill screens (one App and EventLoop per session),
 * each answering every question: every answer must be recorded. A student reads the terminal title the
 * screen sets in the same flush as each frame ("question N", "answer N recorded" or "result N") and times
 * its key press to the acknowledgement, and how long each question took to reach it. Client and server share this
 * JVM and its 2 cores; the server's CPU is that of its own threads.
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
        Classroom classroom = new Classroom(room, TestPacks.shipped(), Clock.systemUTC());
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, data, code, STUDENTS, Duration.ofSeconds(20),
                Duration.ofMinutes(10));
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> deliveries = Collections.synchronizedList(new ArrayList<>());
        AtomicLongArray opened = new AtomicLongArray(QUESTIONS + 1); // when each question opened
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        try (ClassroomServer server = ClassroomServer.start(settings, classroom::student)) {
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
                    shell.setPtyColumns(80);
                    shell.setPtyLines(24);
                    shell.open().verify(Student.WAIT);
                    Thread reader = new Thread(() -> play(shell, name, drill, seated, acked, latencies, opened,
                            deliveries), "load-" + name);
                    reader.setDaemon(true);
                    reader.start();
                    return s;
                }));
            }
            connect.shutdown();
            assertTrue(seated.await(120, TimeUnit.SECONDS), "seated: " + (STUDENTS - seated.getCount()));
            long connectMs = (System.nanoTime() - t0) / 1_000_000;
            long cpu0 = cpuNanos();
            long server0 = serverCpuNanos();
            long q0 = System.nanoTime();
            for (int q = 0; q < QUESTIONS; q++) {
                opened.set(q + 1, System.nanoTime());
                assertTrue(room.start());
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (room.current().isPresent() && System.nanoTime() < deadline) {
                    Thread.sleep(10); // waiting for 200 network peers, not standing in for time
                }
                assertTrue(room.current().isEmpty(), "question " + (q + 1) + " did not close by itself");
            }
            assertTrue(acked.await(30, TimeUnit.SECONDS), "acknowledged: " + (STUDENTS * QUESTIONS - acked.getCount()));
            long questionsMs = (System.nanoTime() - q0) / 1_000_000;
            double cpuShare = (cpuNanos() - cpu0) / 1e6 / questionsMs;
            double serverShare = (serverCpuNanos() - server0) / 1e6 / questionsMs;
            Thread.sleep(3000); // let the JIT and the last frames settle before measuring an idle room
            long idle0 = cpuNanos();
            long serverIdle0 = serverCpuNanos();
            long i0 = System.nanoTime();
            Thread.sleep(5000); // measuring idle CPU over a fixed span
            double idleShare = (cpuNanos() - idle0) / (double) (System.nanoTime() - i0);
            double serverIdleShare = (serverCpuNanos() - serverIdle0) / (double) (System.nanoTime() - i0);
            List<ResultRow> rows = room.rows();
            assertEquals(STUDENTS * QUESTIONS, rows.size());
            assertEquals(STUDENTS * QUESTIONS, rows.stream().filter(ResultRow::answered).count());
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            List<Long> reached = new ArrayList<>(deliveries);
            Collections.sort(reached);
            System.out.printf("load: question open->on the student's screen p50 %.0f ms, p99 %.0f ms%n",
                    reached.get(reached.size() / 2) / 1e6, reached.get(reached.size() * 99 / 100) / 1e6);
            System.out.printf("load (real screens): %d students connected in %d ms; idle JVM CPU %.1f %% of one core;"
                            + " %d answers in %d ms; answer->ack p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
                            + " JVM CPU while answering (server and clients) %.0f %% of one core;"
                            + " server threads' CPU idle %.1f %%, while answering %.0f %% of one core%n",
                    STUDENTS, connectMs, idleShare * 100, sorted.size(), questionsMs, sorted.get(sorted.size() / 2) / 1e6,
                    sorted.get(sorted.size() * 99 / 100) / 1e6, sorted.get(sorted.size() - 1) / 1e6, cpuShare * 100,
                    serverIdleShare * 100, serverShare * 100);
            classroom.closeStudents(Duration.ofSeconds(10));
            assertEquals(0, classroom.students(), "every screen closed before the server stops");
            for (Future<ClientSession> s : sessions) {
                s.get().close(true);
            }
        } finally {
            client.stop();
        }
    }

    /** One student: types a name, answers each question as its title arrives, times each acknowledgement. */
    static void play(ChannelShell shell, String name, Drill drill, CountDownLatch seated,
                             CountDownLatch acked, List<Long> latencies, AtomicLongArray opened,
                             List<Long> deliveries) {
        try {
            OutputStream keys = shell.getInvertedIn();
            // buffered: byte-by-byte reads of the channel's pipe cost the shared cores as much as the server's work
            InputStream in = new BufferedInputStream(shell.getInvertedOut(), 1 << 13);
            Titles titles = new Titles();
            boolean named = false;
            Random think = new Random(name.hashCode());
            int answering = 0;
            long sent = 0;
            for (int b; (b = in.read()) >= 0; ) {
                String t = titles.feed(b);
                if (t == null) {
                    continue;
                }
                if (!named && t.equals("whoowns K7Q2M")) {
                    named = true;
                    keys.write((name + "\r").getBytes(StandardCharsets.US_ASCII));
                    keys.flush();
                } else if (t.endsWith(" - waiting")) {
                    seated.countDown();
                } else if (t.contains(" - question ")) {
                    answering = Integer.parseInt(t.substring(t.lastIndexOf(' ') + 1));
                    deliveries.add(System.nanoTime() - opened.get(answering));
                    boolean all = drill.questions().get(answering - 1).selectAll();
                    Thread.sleep(think.nextInt(2000)); // a student reads the question first
                    sent = System.nanoTime();
                    keys.write((all ? "1\r" : "1").getBytes(StandardCharsets.US_ASCII));
                    keys.flush();
                } else if (answering > 0 && (t.endsWith(" - answer " + answering + " recorded")
                        || t.endsWith(" - result " + answering))) {
                    latencies.add(System.nanoTime() - sent);
                    acked.countDown();
                    answering = 0;
                }
            }
        } catch (Exception e) {
            // closed at the end of the test
        }
    }

    /**
     * CPU time of the server's own threads (drill screens, their readers, the room's timers, MINA's server I/O),
     * not the clients' in this JVM; GC and JIT threads are not Java threads and count for neither.
     */
    private static long serverCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("whoowns-")
                    || info.getThreadName().contains("SshServer"))) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
