package org.whoowns.pack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document as a tree that remembers where every value and key stood, so validation can name the
 * line and column of the field at fault. Built on Jackson's streaming parser, which is also cheaper to
 * start than a data-binding mapper. Rejects duplicate keys and anything after the root value.
 */
final class JsonTree {

    record Position(int line, int column) {
    }

    sealed interface Node {
        Position at();
    }

    record Member(String name, Position nameAt, Node value) {
    }

    record Obj(Position at, Map<String, Member> members) implements Node {
    }

    record Arr(Position at, List<Node> items) implements Node {
    }

    record Str(Position at, String value) implements Node {
    }

    /** A number; {@code integral} is false for fractions and exponents. */
    record Num(Position at, long value, boolean integral) implements Node {
    }

    record Bool(Position at, boolean value) implements Node {
    }

    record Null(Position at) implements Node {
    }

    /** A document that is not well-formed JSON, or breaks a rule the tree enforces (duplicate keys). */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final Position at;
        final String path;

        SyntaxError(Position at, String path, String message) {
            super(message);
            this.at = at;
            this.path = path;
        }
    }

    static final int MAX_DEPTH = 32;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(64_000)
                    .maxNumberLength(24)
                    .build())
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private JsonTree() {
    }

    static Node parse(byte[] json) throws SyntaxError {
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SyntaxError(new Position(1, 1), "", "the file is empty; a pack is a JSON object");
            }
            Node root = read(parser, first, "");
            JsonToken extra;
            try {
                extra = parser.nextToken();
            } catch (JsonProcessingException e) {
                extra = JsonToken.NOT_AVAILABLE;
            }
            if (extra != null) {
                throw new SyntaxError(position(parser.currentTokenLocation()), "",
                        "unexpected content after the end of the pack object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new SyntaxError(position(e.getLocation()), "", firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new SyntaxError(new Position(1, 1), "", "cannot read: " + e.getMessage());
        }
    }

    private static Node read(JsonParser parser, JsonToken token, String path) throws IOException, SyntaxError {
        Position at = position(parser.currentTokenLocation());
        switch (token) {
            case START_OBJECT -> {
                Map<String, Member> members = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    Position nameAt = position(parser.currentTokenLocation());
                    String childPath = path.isEmpty() ? name : path + "." + name;
                    if (members.containsKey(name)) {
                        throw new SyntaxError(nameAt, childPath, "duplicate key \"" + name + "\"");
                    }
                    Node value = read(parser, parser.nextToken(), childPath);
                    members.put(name, new Member(name, nameAt, value));
                }
                return new Obj(at, members);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    items.add(read(parser, t, path + "[" + items.size() + "]"));
                }
                return new Arr(at, items);
            }
            case VALUE_STRING -> {
                return new Str(at, parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                try {
                    return new Num(at, parser.getLongValue(), true);
                } catch (JsonProcessingException tooBig) {
                    return new Num(at, Long.MAX_VALUE, false);
                }
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Num(at, 0, false);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Bool(at, token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return new Null(at);
            }
            default -> throw new SyntaxError(at, path, "unexpected " + token);
        }
    }

    private static Position position(JsonLocation location) {
        if (location == null) {
            return new Position(1, 1);
        }
        return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "malformed JSON";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
