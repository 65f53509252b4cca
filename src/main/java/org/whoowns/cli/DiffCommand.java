package org.whoowns.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackDiff;
import org.whoowns.pack.PackException;
import org.whoowns.pack.PackLoader;
import org.whoowns.pack.TerminalText;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** `whoowns diff OLD NEW`: what changed between two editions of a pack, as text or JSON. */
final class DiffCommand implements Command {
    @Override
    public String name() {
        return "diff";
    }

    @Override
    public Set<String> options() {
        return Set.of("--format");
    }

    @Override
    public boolean takesFiles() {
        return true;
    }

    @Override
    public String help() {
        return """
                  whoowns diff OLD NEW [--format text|json]
                                what changed between two editions of a pack: owners of
                                cells, areas and models, explanations and sources
                """;
    }

    @Override
    public int run(CommandLine line, Io io) throws UsageException, PackException, IOException {
        String format = line.choice("--format", "text", List.of("text", "json"));
        if (line.files().size() != 2) {
            throw new UsageException("diff takes two pack files, the old edition and the new one");
        }
        Pack old = PackLoader.load(Path.of(line.files().get(0)));
        Pack now = PackLoader.load(Path.of(line.files().get(1)));
        PackDiff diff = PackDiff.between(old, now);
        if (format.equals("json")) {
            io.out().print(json(old, now, diff));
        } else {
            // names come from the packs: each line through the terminal sanitizer
            text(old, now, diff).lines().forEach(l -> io.out().println(TerminalText.clean(l)));
        }
        return Exit.OK;
    }

    static String text(Pack old, Pack now, PackDiff diff) {
        StringBuilder out = new StringBuilder();
        out.append(old.id()).append(' ').append(old.version()).append(" -> ").append(now.id()).append(' ')
                .append(now.version()).append('\n');
        if (diff.isEmpty()) {
            return out.append("No change in owners, areas, models, explanations or sources.\n").toString();
        }
        if (!diff.owners().isEmpty()) {
            out.append("Owner changed (").append(diff.owners().size()).append("):\n");
            diff.owners().forEach(c -> out.append("  ").append(c.area()).append(" / ").append(c.model()).append(" (")
                    .append(c.cell()).append("): ").append(c.before()).append(" -> ").append(c.after()).append('\n'));
        }
        list(out, "Areas added", diff.areasAdded());
        list(out, "Areas removed", diff.areasRemoved());
        list(out, "Models added", diff.modelsAdded());
        list(out, "Models removed", diff.modelsRemoved());
        list(out, "Explanation changed", diff.explanationsChanged());
        list(out, "Sources changed", diff.sourcesChanged());
        return out.toString();
    }

    private static void list(StringBuilder out, String what, List<String> ids) {
        if (!ids.isEmpty()) {
            out.append(what).append(" (").append(ids.size()).append("): ").append(String.join(", ", ids)).append('\n');
        }
    }

    static String json(Pack old, Pack now, PackDiff diff) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            edition(json, "old", old);
            edition(json, "new", now);
            json.writeArrayFieldStart("ownerChanged");
            for (PackDiff.OwnerChange c : diff.owners()) {
                json.writeStartObject();
                json.writeStringField("cell", c.cell());
                json.writeStringField("area", c.area());
                json.writeStringField("model", c.model());
                json.writeStringField("old", c.before());
                json.writeStringField("new", c.after());
                json.writeEndObject();
            }
            json.writeEndArray();
            ids(json, "areasAdded", diff.areasAdded());
            ids(json, "areasRemoved", diff.areasRemoved());
            ids(json, "modelsAdded", diff.modelsAdded());
            ids(json, "modelsRemoved", diff.modelsRemoved());
            ids(json, "explanationChanged", diff.explanationsChanged());
            ids(json, "sourcesChanged", diff.sourcesChanged());
            json.writeEndObject();
        }
        return text.append('\n').toString();
    }

    private static void edition(JsonGenerator json, String field, Pack pack) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("id", pack.id());
        json.writeStringField("version", pack.version());
        json.writeEndObject();
    }

    private static void ids(JsonGenerator json, String field, List<String> ids) throws IOException {
        json.writeArrayFieldStart(field);
        for (String id : ids) {
            json.writeString(id);
        }
        json.writeEndArray();
    }
}
