package org.whoowns.export;

import org.whoowns.pack.Area;
import org.whoowns.pack.Model;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;
import org.whoowns.quiz.Choice;
import org.whoowns.quiz.Question;

import java.util.List;

/**
 * A printable Markdown worksheet: a name line, numbered questions with boxes to tick, a blank matrix to
 * fill; with the key, a page-break hint and the answer key with explanations and sources.
 */
public final class Worksheet {
    /** A page break for the tools that honour it (HTML, Pandoc to HTML/PDF, most Markdown printers). */
    static final String PAGE_BREAK = "<div style=\"page-break-before: always\"></div>";

    private Worksheet() {
    }

    public static String write(Pack pack, long seed, List<Question> questions, boolean withKey) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(pack.title())).append(": worksheet\n\n");
        out.append("Name: ______________________________  Date: ______________\n\n");
        out.append("Pack ").append(escape(pack.id())).append(' ').append(escape(pack.version()))
                .append(", seed ").append(seed).append(", ").append(questions.size())
                .append(questions.size() == 1 ? " question" : " questions").append(".\n\n");
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            out.append("## ").append(i + 1).append(". ").append(escape(q.prompt())).append("\n\n");
            out.append(q.selectAll() ? "*Tick all that apply.*" : "*Tick one.*").append("\n\n");
            for (int c = 0; c < q.choices().size(); c++) {
                out.append("- [ ] ").append(letter(c)).append(". ").append(escape(q.choices().get(c).text())).append('\n');
            }
            out.append('\n');
        }
        out.append("## ").append(questions.size() + 1).append(". Fill in the matrix\n\n");
        out.append("Write a key in every cell: ");
        List<String> keys = pack.owners().stream().map(o -> "**" + escape(o.key()) + "** " + escape(o.name())).toList();
        out.append(String.join(", ", keys)).append(".\n\n");
        matrix(out, pack, false);
        if (withKey) {
            out.append('\n').append(PAGE_BREAK).append("\n\n");
            key(out, pack, questions);
        }
        return out.toString();
    }

    private static void key(StringBuilder out, Pack pack, List<Question> questions) {
        out.append("# Answer key\n\n");
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            out.append("## ").append(i + 1).append(". ");
            List<String> right = q.answer().stream()
                    .map(c -> letter(c) + ". " + escape(q.choices().get(c).text())).toList();
            out.append(String.join("; ", right)).append("\n\n");
            out.append(escape(q.explanation().text())).append("\n\n");
            q.explanation().pitfall().ifPresent(p -> out.append("**Pitfall:** ").append(escape(p)).append("\n\n"));
            out.append("Sources:\n\n");
            q.explanation().sourceLines().forEach(s -> out.append("- ").append(escape(s)).append('\n'));
            out.append('\n');
        }
        out.append("## ").append(questions.size() + 1).append(". The matrix\n\n");
        matrix(out, pack, true);
    }

    /** The matrix as a table, blank or filled with each owner's key and name. */
    private static void matrix(StringBuilder out, Pack pack, boolean filled) {
        out.append("| Area |");
        pack.models().forEach(m -> out.append(' ').append(escape(m.name())).append(" |"));
        out.append("\n|---|");
        pack.models().forEach(m -> out.append("---|"));
        out.append('\n');
        for (Area area : pack.areas()) {
            out.append("| ").append(escape(area.name())).append(" |");
            for (Model model : pack.models()) {
                Owner owner = pack.owner(area, model);
                out.append(filled ? " " + escape(owner.key()) + " " + escape(owner.name()) + " |" : "     |");
            }
            out.append('\n');
        }
    }

    static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** Text shown as itself: every character Markdown (CommonMark or GFM tables) would read as markup escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>|#~&!".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? ' ' : c);
        }
        return out.toString();
    }
}
