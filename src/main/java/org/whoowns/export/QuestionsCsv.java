package org.whoowns.export;

import org.whoowns.quiz.Question;

import java.util.ArrayList;
import java.util.List;

/**
 * Questions as RFC 4180 CSV, one row each: id, kind, select, prompt, choices and the correct ones (one per
 * line inside the field), answer indexes (0-based, as in the JSON export), explanation, pitfall, sources.
 */
public final class QuestionsCsv {
    static final List<String> HEADER = List.of("id", "kind", "select", "prompt", "choices", "answer", "correct",
            "explanation", "pitfall", "sources");

    private QuestionsCsv() {
    }

    public static String write(List<Question> questions) {
        StringBuilder out = new StringBuilder(Csv.record(HEADER));
        for (Question q : questions) {
            List<String> indexes = new ArrayList<>();
            q.answer().forEach(i -> indexes.add(String.valueOf(i)));
            out.append(Csv.record(List.of(q.id(), q.kind().id(), q.selectAll() ? "all" : "one", q.prompt(),
                    String.join("\n", q.choices().stream().map(c -> c.text()).toList()),
                    String.join(";", indexes),
                    String.join("\n", q.answer().stream().map(i -> q.choices().get(i).text()).toList()),
                    q.explanation().text(), q.explanation().pitfall().orElse(""),
                    String.join("\n", q.explanation().sourceLines()))));
        }
        return out.toString();
    }
}
