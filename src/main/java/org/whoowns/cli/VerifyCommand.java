package org.whoowns.cli;

import org.whoowns.learn.Certificate;
import org.whoowns.learn.Learner;
import org.whoowns.learn.LearnerFiles;
import org.whoowns.learn.LearnerLock;
import org.whoowns.learn.ResultStore;
import org.whoowns.learn.StoreException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * `whoowns verify CERTIFICATE`: checks a certificate against the saved attempt it names, in the results of
 * the learner it names (or {@code --learner}). Exit 0 valid, 2 not valid; one line says why.
 */
final class VerifyCommand implements Command {
    /** A certificate is a few hundred bytes; anything much larger is not one. */
    static final int MAX_BYTES = 64 * 1024;

    @Override
    public String name() {
        return "verify";
    }

    @Override
    public Set<String> options() {
        return Set.of("--learner");
    }

    @Override
    public boolean takesFiles() {
        return true;
    }

    @Override
    public String missingFiles() {
        return "verify needs a certificate file, e.g. whoowns verify ~/.local/share/whoowns/ada/certificates/WO-1234.md";
    }

    @Override
    public String help() {
        return """
                  whoowns verify CERTIFICATE [--learner NAME]
                                checks a certificate against the saved attempt; exit 0
                                valid, 2 not (one line says why)
                """;
    }

    @Override
    public int run(CommandLine line, Io io) throws UsageException, IOException {
        if (line.files().size() != 1) {
            throw new UsageException("verify takes one certificate file, not " + line.files().size());
        }
        Path file = Path.of(line.files().get(0));
        String shown = CommandLine.shown(file.toString());
        String text = read(file, shown);
        Optional<String> named = line.option("--learner").or(() -> Certificate.learnerId(text));
        if (named.isEmpty() || Learner.problem(named.get()).isPresent()) {
            throw new UsageException(shown + " is not valid: it names no learner (a Learner line ending in (id))");
        }
        LearnerData who = LearnerData.of(named, io);
        if (!Files.isDirectory(who.data().learner(who.learner()))) {
            throw new UsageException(shown + " is not valid: learner " + who.learner().name() + " has no saved results in "
                    + who.data().root());
        }
        Certificate.Verdict verdict;
        try (LearnerFiles files = LearnerFiles.open(who.data(), who.learner(), LearnerLock.WAIT)) {
            verdict = Certificate.verify(text, ResultStore.open(files, Instant.now()));
            files.takeNotices().forEach(notice -> io.err().println("whoowns: " + notice));
        } catch (StoreException e) {
            throw new UsageException(e.getMessage());
        }
        if (!verdict.valid()) {
            throw new UsageException(shown + " is not valid: " + verdict.message());
        }
        io.out().println(CommandLine.shown(file.toString()) + " is " + verdict.message());
        return Exit.OK;
    }

    private static String read(Path file, String shown) throws IOException, UsageException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new UsageException(shown + " is not valid: larger than " + MAX_BYTES / 1024 + " KB, so not a whoowns certificate");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UsageException(shown + " is not valid: not UTF-8 text");
        }
    }
}
