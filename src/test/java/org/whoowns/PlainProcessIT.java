package org.whoowns;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built jar as a real process: signals, devices and closed streams (issue 11 items 1, 5, 7, 20). */
class PlainProcessIT {
    private static final String JAR = System.getProperty("whoowns.jar", "target/whoowns.jar");

    @Test
    void item20_ctrlCPrintsTheScoreLineAndExits130() throws Exception {
        Process process = start(List.of("practice", "--plain", "--seed", "3", "--count", "3"));
        Collector out = new Collector(process.getInputStream());
        OutputStream stdin = process.getOutputStream();
        stdin.write("1\n".getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!out.text().contains("Question 2/3") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(out.text().contains("Question 2/3"), out.text());
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor());
        assertTrue(process.waitFor(10, TimeUnit.SECONDS), "ends on SIGINT");
        assertEquals(130, process.exitValue());
        out.join();
        assertTrue(lastLine(out.text()).matches("Score: [0-9.]+/3 \\(1 of 3 answered\\)"), out.text());
    }

    @Test
    void item07_writingToAFullDiskIsExitTwoWithOneLine() throws Exception {
        for (List<String> args : List.of(List.of("matrix"), List.of("export", "--format", "json"), List.of("matrix", "--csv"))) {
            ProcessBuilder builder = builder(args).redirectOutput(new File("/dev/full"));
            Process process = builder.start();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(20, TimeUnit.SECONDS));
            assertEquals(2, process.exitValue(), args + ": " + err);
            assertEquals("whoowns: cannot write to standard output: No space left on device\n", err, args.toString());
        }
    }

    @Test
    void item05_answersFromDevZeroEndQuicklyInLittleMemory() throws Exception {
        ProcessBuilder builder = builder(List.of("practice", "--plain", "--seed", "1", "--count", "2"))
                .redirectInput(new File("/dev/zero"));
        builder.command().add(1, "-Xmx64m");
        long started = System.nanoTime();
        Process process = builder.start();
        Collector out = new Collector(process.getInputStream());
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(20, TimeUnit.SECONDS));
        out.join();
        assertEquals(2, process.exitValue(), err);
        assertEquals("whoowns: an answer line is longer than 4096 characters (question 1)\n", err);
        assertEquals("Score: 0/2 (0 of 2 answered)", lastLine(out.text()));
        System.out.printf("practice --plain < /dev/zero: %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    @Test
    void item01_aClosedStdinIsOneLineAndTheScoreLineNeverAStackTrace() throws Exception {
        String command = "exec java -jar '" + Path.of(JAR).toAbsolutePath() + "' practice --plain --seed 7 --count 1 <&-";
        Process process = new ProcessBuilder("sh", "-c", command).start();
        Collector out = new Collector(process.getInputStream());
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(20, TimeUnit.SECONDS));
        out.join();
        assertEquals(2, process.exitValue(), err);
        assertEquals(1, err.lines().count(), err);
        // not "an answer line is too long": the jar the JVM opened on descriptor 0 is not read as answers
        assertEquals("whoowns: input ended before question 1 of 1 was answered\n", err);
        assertTrue(lastLine(out.text()).startsWith("Score: 0/1"), out.text());
    }

    private static Process start(List<String> args) throws IOException {
        return builder(args).start();
    }

    private static ProcessBuilder builder(List<String> args) {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR));
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    /** Reads a process's stdout on its own thread, so the process never blocks on a full pipe. */
    private static final class Collector extends Thread {
        private final InputStream in;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Collector(InputStream in) {
            this.in = in;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            try {
                in.transferTo(new OutputStream() {
                    @Override
                    public void write(int b) {
                        synchronized (bytes) {
                            bytes.write(b);
                        }
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        synchronized (bytes) {
                            bytes.write(b, off, len);
                        }
                    }
                });
            } catch (IOException e) {
                // the process ended
            }
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }
}
