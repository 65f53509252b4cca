package org.whoowns.classroom.ssh;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.whoowns.classroom.Drill;
import org.whoowns.classroom.DrillCode;
import org.whoowns.pack.TestPacks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The load test against a real `whoowns serve` in its own process, so the server's CPU can be read from
 * /proc apart from the clients': run the jar in tmux (`serve --port P --code K7Q2M --count Q`), then
 * {@code ServeLoad P PID TMUX-TARGET STUDENTS Q}. The students play as in {@link RoomOverSshLoadTest}; each
 * question is started by pressing Enter on the instructor's screen through tmux. A benchmark, not a test.
 */
final class ServeLoad {
    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private ServeLoad() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long pid = Long.parseLong(args[1]);
        String tmux = args[2];
        int students = Integer.parseInt(args[3]);
        int questions = Integer.parseInt(args[4]);
        DrillCode code = DrillCode.parse("K7Q2M");
        Drill drill = Drill.deal(TestPacks.shipped(), code, questions);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> deliveries = Collections.synchronizedList(new ArrayList<>());
        AtomicLongArray opened = new AtomicLongArray(questions + 1);
        CountDownLatch seated = new CountDownLatch(students);
        CountDownLatch acked = new CountDownLatch(students * questions);
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
        ExecutorService connect = Executors.newFixedThreadPool(8);
        long cpuConnect = cpuTicks(pid);
        long t0 = System.nanoTime();
        for (int i = 0; i < students; i++) {
            String name = "s" + i;
            connect.submit(() -> {
                ClientSession s = Student.login(client, port, code.text(), "", new ArrayList<>());
                ChannelShell shell = s.createShellChannel();
                shell.setPtyType("xterm");
                shell.setPtyColumns(80);
                shell.setPtyLines(24);
                shell.open().verify(Student.WAIT);
                Thread reader = new Thread(() -> RoomOverSshLoadTest.play(shell, name, drill, seated, acked, latencies,
                        opened, deliveries), "load-" + name);
                reader.setDaemon(true);
                reader.start();
                return s;
            });
        }
        connect.shutdown();
        if (!seated.await(180, TimeUnit.SECONDS)) {
            throw new AssertionError("seated: " + (students - seated.getCount()));
        }
        double connectMs = (System.nanoTime() - t0) / 1e6;
        double connectCpu = (cpuTicks(pid) - cpuConnect) / TICKS_PER_SECOND;
        Thread.sleep(3000); // the last first frames and the JIT settle
        long idle0 = cpuTicks(pid);
        long i0 = System.nanoTime();
        Thread.sleep(10_000); // idle CPU over a fixed span
        double idle = (cpuTicks(pid) - idle0) / TICKS_PER_SECOND / ((System.nanoTime() - i0) / 1e9);
        long q0 = System.nanoTime();
        long busy0 = cpuTicks(pid);
        for (int q = 1; q <= questions; q++) {
            opened.set(q, System.nanoTime());
            new ProcessBuilder("tmux", "send-keys", "-t", tmux, "Enter").inheritIO().start().waitFor();
            while (acked.getCount() > (long) students * (questions - q)) {
                Thread.sleep(5); // waiting for 200 network peers
            }
            Thread.sleep(300); // the question closes and the result reaches every screen before the next opens
        }
        double span = (System.nanoTime() - q0) / 1e9;
        double busy = (cpuTicks(pid) - busy0) / TICKS_PER_SECOND / span;
        List<Long> acks = sorted(latencies);
        List<Long> reached = sorted(deliveries);
        System.out.printf("serve in its own process, %d students: connected in %.0f ms (server CPU %.1f s);"
                        + " server CPU idle %.1f %% of one core; %d questions in %.1f s at %.0f %% of one core;"
                        + " answer->ack p50 %.1f ms, p99 %.1f ms, max %.1f ms; question reached screens p50 %.0f ms,"
                        + " p99 %.0f ms%n", students, connectMs, connectCpu, idle * 100, questions, span, busy * 100,
                at(acks, 50), at(acks, 99), at(acks, 100), at(reached, 50), at(reached, 99));
        client.stop();
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> copy = new ArrayList<>(values);
        Collections.sort(copy);
        return copy;
    }

    private static double at(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
    }

    /** utime + stime of the process, in clock ticks (fields 14 and 15 of /proc/PID/stat). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
