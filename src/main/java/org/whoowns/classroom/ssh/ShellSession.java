package org.whoowns.classroom.ssh;

import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.session.ServerSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The shell channel of one SSH connection: checks that a terminal was asked for and that there is room,
 * then runs the {@link SessionHandler} on a thread of its own and ends the channel when it returns.
 */
final class ShellSession implements Command, StudentLink {
    static final String NO_TERMINAL = "whoowns needs a terminal: connect again without -T (or with -t).\r\n";
    static final String FULL = "The room is full. Ask the instructor, then connect again.\r\n";
    static final String ONE_PER_CONNECTION = "One drill per connection.\r\n";

    private final SessionHandler handler;
    private final Admission admission;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private ChannelSession channel;
    private volatile PtySize size = PtySize.FALLBACK;
    private volatile Consumer<PtySize> resized = s -> { };
    private String user = "";
    private String term = "";
    private volatile boolean admitted;

    ShellSession(SessionHandler handler, Admission admission) {
        this.handler = handler;
        this.admission = admission;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = new SequenceCap(in);
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // a drill screen has no separate error stream
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        this.channel = channel;
        ServerSession session = channel.getServerSession();
        user = session.getUsername() == null ? "" : session.getUsername();
        String t = env.getEnv().get(Environment.ENV_TERM);
        term = t == null ? "" : t;
        size = PtySize.of(env.getEnv().get(Environment.ENV_COLUMNS), env.getEnv().get(Environment.ENV_LINES));
        // Runs on an SSH I/O thread after COLUMNS/LINES are updated: only record and pass on.
        env.addSignalListener((ch, signal) -> {
            size = PtySize.of(env.getEnv().get(Environment.ENV_COLUMNS), env.getEnv().get(Environment.ENV_LINES));
            resized.accept(size);
        }, Signal.WINCH);
        String refusal = term.isEmpty() ? NO_TERMINAL
                : !admission.enter(session) ? (admission.isFull() ? FULL : ONE_PER_CONNECTION) : null;
        admitted = refusal == null;
        Thread thread = new Thread(() -> run(refusal), "whoowns-student-" + session.getIoSession().getId());
        thread.setDaemon(true);
        thread.start();
    }

    private void run(String refusal) {
        int status = 0;
        try {
            if (refusal != null) {
                out.write(refusal.getBytes(StandardCharsets.UTF_8));
                out.flush();
                status = 1;
            } else {
                handler.serve(this);
            }
        } catch (Exception | Error e) {
            // A closed channel or a stuck client ends this student's session only; the room carries on.
            status = 1;
        } finally {
            exit.onExit(status);
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        if (admitted) {
            admitted = false;
            admission.leave(channel.getServerSession());
        }
        closeQuietly();
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public String term() {
        return term;
    }

    @Override
    public InputStream input() {
        return in;
    }

    @Override
    public OutputStream output() {
        return out;
    }

    @Override
    public PtySize size() {
        return size;
    }

    @Override
    public void onResize(Consumer<PtySize> listener) {
        resized = listener;
    }

    @Override
    public void close() {
        channel.close(false);
    }

    private void closeQuietly() {
        try {
            in.close();
        } catch (IOException ignored) {
            // already closed with the channel
        }
    }
}
