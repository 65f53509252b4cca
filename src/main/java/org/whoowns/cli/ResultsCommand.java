package org.whoowns.cli;

import org.whoowns.export.ResultsCsv;
import org.whoowns.export.ResultsTable;
import org.whoowns.export.XapiStatements;
import org.whoowns.learn.Attempt;
import org.whoowns.learn.LearnerFiles;
import org.whoowns.learn.LearnerLock;
import org.whoowns.learn.ResultStore;
import org.whoowns.learn.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * `whoowns results`: a learner's saved exam attempts as a table, CSV (one row per attempt, the completion
 * record) or xAPI 1.0.3 statements. A format is one entry in {@link #formats}; another listing or a sending
 * step adds an option and a branch in {@link #run}.
 */
final class ResultsCommand implements Command {
    /** Writes attempts in one format. */
    private interface Format {
        String write(List<Attempt> attempts, Site site);
    }

    private static Map<String, Format> formats() {
        Map<String, Format> formats = new LinkedHashMap<>();
        formats.put("table", (attempts, site) -> ResultsTable.write(attempts));
        formats.put("csv", (attempts, site) -> ResultsCsv.write(attempts));
        formats.put("xapi", (attempts, site) -> XapiStatements.write(attempts, site.xapi()));
        return formats;
    }

    @Override
    public String name() {
        return "results";
    }

    @Override
    public Set<String> options() {
        return Set.of("--format", "--learner", "--send", "--auth", "--drills");
    }

    @Override
    public String help() {
        return """
                  whoowns results [--format table|csv|xapi] [--learner NAME]
                                saved exam attempts: CSV one row per attempt, xAPI 1.0.3
                                statements (WHOOWNS_IRI sets their addresses)
                  whoowns results --drills
                                the drills saved (by drill and serve), one line each
                  whoowns results --send URL [--auth KEY:SECRET] [--learner NAME]
                                the xAPI statements to a learning record store, each
                                exactly once (better: WHOOWNS_LRS_AUTH=KEY:SECRET)
                """;
    }

    @Override
    public int run(CommandLine line, Io io) throws UsageException, IOException {
        if (line.flag("--drills")) {
            if (line.option("--format").isPresent() || line.option("--send").isPresent()) {
                throw new UsageException("--drills lists the saved drills: leave out --format and --send");
            }
            DrillResultsList.print(LearnerData.data(io).drills(), io.out());
            return Exit.OK;
        }
        Map<String, Format> formats = formats();
        Site site = Site.of(io.env());
        var url = line.option("--send");
        if (url.isPresent()) {
            if (line.option("--format").isPresent()) {
                throw new UsageException("--send always sends xAPI statements: leave out --format");
            }
            String statements = XapiStatements.write(attempts(line, io), site.xapi());
            return SendResults.run(url.get(), line.option("--auth"), io.env(), LearnerData.of(line, io).data(),
                    statements, io, SendResults.TIMEOUT);
        }
        if (line.option("--auth").isPresent()) {
            throw new UsageException("--auth goes with --send URL");
        }
        Format format = formats.get(line.choice("--format", "table", List.copyOf(formats.keySet())));
        io.out().print(format.write(attempts(line, io), site));
        return Exit.OK;
    }

    /** The learner's attempts, oldest first; none when the learner has no data yet. */
    static List<Attempt> attempts(CommandLine line, Io io) throws UsageException {
        LearnerData who = LearnerData.of(line, io);
        if (!Files.isDirectory(who.data().learner(who.learner()))) {
            return List.of();
        }
        try (LearnerFiles files = LearnerFiles.open(who.data(), who.learner(), LearnerLock.WAIT)) {
            List<Attempt> attempts = ResultStore.open(files, Instant.now()).attempts();
            files.takeNotices().forEach(notice -> io.err().println("whoowns: " + notice));
            return attempts;
        } catch (StoreException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
