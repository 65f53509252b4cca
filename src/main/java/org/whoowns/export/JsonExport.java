package org.whoowns.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Pack;
import org.whoowns.pack.Source;
import org.whoowns.quiz.Choice;
import org.whoowns.quiz.Fill;
import org.whoowns.quiz.Question;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * Questions as JSON: {"pack", "packVersion", "seed", "questions": [...]}, each question with id, kind,
 * prompt, select, choices, answer (0-based indexes), notes, cells, explanation, pitfall and sources: the
 * instructor's answer key and what scripts and tests check answers against (SPEC §4). A matrix-fill also
 * has "fill" (row, column or grid): its choices are the owners and its answer holds one owner index per
 * cell, in the order of "cells". A deal from a learner's progress names the learner.
 */
public final class JsonExport {
    // Never close what we write to: it may be stdout.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private JsonExport() {
    }

    public static void write(Pack pack, long seed, List<Question> questions, Writer out) throws IOException {
        write(pack, seed, Optional.empty(), questions, out);
    }

    /** The questions dealt for {@code learner} from their progress, when given. */
    public static void write(Pack pack, long seed, Optional<String> learner, List<Question> questions, Writer out)
            throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("pack", pack.id());
            json.writeStringField("packVersion", pack.version());
            json.writeNumberField("seed", seed);
            if (learner.isPresent()) {
                json.writeStringField("learner", learner.get());
            }
            json.writeArrayFieldStart("questions");
            for (Question q : questions) {
                question(json, q);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void question(JsonGenerator json, Question q) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", q.id());
        json.writeStringField("kind", q.kind().id());
        json.writeStringField("prompt", q.prompt());
        json.writeStringField("select", q.selectAll() ? "all" : "one");
        json.writeArrayFieldStart("choices");
        for (Choice c : q.choices()) {
            json.writeString(c.text());
        }
        json.writeEndArray();
        if (q.fill().isPresent()) {
            json.writeStringField("fill", q.fill().get().shape().id());
        }
        json.writeArrayFieldStart("answer");
        for (int i : q.fill().map(Fill::answer).orElseGet(q::answer)) {
            json.writeNumber(i);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("notes");
        for (Choice c : q.choices()) {
            json.writeString(c.note());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("cells");
        for (Cell cell : q.cells()) {
            json.writeStartObject();
            json.writeStringField("area", cell.area().name());
            json.writeStringField("model", cell.model().name());
            json.writeStringField("id", cell.id());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("explanation", q.explanation().text());
        if (q.explanation().pitfall().isPresent()) {
            json.writeStringField("pitfall", q.explanation().pitfall().get());
        }
        json.writeArrayFieldStart("sources");
        for (Source s : q.explanation().sources()) {
            json.writeStartObject();
            json.writeStringField("document", s.document().title());
            json.writeStringField("edition", s.document().edition());
            json.writeStringField("section", s.section());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
