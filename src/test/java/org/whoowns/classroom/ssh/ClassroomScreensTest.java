package org.whoowns.classroom.ssh;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whoowns.classroom.Drill;
import org.whoowns.classroom.DrillCode;
import org.whoowns.classroom.Points;
import org.whoowns.classroom.ResultRow;
import org.whoowns.classroom.Room;
import org.whoowns.classroom.Standing;
import org.whoowns.pack.Pack;
import org.whoowns.pack.TestPacks;
import org.whoowns.quiz.Question;
import org.whoowns.tui.Classroom;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real student screens over SSH on loopback, with MINA's client as the students. The tests drive the
 * room as the instructor's keys would (start, end, kick, stop) and watch each student's terminal, including
 * the title the screen sets for each state (the load test times acknowledgements by it).
 */
class ClassroomScreensTest {
    private static final DrillCode CODE = DrillCode.parse("K7Q2M");

    @TempDir
    Path data;
    private final Pack pack = TestPacks.shipped();
    private Room room;
    private Classroom classroom;
    private ClassroomServer server;
    private SshClient client;
    private final List<Student> students = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        Drill drill = Drill.deal(pack, CODE, 3);
        room = new Room(drill, new Points(Duration.ofSeconds(60), true), Clock.systemUTC(), 10);
        classroom = new Classroom(room, pack, Clock.systemUTC());
        server = ClassroomServer.start(new ServerSettings("127.0.0.1", 0, data, CODE, 10, Duration.ofSeconds(5),
                Duration.ofMinutes(5)), classroom::student);
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (Student s : students) {
            s.close();
        }
        client.stop();
        server.close();
    }

    private Student join(String name) throws IOException {
        Student s = Student.join(client, server.port(), CODE.text(), 100, 30);
        students.add(s);
        s.awaitScreen("Name:");
        s.type(name + "\r");
        return s;
    }

    private static String title(String state) {
        return "\u001b]2;whoowns K7Q2M - " + state + "\u0007";
    }

    private static String right(Question q) {
        StringBuilder keys = new StringBuilder();
        q.answer().forEach(i -> keys.append(i + 1));
        return q.selectAll() ? keys + "\r" : keys.toString();
    }

    private static String wrong(Question q) {
        for (int i = 0; i < q.choices().size(); i++) {
            if (!q.answer().contains(i)) {
                return q.selectAll() ? (i + 1) + "\r" : String.valueOf(i + 1);
            }
        }
        throw new AssertionError("no wrong choice");
    }

    @Test
    void studentsJoinByNameAnswerAndSeeTheirOwnResultPointsAndRank() throws Exception {
        Student ann = join("Ann");
        ann.awaitScreen("You are in, Ann.");
        Student bo = join("ann");
        bo.awaitScreen("is taken: choose another name");
        bo.type("Bo\r");
        bo.awaitScreen("You are in, Bo.");
        assertTrue(room.start());
        Question q = room.drill().questions().get(0);
        ann.await(title("question 1"));
        bo.await(title("question 1"));
        ann.awaitScreen("Question 1 of 3");
        ann.type(right(q));
        ann.await(title("answer 1 recorded"));
        bo.type(wrong(q));
        // both answered: the question closes by itself and each sees their own result
        ann.await(title("result 1"));
        bo.await(title("result 1"));
        ann.awaitScreen("RIGHT");
        ann.awaitScreen("Rank 1 of 2");
        bo.awaitScreen("WRONG");
        bo.awaitScreen("+0 points");
        bo.awaitScreen("Rank 2 of 2");
        List<ResultRow> rows = room.rows();
        assertEquals(2, rows.stream().filter(ResultRow::answered).count(), rows.toString());
    }

    @Test
    void aDroppedStudentRejoinsWithTheSameNameAndKeepsTheScoreAndALateJoinerPlaysTheOpenQuestion()
            throws Exception {
        Student ann = join("Ann");
        ann.awaitScreen("You are in");
        join("Cy").awaitScreen("You are in");
        room.start();
        ann.await(title("question 1"));
        ann.type(right(room.drill().questions().get(0)));
        ann.await(title("answer 1 recorded"));
        ann.close();
        waitFor(() -> room.standings().stream().anyMatch(s -> s.name().equals("Ann") && !s.connected()));
        int points = room.standings().stream().filter(s -> s.name().equals("Ann")).findFirst().orElseThrow().points();
        assertTrue(points > 500, "Ann scored before dropping: " + points);

        Student back = join("ANN"); // the same player, whatever the case
        // question 1 is still open (Cy has not answered): Ann's answer stands, she is not asked it again
        back.await(title("answer 1 recorded"));
        back.awaitScreen("Answer 1 recorded");
        back.awaitScreen("Ann");
        Student late = join("Dee");
        late.await(title("question 1"));
        room.end();
        room.start();
        back.await(title("question 2"));
        Standing ann2 = room.standings().stream().filter(s -> s.name().equals("Ann")).findFirst().orElseThrow();
        assertEquals(points, ann2.points(), "the score survived the reconnection");
        assertTrue(ann2.connected());
    }

    @Test
    void aKickedStudentIsToldAndCannotComeBackUnderThatName() throws Exception {
        Student ann = join("Ann");
        ann.awaitScreen("You are in");
        assertTrue(room.kick("Ann"));
        ann.awaitScreen("The instructor removed you from this room.");
        ann.type("x");
        ann.awaitExit();
        Student again = join("Ann");
        again.awaitScreen("removed \"Ann\" from this room");
    }

    @Test
    void stoppingTheServerClosesEveryScreenAndTellsEachStudentTheirPlace() throws Exception {
        Student ann = join("Ann");
        ann.awaitScreen("You are in");
        room.start();
        ann.await(title("question 1"));
        ann.type(right(room.drill().questions().get(0)));
        ann.await(title("result 1")); // the only player answered: the question closed at once
        room.finish();
        ann.await(title("over"));
        classroom.closeStudents(Duration.ofSeconds(5));
        assertEquals(0, classroom.students());
        ann.awaitExit();
        String out = ann.output();
        assertTrue(out.contains("\u001b[?1049l"), "the alternate screen is left before the channel closes");
        assertTrue(out.contains("Ann, rank 1 of 1 with"), out.substring(Math.max(0, out.length() - 300)));
        assertFalse(room.rows().isEmpty());
    }

    @Test
    void stoppingTheServerRightAfterTheStudentsAreToldStillDeliversEveryFarewell() throws Exception {
        List<Student> joined = new ArrayList<>();
        for (String name : List.of("Ann", "Bo", "Cy")) {
            Student s = join(name);
            s.awaitScreen("You are in");
            joined.add(s);
        }
        // what serve does on q, Ctrl-C or a signal, with no pause between telling the students and stopping
        classroom.closeStudents(Duration.ofSeconds(5));
        server.close(Duration.ofSeconds(5));
        assertEquals(0, server.sessions(), "every session ended with its client before the server stopped");
        for (Student s : joined) {
            s.awaitExit();
            String out = s.output();
            assertTrue(out.endsWith("\u001b[?1049lwhoowns: you left the drill.\r\n"), "the main screen back, then the farewell"
                    + " (the drill had not begun):\n" + out.substring(Math.max(0, out.length() - 300)));
        }
    }

    @Test
    void theScreenFollowsTheStudentsTerminalSizeAndAHugeWindowIsClamped() throws Exception {
        Student ann = join("Ann");
        ann.awaitScreen("You are in");
        room.start();
        ann.await(title("question 1"));
        ann.shell.sendWindowChange(40, 12);
        ann.awaitScreen("terminal is 40x12");
        ann.shell.sendWindowChange(65535, 65535);
        ann.awaitScreen("Question 1 of 3"); // clamped to 300x120, drawn at that size
        ann.shell.sendWindowChange(90, 25);
        String screen = ann.awaitScreen("Question 1 of 3");
        assertTrue(screen.lines().allMatch(l -> l.length() <= 300), screen);
        ann.type(right(room.drill().questions().get(0)));
        ann.await(title("result 1"));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Student.WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(10); // waiting for the server's threads, not standing in for time
        }
    }
}
