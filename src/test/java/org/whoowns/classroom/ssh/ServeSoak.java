package org.whoowns.classroom.ssh;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.whoowns.classroom.Drill;
import org.whoowns.classroom.DrillCode;
import org.whoowns.pack.TestPacks;
import org.whoowns.quiz.Question;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The classroom soak (issue 15): a real `whoowns serve` in its own process, in tmux, with students joining,
 * answering every question, dropping abruptly and rejoining under the same name, and some joining late, for
 * minutes on end; the server's memory, threads and descriptors are sampled from /proc and jcmd every 10 s,
 * and at the end every answer a client saw acknowledged must be in the results file the server wrote.
 * Run through {@code src/bench/soak.sh}, which starts the server; the arguments are
 * {@code PORT PID TMUX-SOCKET TMUX-TARGET STUDENTS MINUTES QUESTIONS DATA-DIR}. A benchmark, not a test:
 * exits 1 with the reasons when a check fails.
 */
final class ServeSoak {
    private static final DrillCode CODE = DrillCode.parse("K7Q2M");
    private static final String NAME_TITLE = "whoowns " + CODE;
    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux
    /** Of the students seated when a question opens, this share drops during it (then rejoins). */
    private static final double DROP_RATE = 0.10;
    /** This share of the students joins only after the drill has begun. */
    private static final double LATE_SHARE = 0.10;
    /** Late joiners arrive within this share of the run, after which the "start" sample is taken. */
    private static final double LATE_WINDOW = 0.15;
    private static final long SAMPLE_MILLIS = 10_000;
    /**
     * At most this often, between two questions (the heap's live set is larger while a question is being
     * broadcast and answered), a sample after a full GC, for a comparable heap-after-GC series.
     */
    private static final long GC_SAMPLE_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** Letters no drill screen takes as a key (no a-h answers, no q quit, no j/k scrolling). */
    private static final String NAME_LETTERS = "mnoprstuvwxyz";
    private static final long MB = 1024 * 1024;

