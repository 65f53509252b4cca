package org.whoowns.export;

import org.whoowns.pack.Pack;
import org.whoowns.quiz.Choice;
import org.whoowns.quiz.Kind;
import org.whoowns.quiz.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Questions in Moodle's GIFT format (shared/notes/interop.md): a {@code $CATEGORY} block per kind, then per
 * question an id comment, a title, the stem and its answers with per-answer feedback and the explanation and
 * sources as general feedback. Select-all questions are multiple-answer with weights from Moodle's list.
 */
public final class Gift {
    /** Moodle's fixed grade list (question/format/gift/format.php accepts only these, within 1e-5). */
    static final double[] GRADES = {100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
            16.66667, 14.28571, 12.5, 11.11111, 10, 5};

    private Gift() {
    }

    public static String write(Pack pack, List<Question> questions) {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(line(pack.title())).append(" (").append(line(pack.id())).append(' ')
                .append(line(pack.version())).append("), exported by whoowns\n\n");
        Kind category = null;
        for (Question q : questions) {
            if (q.kind() != category) {
                category = q.kind();
                out.append("$CATEGORY: $course$/top/whoowns/").append(slug(pack.id())).append('/')
                        .append(category.id()).append("\n\n");
            }
            question(out, q);
        }
        return out.toString();
    }

    private static void question(StringBuilder out, Question q) {
        out.append("// [id:").append(line(q.id())).append("] [tag:").append(q.kind().id()).append("]\n");
        out.append("::").append(escape(q.id())).append("::").append(escape(q.prompt())).append(" {\n");
        if (isTrueFalse(q)) {
            boolean truth = q.choices().get(0).correct();
            Choice right = q.choices().get(truth ? 0 : 1);
            Choice wrong = q.choices().get(truth ? 1 : 0);
            // Moodle's order: the feedback shown for a wrong answer first, then the one for a right answer.
            out.append(truth ? "TRUE" : "FALSE").append('#').append(escape(wrong.note()))
                    .append('#').append(escape(right.note())).append('\n');
        } else if (q.selectAll()) {
            long rights = q.choices().stream().filter(Choice::correct).count();
            String weight = weight(100.0 / rights);
            for (Choice c : q.choices()) {
                out.append("~%").append(c.correct() ? "" : "-").append(weight).append('%').append(escape(c.text()));
                feedback(out, c);
            }
        } else {
            for (Choice c : q.choices()) {
                out.append(c.correct() ? '=' : '~').append(escape(c.text()));
                feedback(out, c);
            }
        }
        out.append("####").append(escape(general(q))).append("\n}\n\n");
    }

    /** True/false as Moodle's own type: exactly the choices True and False, in that order. */
    static boolean isTrueFalse(Question q) {
        return q.kind() == Kind.TRUE_FALSE && q.choices().size() == 2
                && q.choices().get(0).text().equals("True") && q.choices().get(1).text().equals("False");
    }

    private static void feedback(StringBuilder out, Choice c) {
        if (!c.note().isEmpty()) {
            out.append('#').append(escape(c.note()));
        }
        out.append('\n');
    }

    /** The explanation, the pitfall and the sources, one paragraph each. */
    private static String general(Question q) {
        List<String> parts = new ArrayList<>();
        parts.add(q.explanation().text());
        q.explanation().pitfall().ifPresent(p -> parts.add("Pitfall: " + p));
        parts.add("Sources: " + String.join("; ", q.explanation().sourceLines()));
        return String.join("\n\n", parts);
    }

    /** The grade on Moodle's list nearest to {@code percent}, as written in GIFT; it must be within 1e-5. */
    static String weight(double percent) {
        for (double grade : GRADES) {
            if (Math.abs(grade - percent) < 1e-5) {
                String text = String.format(Locale.ROOT, "%.5f", grade);
                return text.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
        }
        throw new IllegalArgumentException(percent + " % is not on Moodle's grade list");
    }

    /**
     * Text as GIFT reads it back: the backslash and {@code ~ = # { } :} escaped, a line break as {@code \n}.
     * Strict parsers reject an unescaped colon even in feedback, so nothing is left out.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A comment stays on its line. */
    private static String line(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    /** A category path segment: no slash, which would open another level. */
    private static String slug(String id) {
        return id.replace('/', '-');
    }
}
