package org.whoowns.classroom.ssh;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.keyboard.UserInteraction;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** A scripted student on MINA's own SSH client: logs in, opens a shell, types, and reads what comes back. */
final class Student implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    final ClientSession session;
    final ChannelShell shell;
    final List<String> prompts = new ArrayList<>();
    private final StringBuffer seen = new StringBuffer();
    private final OutputStream keys;
    private Thread reader;

    private Student(ClientSession session, ChannelShell shell) {
        this.session = session;
        this.shell = shell;
        this.keys = shell.getInvertedIn();
    }

    /** Logs in (answering any prompt with {@code answer}); throws if the server refuses the login. */
    static ClientSession login(SshClient client, int port, String user, String answer, List<String> prompts)
            throws IOException {
        ClientSession session = client.connect(user, "127.0.0.1", port).verify(WAIT).getSession();
        session.setUserInteraction(new UserInteraction() {
            @Override
            public String[] interactive(ClientSession s, String name, String instruction, String lang,
                                        String[] prompt, boolean[] echo) {
                prompts.addAll(List.of(prompt));
                String[] replies = new String[prompt.length];
                java.util.Arrays.fill(replies, answer);
                return replies;
            }

            @Override
            public String getUpdatedPassword(ClientSession s, String prompt, String lang) {
                return null;
            }
        });
        try {
            session.auth().verify(WAIT);
        } catch (IOException | RuntimeException e) {
            session.close(true);
            throw e;
        }
        return session;
    }

    static Student join(SshClient client, int port, String user, int columns, int rows) throws IOException {
        List<String> prompts = new ArrayList<>();
        ClientSession session = login(client, port, user, "", prompts);
        Student student = open(session, columns, rows, true);
        student.prompts.addAll(prompts);
        return student;
    }

    static Student open(ClientSession session, int columns, int rows, boolean pty) throws IOException {
        ChannelShell shell = session.createShellChannel();
        shell.setUsePty(pty);
        shell.setPtyType("xterm-256color");
        shell.setPtyColumns(columns);
        shell.setPtyLines(rows);
        shell.open().verify(WAIT);
        Student student = new Student(session, shell);
        student.reader = new Thread(() -> student.pump(shell.getInvertedOut()), "test-student-reader");
        student.reader.setDaemon(true);
        student.reader.start();
        return student;
    }

    /** A student that opens its shell but never reads what the server sends. */
    static Student deaf(SshClient client, int port, String user) throws IOException {
        ClientSession session = login(client, port, user, "", new ArrayList<>());
        ChannelShell shell = session.createShellChannel();
        shell.setPtyType("xterm");
        shell.open().verify(WAIT);
        return new Student(session, shell);
    }

    private void pump(InputStream in) {
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // channel closed
        }
    }

    void type(String text) throws IOException {
        type(text.getBytes(StandardCharsets.UTF_8));
    }

    void type(byte[] bytes) throws IOException {
        keys.write(bytes);
        keys.flush();
    }

    /** Waits until the output contains {@code text}; returns the output so far. */
    String await(String text) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            if (seen.indexOf(text) >= 0) {
                return seen.toString();
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(5); // polling a network peer, not standing in for time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no \"" + text + "\" in \"" + seen + "\"");
    }

    /** Waits until the screen, as a terminal would show it, contains {@code text}; returns that screen. */
    String awaitScreen(String text) {
        long end = System.nanoTime() + WAIT.toNanos();
        String screen = "";
        while (System.nanoTime() < end) {
            screen = TermGrid.render(seen.toString());
            if (screen.contains(text)) {
                return screen;
            }
            try {
                Thread.sleep(20); // polling a network peer, not standing in for time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no \"" + text + "\" on the screen:\n" + screen);
    }

    String output() {
        return seen.toString();
    }

    /**
     * Waits for the server to end the channel and for the reader to take in all it sent; returns the exit
     * status (null if none was sent).
     */
    Integer awaitExit() throws InterruptedException {
        shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
        if (reader != null) {
            reader.join(WAIT.toMillis());
        }
        return shell.getExitStatus();
    }

    @Override
    public void close() throws IOException {
        shell.close(true);
        session.close(true);
    }
}