    private final int port;
    private final long pid;
    private final String socket;
    private final String target;
    private final int count;
    private final long durationNanos;
    private final int questions;
    private final Path data;
    private final Drill drill;
    private final SshClient client;
    private final List<Kid> kids = new ArrayList<>();
    private final ExecutorService connector = Executors.newFixedThreadPool(8, daemon("soak-connect"));
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, daemon("soak-timer"));

    private final AtomicLongArray opened;
    private final AtomicInteger maxQuestionSeen = new AtomicInteger();
    private final AtomicInteger maxResultSeen = new AtomicInteger();
    private final AtomicLong firstConnects = new AtomicLong();
    private final AtomicLong lateConnects = new AtomicLong();
    private final AtomicLong rejoins = new AtomicLong();
    private final AtomicLong connectFailures = new AtomicLong();
    private final AtomicLong dropsBefore = new AtomicLong();
    private final AtomicLong dropsInFlight = new AtomicLong();
    private final AtomicLong dropsAfter = new AtomicLong();
    private final AtomicLong unexpected = new AtomicLong();
    private final AtomicLong nameRetries = new AtomicLong();
    private final AtomicLong taken = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong acked = new AtomicLong();
    private final AtomicLong ackedByResult = new AtomicLong();
    private final AtomicLong askedAgain = new AtomicLong();
    private final AtomicLong ackedOnRejoin = new AtomicLong();
    private final AtomicLong forcedEnds = new AtomicLong();
    private final List<Long> ackNanos = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> deliveryNanos = Collections.synchronizedList(new ArrayList<>());
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final List<Sample> samples = Collections.synchronizedList(new ArrayList<>());
    private final Object jcmdLock = new Object();
    private com.sun.tools.attach.VirtualMachine attached; // guarded by jcmdLock
    private boolean attachFailed; // guarded by jcmdLock
    private volatile boolean stopping;
    private volatile boolean finished;
    private volatile int asked;
    private volatile long runStart;
    private final long epoch = System.nanoTime();

    private ServeSoak(String[] args) throws Exception {
        port = Integer.parseInt(args[0]);
        pid = Long.parseLong(args[1]);
        socket = args[2];
        target = args[3];
        count = Integer.parseInt(args[4]);
        durationNanos = (long) (Double.parseDouble(args[5]) * 60e9);
        questions = Integer.parseInt(args[6]);
        data = Path.of(args[7]);
        drill = Drill.deal(TestPacks.shipped(), CODE, questions);
        opened = new AtomicLongArray(questions + 2);
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        for (int i = 0; i < count; i++) {
            kids.add(new Kid(i));
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 8) {
            System.err.println("usage: ServeSoak PORT PID TMUX-SOCKET TMUX-TARGET STUDENTS MINUTES QUESTIONS DATA-DIR"
                    + " (run src/bench/soak.sh)");
            System.exit(2);
        }
        int status = new ServeSoak(args).run();
        System.exit(status);
    }

    // ---------------------------------------------------------------- the run, as the instructor sees it

    private int run() throws Exception {
        client.start();
        sample("warm-up", true); // the first jcmd starts the server's attach listener thread: before the baseline
        Sample idle = sample("idle, nobody joined", true);
        int early = count - (int) Math.round(count * LATE_SHARE);
        long t0 = System.nanoTime();
        for (Kid kid : kids.subList(0, early)) {
            kid.launched = true;
            connector.submit(() -> connect(kid, firstConnects));
        }
        if (!waitFor(() -> seatedCount() == early, 180_000)) {
            fail("only " + seatedCount() + " of " + early + " students were seated after 180 s");
        }
        log("%d students seated in %.1f s", early, (System.nanoTime() - t0) / 1e9);
        Thread sampler = new Thread(this::sampleEvery10s, "soak-sampler");
        sampler.setDaemon(true);
        runStart = System.nanoTime();
        sampler.start();
        long end = runStart + durationNanos;
        for (Kid kid : kids.subList(early, count)) {
            long at = (long) (Math.random() * durationNanos * LATE_WINDOW);
            timer.schedule(() -> {
                kid.launched = true;
                connector.submit(() -> connect(kid, lateConnects));
            }, at, TimeUnit.NANOSECONDS);
        }
        long period = durationNanos / questions;
        long lastGcSample = System.nanoTime();
        Sample start = null;
        for (int question = 1; question <= questions && System.nanoTime() < end; question++) {
            final int q = question;
            if (start == null && System.nanoTime() - runStart > durationNanos * LATE_WINDOW
                    && kids.stream().allMatch(k -> k.everSeated)) {
                start = quietSample("start: everyone joined");
            }
            long slot = runStart + (q - 1) * period;
            sleepUntil(slot);
            if (System.nanoTime() - lastGcSample > GC_SAMPLE_NANOS) {
                lastGcSample = System.nanoTime();
                sample(null, true); // the calmest moment: just before the next question opens
            }
            open(q);
            if (!waitFor(() -> maxResultSeen.get() >= q, 25_000)) {
                String screen = capture();
                log("question %d still open after 25 s; instructor's screen:%n%s", q, screen);
                forcedEnds.incrementAndGet();
                tmux("send-keys", "-t", target, "e");
                if (!waitFor(() -> maxResultSeen.get() >= q, 10_000)) {
                    fail("question " + q + " did not close, even on e");
                    break;
                }
            }
            asked = q;
            Thread.sleep(300); // the result reaches every screen before the next question
        }
        stopping = true;
        if (start == null) {
            start = quietSample("start: everyone joined (late)");
        }
        Sample last = quietSample("end: last question closed, drops settled");
        String roomNow = capture();
        int connectedAtEnd = connected(roomNow);
        sampler.interrupt();
        sampler.join();

        // everyone leaves: half quit with q, half drop
        finished = true;
        for (Kid kid : kids) {
            kid.leave();
        }
        waitFor(() -> connected(capture()) == 0, 30_000, 500);
        Thread.sleep(3000); // the server's side of the last connections closes
        Sample gone = sample("everyone left", true);
        int connectedAfter = connected(capture());
        tmux("send-keys", "-t", target, "q");
        ProcessHandle server = ProcessHandle.of(pid).orElse(null);
        long exitBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (server != null && server.isAlive() && System.nanoTime() < exitBy) {
            Thread.sleep(100); // waiting for another process to save and exit
        }
        if (server != null && server.isAlive()) {
            fail("the server did not exit within 30 s of q");
        }
        client.stop();
        timer.shutdownNow();
        connector.shutdownNow();

        Verdict verdict = verify();
        report(idle, start, last, gone, verdict, connectedAtEnd, connectedAfter);
        return problems.isEmpty() ? 0 : 1;
    }

    /** Opens question {@code q} with Enter on the instructor's screen, and makes sure it opened. */
    private void open(int q) throws Exception {
        opened.set(q, System.nanoTime());
        tmux("send-keys", "-t", target, "Enter");
        if (!waitFor(() -> maxQuestionSeen.get() >= q, 5_000)) {
            String screen = capture();
            log("question %d not on any student's screen after 5 s; instructor's screen:%n%s", q, screen);
            if (!screen.contains("Question " + q + " of")) {
                opened.set(q, System.nanoTime());
                tmux("send-keys", "-t", target, "Enter");
            }
            if (!waitFor(() -> maxQuestionSeen.get() >= q, 10_000)) {
                fail("question " + q + " never reached a student");
            }
        }
    }

    /** A sample after a full GC once every student is seated and no drop or rejoin is under way. */
    private Sample quietSample(String label) throws Exception {
        boolean was = stopping;
        stopping = true; // no new drops while waiting
        if (!waitFor(() -> kids.stream().allMatch(k -> !k.launched || k.seatedNow()), 30_000)) {
            fail(label + ": " + kids.stream().filter(k -> k.launched && !k.seatedNow()).count()
                    + " students still not seated after 30 s");
        }
        Thread.sleep(2000); // the server's side of the dropped connections closes, screens settle
        Sample s = sample(label, true);
        stopping = was;
        return s;
    }

    private void sampleEvery10s() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(SAMPLE_MILLIS);
                sample(null, false);
            }
        } catch (InterruptedException e) {
            // the run is over
        } catch (Exception e) {
            fail("sampling failed: " + e);
        }
    }

    // ---------------------------------------------------------------- one simulated student

    /** A student across connections: the same name each time, so a rejoin keeps the seat and the points. */
    private final class Kid {
        final int id;
        final String name;
        final Random random;
        volatile boolean launched;
        volatile boolean everSeated;
        // guarded by this
        int generation;
        ClientSession session;
        OutputStream keys;
        boolean seated;
        boolean away = true;
        boolean naming;
        long nameSentAt;
        long seatedAt;
        int planned; // question an answer is planned for on this connection
        int sentFor;
        long sentAt;
        String sentPicks;
        boolean dropAfterAck;
        /** Per question, the picks the student saw acknowledged (more than one only if unsure which send it was). */
        final Map<Integer, Set<String>> acks = new HashMap<>();
        final Map<Integer, Set<String>> sends = new HashMap<>();

        Kid(int id) {
            this.id = id;
            this.random = new Random(7919L * id + 1);
            StringBuilder n = new StringBuilder("k");
            for (int v = id, i = 0; i < 3; i++, v /= NAME_LETTERS.length()) {
                n.append(NAME_LETTERS.charAt(v % NAME_LETTERS.length()));
            }
            this.name = n.toString();
        }

        synchronized boolean seatedNow() {
            return seated && !away;
        }

        synchronized void type(String text) {
            try {
                keys.write(text.getBytes(StandardCharsets.US_ASCII));
                keys.flush();
            } catch (IOException | RuntimeException e) {
                // the connection is going: the reader sees its end
            }
        }

        /** Everyone leaves at the end: even ids with q (a clean quit), odd ids by dropping. */
        void leave() {
            ClientSession s;
            synchronized (this) {
                away = true;
                generation++;
                s = session;
                if (id % 2 == 0 && keys != null) {
                    try {
                        keys.write('q');
                        keys.flush();
                        return;
                    } catch (IOException | RuntimeException e) {
                        // fall through to a drop
                    }
                }
            }
            if (s != null) {
                s.close(true);
            }
        }
    }

    private void connect(Kid kid, AtomicLong counter) {
        try {
            ClientSession s = Student.login(client, port, CODE.text(), "", new ArrayList<>());
            ChannelShell shell = s.createShellChannel();
            shell.setPtyType("xterm");
            shell.setPtyColumns(80);
            shell.setPtyLines(24);
            shell.open().verify(Student.WAIT);
            int generation;
            synchronized (kid) {
                generation = ++kid.generation;
                kid.session = s;
                kid.keys = shell.getInvertedIn();
                kid.away = false;
                kid.seated = false;
                kid.naming = true;
                kid.planned = 0;
                kid.sentFor = 0;
                kid.sentAt = 0; // an answer sent just before a drop may or may not have arrived
                kid.dropAfterAck = false;
            }
            counter.incrementAndGet();
            Thread reader = new Thread(() -> read(kid, generation, s, shell.getInvertedOut()), "soak-" + kid.name);
            reader.setDaemon(true);
            reader.start();
        } catch (Exception e) {
            connectFailures.incrementAndGet();
            log("%s: could not connect (%s); again in 1 s", kid.name, e);
            if (!finished) {
                timer.schedule(() -> connector.submit(() -> connect(kid, counter)), 1, TimeUnit.SECONDS);
            }
        }
    }

    /** Reads one connection's output: the OSC-2 titles the screens set, and "is taken" on the name screen. */
    private void read(Kid kid, int generation, ClientSession session, InputStream raw) {
        byte[] takenText = "is taken".getBytes(StandardCharsets.US_ASCII);
        try (InputStream in = new BufferedInputStream(raw, 1 << 13)) {
            Titles titles = new Titles();
            int match = 0;
            for (int b; (b = in.read()) >= 0; ) {
                if (titles.inText()) {
                    match = b == takenText[match] ? match + 1 : b == takenText[0] ? 1 : 0;
                    if (match == takenText.length) {
                        match = 0;
                        taken.incrementAndGet();
                        timer.schedule(() -> sendName(kid, generation, true), 300, TimeUnit.MILLISECONDS);
                    }
                }
                String title = titles.feed(b);
                if (title != null) {
                    onTitle(kid, generation, title);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the connection ended
        }
        session.close(false); // as ssh exits once its shell ends (a no-op after a drop)
        synchronized (kid) {
            if (kid.generation == generation && !kid.away) {
                unexpected.incrementAndGet();
                log("%s: the server closed the connection unexpectedly", kid.name);
                kid.away = true;
                kid.seated = false;
                if (!finished) {
                    timer.schedule(() -> connector.submit(() -> connect(kid, rejoins)), 1, TimeUnit.SECONDS);
                }
            }
        }
    }

    private void onTitle(Kid kid, int generation, String title) {
        long now = System.nanoTime();
        synchronized (kid) {
            if (kid.generation != generation) {
                return;
            }
            if (title.equals(NAME_TITLE)) {
                timer.execute(() -> sendName(kid, generation, false));
                return;
            }
            if (title.endsWith(" - removed")) {
                fail(kid.name + " was removed from the room");
                return;
            }
            if (!kid.seated) {
                kid.seated = true;
                kid.naming = false;
                kid.everSeated = true;
                kid.seatedAt = now;
            }
            int q = number(title, " - question ");
            if (q > 0) {
                maxQuestionSeen.accumulateAndGet(q, Math::max);
                if (kid.seatedAt < opened.get(q) && kid.planned != q) {
                    deliveryNanos.add(now - opened.get(q));
                }
                if (kid.acks.containsKey(q)) {
                    if (kid.planned != q) {
                        askedAgain.incrementAndGet(); // rejoined while the question it answered was open
                        kid.planned = q;
                    }
                } else if (kid.planned != q) {
                    plan(kid, generation, q);
                }
                return;
            }
            int recorded = number(title, " - answer ", " recorded");
            int result = number(title, " - result ");
            if (result > 0) {
                maxResultSeen.accumulateAndGet(result, Math::max);
            }
            if (recorded > 0 && kid.sentAt == 0 && !kid.acks.containsKey(recorded)) {
                // back after a drop, the screen says an answer sent on an earlier connection was recorded
                Set<String> sends = kid.sends.get(recorded);
                if (sends == null) {
                    fail(kid.name + " is shown answer " + recorded + " recorded, which it never sent");
                } else {
                    kid.acks.put(recorded, Set.copyOf(sends));
                    acked.incrementAndGet();
                    ackedOnRejoin.incrementAndGet();
                }
                return;
            }
            int ack = Math.max(recorded, result);
            if (ack > 0 && ack == kid.sentFor && kid.sentAt != 0 && !kid.acks.containsKey(ack)) {
                ackNanos.add(now - kid.sentAt);
                kid.acks.put(ack, Set.of(kid.sentPicks));
                acked.incrementAndGet();
                if (recorded <= 0) {
                    ackedByResult.incrementAndGet();
                }
                kid.sentAt = 0;
                if (kid.dropAfterAck) {
                    kid.dropAfterAck = false;
                    timer.schedule(() -> drop(kid, generation, dropsAfter), kid.random.nextInt(300),
                            TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    /** Reads the student for a while, then answers; one in ten drops before, during or after answering. */
    private void plan(Kid kid, int generation, int q) {
        kid.planned = q;
        long think = 200 + kid.random.nextInt(2300);
        double r = kid.random.nextDouble();
        if (!stopping && r < DROP_RATE) {
            double kind = r / DROP_RATE;
            if (kind < 0.4) {
                timer.schedule(() -> drop(kid, generation, dropsBefore), think / 2, TimeUnit.MILLISECONDS);
                return;
            }
            if (kind < 0.6) {
                timer.schedule(() -> {
                    answer(kid, generation, q);
                    drop(kid, generation, dropsInFlight);
                }, think, TimeUnit.MILLISECONDS);
                return;
            }
            kid.dropAfterAck = true;
        }
        timer.schedule(() -> answer(kid, generation, q), think, TimeUnit.MILLISECONDS);
    }

    private void answer(Kid kid, int generation, int q) {
        synchronized (kid) {
            if (kid.generation != generation || kid.away || kid.planned != q || kid.acks.containsKey(q)) {
                return;
            }
            Question question = drill.questions().get(q - 1);
            int choices = Math.min(9, question.choices().size());
            Set<Integer> picks = new TreeSet<>();
            picks.add(1 + kid.random.nextInt(choices));
            if (question.selectAll() && choices > 1 && kid.random.nextBoolean()) {
                picks.add(1 + kid.random.nextInt(choices));
            }
            StringBuilder typed = new StringBuilder();
            picks.forEach(typed::append);
            String shown = String.join("+", picks.stream().map(String::valueOf).toList());
            kid.sentFor = q;
            kid.sentPicks = shown;
            kid.sentAt = System.nanoTime();
            kid.sends.computeIfAbsent(q, k -> new HashSet<>()).add(shown);
            sent.incrementAndGet();
            kid.type(question.selectAll() ? typed + "\r" : typed.toString());
        }
    }

    /** Closes the connection without quitting (a laptop lid closing), then rejoins after 0.5-3 s. */
    private void drop(Kid kid, int generation, AtomicLong counter) {
        ClientSession s;
        synchronized (kid) {
            if (kid.generation != generation || kid.away || stopping) {
                return;
            }
            kid.away = true;
            kid.seated = false;
            s = kid.session;
        }
        counter.incrementAndGet();
        s.close(true);
        timer.schedule(() -> connector.submit(() -> connect(kid, rejoins)), 500 + kid.random.nextInt(2500),
                TimeUnit.MILLISECONDS);
    }

    /**
     * Types the name on the name screen; again after "is taken" (the server has not yet seen this student's
     * previous connection end) or when nothing answered within 3 s.
     */
    private void sendName(Kid kid, int generation, boolean again) {
        synchronized (kid) {
            if (kid.generation != generation || kid.away || !kid.naming) {
                return;
            }
            if (again) {
                nameRetries.incrementAndGet();
            }
            kid.nameSentAt = System.nanoTime();
            kid.type(kid.name + "\r");
        }
        timer.schedule(() -> {
            synchronized (kid) {
                if (kid.generation == generation && kid.naming && !kid.away
                        && System.nanoTime() - kid.nameSentAt >= TimeUnit.SECONDS.toNanos(3)) {
                    log("%s: no answer to the name after 3 s, typing it again", kid.name);
                    timer.execute(() -> sendName(kid, generation, true));
                }
            }
        }, 3100, TimeUnit.MILLISECONDS);
    }

    private int seatedCount() {
        return (int) kids.stream().filter(Kid::seatedNow).count();
    }

    /** The number after {@code prefix} at the end of the title (before {@code suffix}), or 0. */
    private static int number(String title, String prefix) {
        return number(title, prefix, "");
    }

    private static int number(String title, String prefix, String suffix) {
        int at = title.lastIndexOf(prefix);
        if (at < 0 || !title.endsWith(suffix)) {
            return 0;
        }
        String digits = title.substring(at + prefix.length(), title.length() - suffix.length());
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // ---------------------------------------------------------------- the server process, from outside

    private record Sample(String label, double seconds, int question, int seated, long rss, long heap,
                          boolean afterGc, long metaspace, int threads, int appThreads, int fds, long cpuTicks,
                          long acked, Map<String, Integer> named, long clientTicks, long[] machine) {
        /**
         * Threads of the students' sessions: each has a session thread and a key reader (whoowns-input, of which
         * the instructor's screen has one too, counted here).
         */
        int sessionThreads() {
            return named.getOrDefault("whoowns-student-#", 0) + named.getOrDefault("whoowns-input", 0);
        }

        /** The server's other threads: its timers and relay, MINA's I/O pool and timer. */
        int serverThreads() {
            return named.entrySet().stream().filter(e -> e.getKey().startsWith("whoowns-")
                    || e.getKey().startsWith("sshd-")).mapToInt(Map.Entry::getValue).sum() - sessionThreads();
        }
    }

    /** RSS, threads and descriptors from /proc; heap and metaspace from jcmd (after a full GC if asked). */
    private Sample sample(String label, boolean gc) throws IOException, InterruptedException {
        return sample(label, gc, label != null);
    }

    /** {@code names}: also the server's threads by name. */
    private Sample sample(String label, boolean gc, boolean names) throws IOException, InterruptedException {
        long[] heap = heapInfo(gc);
        String status = Files.readString(Path.of("/proc/" + pid + "/status"));
        int fds;
        try (Stream<Path> list = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            fds = (int) list.count();
        }
        int app = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String comm = Files.readString(task.resolve("comm")).strip();
                    app += comm.startsWith("whoowns-") || comm.startsWith("sshd-") || comm.equals("main") ? 1 : 0;
                } catch (IOException gone) {
                    // the thread ended while listing
                }
            }
        }
        Map<String, Integer> named = names ? threadNames() : Map.of();
        double seconds = (System.nanoTime() - epoch) / 1e9;
        Sample s = new Sample(label, seconds, asked, seatedCount(), statusKb(status, "VmRSS") * 1024, heap[0], gc,
                heap[1], (int) statusKb(status, "Threads"), app, fds, cpuTicks(pid), acked.get(), named,
                cpuTicks(ProcessHandle.current().pid()), machineTicks());
        samples.add(s);
        log("t=%5.0fs q=%3d seated=%3d rss=%5.1fMB heap=%5.1fMB%s threads=%d (app %d) fds=%d acked=%d%s",
                s.seconds, s.question, s.seated, s.rss / (double) MB, s.heap / (double) MB, gc ? "*" : " ",
                s.threads, s.appThreads, s.fds, s.acked, label == null ? "" : "  <- " + label);
        return s;
    }

    /**
     * Runs a diagnostic command in the server as jcmd does, through the attach API from this JVM (started with
     * --add-exports jdk.attach/sun.tools.attach=ALL-UNNAMED) so that sampling starts no JVM every 10 s; else
     * through the jcmd program.
     */
    private String jcmd(String command) throws IOException, InterruptedException {
        synchronized (jcmdLock) {
            try {
                if (attached == null) {
                    attached = com.sun.tools.attach.VirtualMachine.attach(Long.toString(pid));
                }
                Object in = attached.getClass().getMethod("executeJCmd", String.class).invoke(attached, command);
                // read as jcmd does, in small reads until the end: readAllBytes stopped after the first 4 KB here
                try (InputStream out = (InputStream) in) {
                    java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
                    byte[] buffer = new byte[256];
                    for (int n; (n = out.read(buffer)) > 0; ) {
                        text.write(buffer, 0, n);
                    }
                    return text.toString(StandardCharsets.UTF_8);
                }
            } catch (ReflectiveOperationException | com.sun.tools.attach.AttachNotSupportedException
                     | RuntimeException e) {
                if (!attachFailed) {
                    attachFailed = true;
                    log("attach API unavailable (%s): running jcmd", e);
                }
            }
            Process p = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        }
    }

    /** The server's threads by name (jcmd Thread.print), numbers and MINA's instance ids made "#". */
    private Map<String, Integer> threadNames() throws IOException, InterruptedException {
        String out = jcmd("Thread.print");
        Map<String, Integer> names = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^\"([^\"]*)\"").matcher(out);
        while (m.find()) {
            String name = m.group(1).replaceAll("\\[[^\\]]*\\]", "[#]").replaceAll("\\d+", "#");
            names.merge(name, 1, Integer::sum);
        }
        if (names.isEmpty()) {
            throw new IOException("jcmd Thread.print said: " + out);
        }
        return names;
    }

    /** {heap used, metaspace used} in bytes. */
    private long[] heapInfo(boolean gc) throws IOException, InterruptedException {
        if (gc) {
            jcmd("GC.run");
        }
        String out = jcmd("GC.heap_info");
        // G1 prints one "garbage-first heap total …K, used …K" line, Serial and Parallel one per generation
        Matcher heap = Pattern.compile("total \\d+K, used (\\d+)K").matcher(out);
        Matcher meta = Pattern.compile("Metaspace\\s+used (\\d+)K").matcher(out);
        long used = 0;
        boolean found = false;
        while (heap.find()) {
            used += Long.parseLong(heap.group(1)) * 1024;
            found = true;
        }
        if (!found || !meta.find()) {
            throw new IOException("jcmd said: " + out);
        }
        return new long[] {used, Long.parseLong(meta.group(1)) * 1024};
    }

    private static long statusKb(String status, String field) {
        for (String line : status.split("\n")) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).strip().split("\\s+")[0]);
            }
        }
        throw new IllegalStateException("no " + field + " in /proc status");
    }

    /** {busy, all} clock ticks of the whole machine, all cores (/proc/stat), to show what else was running. */
    private static long[] machineTicks() throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long all = 0;
        for (int i = 1; i < cpu.length; i++) {
            all += Long.parseLong(cpu[i]);
        }
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]); // idle, iowait
        return new long[] {all - idle, all};
    }

    private static double busy(Sample from, Sample to) {
        long all = to.machine[1] - from.machine[1];
        return all <= 0 ? 0 : 100.0 * (to.machine[0] - from.machine[0]) / all;
    }

    /** utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/PID/stat). */
    private static long cpuTicks(long process) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + process + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private String capture() {
        try {
            return tmux("capture-pane", "-p", "-t", target);
        } catch (IOException e) {
            return "(no screen: " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The "N connected" of the instructor's header, or -1. */
    private static int connected(String screen) {
        Matcher m = Pattern.compile("(\\d+) connected").matcher(screen);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + ": " + out);
        }
        return out;
    }

    // ---------------------------------------------------------------- the results file against the clients

    private record Verdict(Path file, int rows, int players, long recorded, long missing, long otherPicks,
                           long neverSent, long inFlightRecorded) {
    }

    private Verdict verify() throws IOException {
        Path file;
        try (Stream<Path> files = Files.list(data.resolve("drills"))) {
            List<Path> answers = files.filter(f -> f.toString().endsWith("-answers.csv")).toList();
            if (answers.size() != 1) {
                fail("expected one answers file in " + data.resolve("drills") + ", found " + answers);
                return new Verdict(null, 0, 0, 0, 0, 0, 0, 0);
            }
            file = answers.get(0);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, String> recorded = new HashMap<>();
        Set<String> players = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = csv(line);
            players.add(f.get(1));
            if (!f.get(5).equals("none")) {
                recorded.put(f.get(1) + "#" + f.get(2), f.get(4));
            }
        }
        long missing = 0;
        long otherPicks = 0;
        long neverSent = 0;
        long inFlight = 0;
        Set<String> matched = new HashSet<>();
        for (Kid kid : kids) {
            for (Map.Entry<Integer, Set<String>> a : kid.acks.entrySet()) {
                String key = kid.name + "#" + a.getKey();
                String got = recorded.get(key);
                if (got == null) {
                    missing++;
                    if (missing <= 5) {
                        log("acked but not in the results: %s question %d (%s)", kid.name, a.getKey(), a.getValue());
                    }
                } else if (!a.getValue().contains(got)) {
                    otherPicks++;
                    log("%s question %d: acked %s, recorded %s", kid.name, a.getKey(), a.getValue(), got);
                } else {
                    matched.add(key);
                }
            }
        }
        Map<String, Kid> byName = new HashMap<>();
        kids.forEach(k -> byName.put(k.name, k));
        for (Map.Entry<String, String> r : recorded.entrySet()) {
            if (matched.contains(r.getKey())) {
                continue;
            }
            String[] key = r.getKey().split("#");
            Kid kid = byName.get(key[0]);
            Set<String> sends = kid == null ? Set.of() : kid.sends.getOrDefault(Integer.parseInt(key[1]), Set.of());
            if (sends.contains(r.getValue())) {
                inFlight++;
            } else {
                neverSent++;
                log("recorded but never sent: %s -> %s", r.getKey(), r.getValue());
            }
        }
        int rows = lines.size() - 1;
        if (missing > 0) {
            fail(missing + " acknowledged answers are missing from " + file);
        }
        if (otherPicks > 0) {
            fail(otherPicks + " answers are recorded with other picks than the student typed");
        }
        if (neverSent > 0) {
            fail(neverSent + " answers are recorded that no student sent");
        }
        if (players.size() != count) {
            fail("the results name " + players.size() + " players, not " + count);
        }
        if (rows != count * asked) {
            fail("the results have " + rows + " rows, not " + count + " players x " + asked + " questions");
        }
        return new Verdict(file, rows, players.size(), recorded.size(), missing, otherPicks, neverSent, inFlight);
    }

    /** One RFC 4180 record (whoowns's own CSV: quotes only around fields that need them). */
    private static List<String> csv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    // ---------------------------------------------------------------- the report and the checks

    private void report(Sample idle, Sample start, Sample end, Sample gone, Verdict v, int connectedAtEnd,
                        int connectedAfter) {
        System.out.println();
        System.out.println("samples (t = seconds since the soak began, the drill at " + String.format(Locale.ROOT, "%.0f",
                (runStart - epoch) / 1e9) + "; heap* = after a full GC; cpu = server CPU since the previous sample,"
                + " % of one core; box = the whole machine's CPU in use, % of all " + Runtime.getRuntime()
                .availableProcessors() + " cores, whoever used it):");
        System.out.printf("%7s %4s %6s %8s %9s %8s %8s %5s %8s %6s %7s  %s%n", "t s", "q", "seated", "rss MB",
                "heap MB", "meta MB", "threads", "fds", "cpu %", "acked", "box %", "");
        Sample previous = null;
        List<Sample> all = new ArrayList<>(samples);
        for (Sample s : all) {
            String cpu = previous == null || s.seconds <= previous.seconds ? ""
                    : String.format(Locale.ROOT, "%.1f", (s.cpuTicks - previous.cpuTicks) / TICKS_PER_SECOND
                    / (s.seconds - previous.seconds) * 100);
            String box = previous == null ? "" : String.format(Locale.ROOT, "%.0f", busy(previous, s));
            System.out.printf(Locale.ROOT, "%7.0f %4d %6d %8.1f %8.1f%s %8.1f %8d %5d %8s %6d %7s  %s%n", s.seconds,
                    s.question, s.seated, s.rss / (double) MB, s.heap / (double) MB, s.afterGc ? "*" : " ",
                    s.metaspace / (double) MB, s.threads, s.fds, cpu, s.acked, box, s.label == null ? "" : s.label);
            previous = s;
        }

        System.out.println();
        System.out.println("threads by name (idle, start, end, after everyone left):");
        Set<String> names = new TreeSet<>();
        for (Sample s : List.of(idle, start, end, gone)) {
            names.addAll(s.named.keySet());
        }
        for (String name : names) {
            System.out.printf("  %5d %5d %5d %5d  %s%n", idle.named.getOrDefault(name, 0),
                    start.named.getOrDefault(name, 0), end.named.getOrDefault(name, 0),
                    gone.named.getOrDefault(name, 0), name);
        }

        // heap after GC in the first and the last third between the start and end samples
        double from = start.seconds;
        double to = end.seconds;
        double third = (to - from) / 3;
        List<Sample> gcd = all.stream().filter(s -> s.afterGc && s.seconds >= from && s.seconds <= to).toList();
        // the lowest of each third: a full GC taken while frames and logins are in flight counts them too
        double first = lowest(gcd.stream().filter(s -> s.seconds <= from + third).toList(), start);
        double lastThird = lowest(gcd.stream().filter(s -> s.seconds >= to - third).toList(), end);
        double growth = lastThird - first;
        long peakRss = all.stream().mapToLong(Sample::rss).max().orElse(0);
        double cpu = (end.cpuTicks - start.cpuTicks) / TICKS_PER_SECOND / Math.max(1, end.seconds - start.seconds);
        double clientCpu = (end.clientTicks - start.clientTicks) / TICKS_PER_SECOND
                / Math.max(1, end.seconds - start.seconds);
        List<Long> acks = sorted(ackNanos);
        List<Long> reached = sorted(deliveryNanos);

        System.out.println();
        System.out.printf(Locale.ROOT, "soak: %d students, %.1f min, %d questions asked (%d ended with e); CPU from"
                        + " start to end, %% of one core: server %.0f %%, the students' JVM %.0f %%; the whole machine"
                        + " %.0f %% of its %d cores busy%n", count, durationNanos / 60e9, asked, forcedEnds.get(),
                cpu * 100, clientCpu * 100, busy(start, end), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "heap after GC: start %.1f MB, end %.1f MB; lowest in the first third %.1f MB,"
                        + " in the last third %.1f MB (%+.1f MB, %+.1f %%); metaspace %.1f -> %.1f MB%n", start.heap / (double) MB,
                end.heap / (double) MB, first / MB, lastThird / MB, growth / MB, 100 * growth / first,
                start.metaspace / (double) MB, end.metaspace / (double) MB);
        System.out.printf(Locale.ROOT, "RSS: start %.1f MB, end %.1f MB, peak %.1f MB%n", start.rss / (double) MB,
                end.rss / (double) MB, peakRss / (double) MB);
        System.out.printf("threads: start %d, end %d (sessions, 2 a student + 1, %d -> %d; server's own %d -> %d); idle before"
                        + " joining %d (server's own %d), after everyone left %d (sessions %d, server's own %d)%n",
                start.threads, end.threads, start.sessionThreads(), end.sessionThreads(), start.serverThreads(),
                end.serverThreads(), idle.threads, idle.serverThreads(), gone.threads, gone.sessionThreads(),
                gone.serverThreads());
        System.out.printf("fds: start %d, end %d; idle before joining %d, after everyone left %d%n", start.fds,
                end.fds, idle.fds, gone.fds);
        System.out.printf("answers: sent %d, acked %d (%d by the result screen, %d shown recorded on rejoin),"
                        + " recorded %d (%d sent just before a drop, unacked); acked but missing %d, other picks %d,"
                        + " never sent %d; %d rows = %d players x %d questions in %s%n", sent.get(), acked.get(),
                ackedByResult.get(), ackedOnRejoin.get(),
                v.recorded, v.inFlightRecorded, v.missing, v.otherPicks, v.neverSent, v.rows, v.players, asked,
                v.file == null ? "-" : v.file.getFileName());
        long drops = dropsBefore.get() + dropsInFlight.get() + dropsAfter.get();
        System.out.printf("connects %d (first %d, late %d, rejoins %d), drops %d (before answering %d, right after"
                        + " sending %d, after the ack %d); name typed again %d (\"is taken\" seen %d); shown an"
                        + " answered question again on rejoin %d; unexpected disconnects %d; failed connects %d%n",
                firstConnects.get() + lateConnects.get() + rejoins.get(), firstConnects.get(), lateConnects.get(),
                rejoins.get(), drops, dropsBefore.get(), dropsInFlight.get(), dropsAfter.get(), nameRetries.get(),
                taken.get(), askedAgain.get(), unexpected.get(), connectFailures.get());
        System.out.printf(Locale.ROOT, "ack latency p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d); question reached"
                        + " screens p50 %.0f ms, p99 %.0f ms%n", at(acks, 50), at(acks, 99), at(acks, 100), acks.size(),
                at(reached, 50), at(reached, 99));
        System.out.printf("instructor's screen: %d connected at the end, %d after everyone left%n", connectedAtEnd,
                connectedAfter);

        if (growth > Math.max(8 * MB, 0.2 * first)) {
            fail(String.format(Locale.ROOT, "heap after GC grew by %.1f MB (%.1f %%) from the first to the last"
                    + " third", growth / MB, 100 * growth / first));
        }
        if (end.sessionThreads() != start.sessionThreads() || gone.sessionThreads() != idle.sessionThreads()) {
            fail("session threads: " + start.sessionThreads() + " at the start, " + end.sessionThreads()
                    + " at the end with as many students, " + gone.sessionThreads() + " after everyone left");
        }
        if (end.serverThreads() > start.serverThreads() + 2 || gone.serverThreads() > start.serverThreads() + 2
                || end.threads > start.threads + 8) {
            fail("threads grew: " + start.threads + " -> " + end.threads + " (server's own " + start.serverThreads()
                    + " -> " + end.serverThreads() + ", after everyone left " + gone.serverThreads() + ")");
        }
        if (end.fds > start.fds + 5 || gone.fds > idle.fds + 5) {
            fail("descriptors grew: " + start.fds + " -> " + end.fds + ", idle " + idle.fds + " -> " + gone.fds);
        }
        if (connectedAtEnd != count) {
            fail("the instructor's screen shows " + connectedAtEnd + " connected, not " + count);
        }
        if (connectedAfter != 0) {
            fail("the instructor's screen shows " + connectedAfter + " connected after everyone left");
        }
        if (unexpected.get() > 0) {
            fail(unexpected.get() + " connections were closed by the server unexpectedly");
        }
        if (askedAgain.get() > 0) {
            fail(askedAgain.get() + " times a student back after a drop was asked a question it had answered");
        }
        if (forcedEnds.get() > 0) {
            fail(forcedEnds.get() + " questions did not close by themselves");
        }
        if (asked < Math.min(questions, 5)) {
            fail("only " + asked + " questions were asked");
        }
        if (problems.isEmpty()) {
            System.out.println("soak: PASS");
        } else {
            System.out.println("soak: FAIL");
            problems.forEach(p -> System.out.println("  - " + p));
        }
    }

    private static double lowest(List<Sample> list, Sample fallback) {
        return list.stream().mapToLong(Sample::heap).min().orElse(fallback.heap);
    }

    private static List<Long> sorted(List<Long> values) {
        List<Long> copy;
        synchronized (values) {
            copy = new ArrayList<>(values);
        }
        Collections.sort(copy);
        return copy;
    }

    private static double at(List<Long> sorted, int percentile) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percentile / 100)) / 1e6;
    }

    // ---------------------------------------------------------------- small helpers

    private void fail(String problem) {
        problems.add(problem);
        log("PROBLEM: %s", problem);
    }

    private void log(String format, Object... args) {
        double t = (System.nanoTime() - epoch) / 1e9;
        System.err.printf(Locale.ROOT, "[%6.1f] " + format + "%n", prepend(t, args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static boolean waitFor(BooleanSupplier done, long millis) throws InterruptedException {
        return waitFor(done, millis, 20);
    }

    private static boolean waitFor(BooleanSupplier done, long millis, long poll) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(poll); // polling network peers and another process
        }
        return true;
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

}
