package org.whoowns.cli;

import org.whoowns.classroom.Drill;
import org.whoowns.classroom.DrillCode;
import org.whoowns.classroom.Points;
import org.whoowns.classroom.ResultsWriter;
import org.whoowns.classroom.Room;
import org.whoowns.classroom.ssh.ClassroomServer;
import org.whoowns.classroom.ssh.ServerSettings;
import org.whoowns.learn.DataDir;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.pack.TerminalText;
import org.whoowns.tui.Classroom;
import org.whoowns.tui.SignalStop;
import org.whoowns.tui.Tui;

import java.io.IOException;
import java.net.BindException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * What `whoowns serve` does: deals the drill, starts the SSH server with a screen per student, runs the
 * instructor's screen here, and on q or Ctrl-C ends the drill, saves the results, closes every student's
 * screen and only then stops the server.
 */
final class ServeRun {
    static final int MAX_PLAYERS = 10_000;
    /** How often the room looks at the clock to close a question at its deadline. */
    private static final long TICK_MILLIS = 100;

    private ServeRun() {
    }

    static int run(CommandLine line, Io io) throws UsageException, PackException, IOException {
        DrillCode code = DrillOptions.codeOrNew(line);
        Points points = DrillOptions.points(line);
        int port = line.number("--port", 0, 65535).orElse((long) ServerSettings.DEFAULT_PORT).intValue();
        int max = line.number("--max-players", 1, MAX_PLAYERS).orElse((long) Room.DEFAULT_MAX_PLAYERS).intValue();
        String bind = line.option("--bind").orElse("0.0.0.0");
        Pack pack = RunOptions.pack(line);
        Drill drill = DrillOptions.drill(line, pack, code);
        var unavailable = Tui.unavailable(io.env());
        if (unavailable.isPresent()) {
            throw new UsageException(unavailable.get() + " (the instructor's screen)");
        }
        DataDir data = LearnerData.data(io);
        Clock clock = Clock.systemUTC();
        Room room = new Room(drill, points, clock, max);
        Classroom classroom = new Classroom(room, pack, clock);
        ResultsWriter results = new ResultsWriter(data.drills(), code, clock.instant(), ZoneId.systemDefault());
        Supplier<String> save = () -> save(room, results);
        ServerSettings settings = ServerSettings.of(bind, port, data.root(), code, max);
        // SIGINT, SIGTERM and SIGHUP (the instructor's terminal closed) stop the server as q does: the open
        // question closes with the answers it has, the results are saved, the students are told.
        try (SignalStop stop = SignalStop.install(SignalStop.WAIT)) {
            ClassroomServer server;
            try {
                server = ClassroomServer.start(settings, classroom::student);
            } catch (BindException e) {
                throw new UsageException("cannot listen on " + TerminalText.clean(bind) + " port " + port + ": "
                        + e.getMessage() + " (try --port 2223)");
            }
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "whoowns-room-clock");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(room::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
            int exit;
            try {
                exit = classroom.instructor(joinLines(bind, server.port(), code), server.fingerprint(), save, stop);
            } finally {
                ticker.shutdownNow();
                room.finish(); // an open question closes with the answers it has
                String saved = save.get();
                try {
                    classroom.closeStudents(Duration.ofSeconds(3));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                server.close(Duration.ofSeconds(1)); // the farewells on their way arrive first
                io.out().println(saved);
            }
            return exit;
        }
    }

    private static String save(Room room, ResultsWriter results) {
        try {
            results.write(room.rows(), room.standings());
            return "Results saved: " + results.answersFile() + " and " + results.standingsFile().getFileName();
        } catch (IOException e) {
            return "Could not save the results: " + TerminalText.clean(String.valueOf(e.getMessage()));
        }
    }

    /** The ssh command students type, once per address they can reach this machine at. */
    static List<String> joinLines(String bind, int port, DrillCode code) {
        List<String> hosts = new ArrayList<>();
        if (bind.equals("0.0.0.0") || bind.equals("::")) {
            try {
                for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    if (nic.isUp() && !nic.isLoopback()) {
                        for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                            if (a instanceof Inet4Address) {
                                hosts.add(a.getHostAddress());
                            }
                        }
                    }
                }
            } catch (SocketException e) {
                // no list of interfaces: fall back to the loopback address below
            }
            if (hosts.isEmpty()) {
                hosts.add("127.0.0.1");
            }
        } else {
            hosts.add(bind);
        }
        return hosts.stream().limit(4).map(h -> "ssh -p " + port + " " + code + "@" + h).toList();
    }
}
