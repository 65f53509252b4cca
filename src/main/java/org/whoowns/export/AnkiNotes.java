package org.whoowns.export;

import org.whoowns.pack.Pack;
import org.whoowns.quiz.Choice;
import org.whoowns.quiz.Question;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Questions as an Anki notes file: tab-separated, with the header lines Anki's text importer reads
 * ({@code #separator}, {@code #html}, {@code #notetype}, {@code #deck}, {@code #guid column},
 * {@code #tags column}, {@code #columns}), one Basic note per question. The GUID derives from the pack and
 * the question id, so importing a later export updates the notes instead of duplicating them.
 */
public final class AnkiNotes {
    static final List<String> COLUMNS = List.of("GUID", "Front", "Back", "Tags");

    private AnkiNotes() {
    }

    public static String write(Pack pack, List<Question> questions) {
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n");
        out.append("#html:true\n");
        out.append("#notetype:Basic\n");
        out.append("#deck:whoowns::").append(plain(pack.title())).append('\n');
        out.append("#guid column:1\n");
        out.append("#tags column:4\n");
        out.append("#columns:").append(String.join("\t", COLUMNS)).append('\n');
        for (Question q : questions) {
            out.append(guid(pack, q)).append('\t').append(front(q)).append('\t').append(back(q)).append('\t')
                    .append("whoowns ").append(tag(pack.id())).append(' ').append(q.kind().id()).append('\n');
        }
        return out.toString();
    }

    /** Stable for a pack id and question id: "wo" and 20 hex digits of their SHA-256. */
    static String guid(Pack pack, Question q) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((pack.id() + "\n" + q.id()).getBytes(StandardCharsets.UTF_8));
            return "wo" + HexFormat.of().formatHex(hash).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String front(Question q) {
        StringBuilder html = new StringBuilder(html(q.prompt()));
        html.append(q.selectAll() ? "<br><i>(select all that apply)</i>" : "").append("<ol type=\"A\">");
        for (Choice c : q.choices()) {
            html.append("<li>").append(html(c.text())).append("</li>");
        }
        return html.append("</ol>").toString();
    }

    private static String back(Question q) {
        StringBuilder html = new StringBuilder("<b>");
        List<String> right = q.answer().stream()
                .map(i -> Worksheet.letter(i) + ". " + html(q.choices().get(i).text())).toList();
        html.append(String.join("; ", right)).append("</b><br><br>").append(html(q.explanation().text()));
        q.explanation().pitfall().ifPresent(p -> html.append("<br><br><i>Pitfall:</i> ").append(html(p)));
        html.append("<br><br><small>");
        html.append(String.join("<br>", q.explanation().sourceLines().stream().map(AnkiNotes::html).toList()));
        return html.append("</small>").toString();
    }

    /** Text inside an HTML field: markup escaped, and no tab or line break, which would end the field. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\t", " ").replace("\r", "").replace("\n", "<br>");
    }

    /** A header value or tag stays one word on one line. */
    private static String plain(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String tag(String id) {
        return plain(id).replace(' ', '_');
    }
}
