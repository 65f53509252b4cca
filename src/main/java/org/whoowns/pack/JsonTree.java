package org.whoowns.pack;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document as a tree that remembers where every value and key stood, so validation can name the
 * line and column of the field at fault. Built on Jackson's streaming parser, which is also cheaper to
 * start than a data-binding mapper. Rejects duplicate keys and anything after the root value. Columns count
 * characters, not bytes, so they match what an editor shows on a line with accented letters.
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
    static final int MAX_NUMBER = 24;
    /** JSON tokens (values, names and brackets) in a pack at most: the shipped pack has about 3,400. */
    static final int MAX_TOKENS = 200_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(64_000)
                    .maxNumberLength(MAX_NUMBER)
                    .maxNameLength(200)
                    // a pack's lists are short (the longest allows 2000 entries); this bounds the tree's memory
                    .maxTokenCount(MAX_TOKENS)
                    .build())
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private JsonTree() {
    }

    static Node parse(byte[] json) throws SyntaxError {
        checkNotWide(json);
        checkUtf8(json);
        Locator locator = new Locator(json);
        try (JsonParser parser = FACTORY.createParser(json)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw new SyntaxError(new Position(1, 1), "", "the file is empty; a pack is a JSON object");
                }
                Node root = read(parser, locator, first, "");
                JsonToken extra;
                try {
                    extra = parser.nextToken();
                } catch (JsonProcessingException e) {
                    extra = JsonToken.NOT_AVAILABLE;
                }
                if (extra != null) {
                    throw new SyntaxError(locator.at(parser.currentTokenLocation()), "",
                            "unexpected content after the end of the pack object");
                }
                return root;
            } catch (JsonProcessingException e) {
                // Limits (nesting, string and number length) come without a location: use the current token's.
                JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
                Position at = locator.at(where);
                String message = JsonWording.plain(e.getOriginalMessage());
                int number = e.getLocation() == null ? numberBefore(json, parser.currentLocation().getByteOffset()) : -1;
                if (number >= 0) {
                    // the parser checks a very long number's length as a string's: say what it is, and where
                    at = position(json, number);
                    message = "a number longer than " + MAX_NUMBER + " characters (the most the pack format allows)";
                } else if (e.getLocation() == null && parser.currentToken() == JsonToken.FIELD_NAME && where.getByteOffset() >= 0) {
                    // a number is read together with its field's name: point at the value, not the name
                    at = position(json, valueAfterName(json, (int) where.getByteOffset()));
                } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Illegal character ((CTRL-CHAR")
                        && where.getByteOffset() > 0) {
                    // a control character between tokens is located just past it: point at it
                    at = position(json, (int) where.getByteOffset() - 1);
                }
                throw new SyntaxError(at, "", message);
            }
        } catch (IOException e) {
            throw new SyntaxError(new Position(1, 1), "", "cannot read: " + e.getMessage());
        }
    }

    /**
     * Rejects UTF-16 and UTF-32, with or without a byte-order mark, which the parser would otherwise detect and
     * read. JSON text starts with an ASCII character, so its first bytes show the encoding (RFC 4627, section 3).
     */
    private static void checkNotWide(byte[] json) throws SyntaxError {
        String encoding = null;
        if (startsWith(json, 0xFF, 0xFE, 0x00, 0x00) || startsWith(json, 0x00, 0x00, 0xFE, 0xFF)) {
            encoding = "UTF-32 (it starts with a UTF-32 byte-order mark)";
        } else if (startsWith(json, 0xFF, 0xFE) || startsWith(json, 0xFE, 0xFF)) {
            encoding = "UTF-16 (it starts with a UTF-16 byte-order mark)";
        } else if (json.length >= 4 && ((json[0] == 0 && json[1] == 0 && json[2] == 0) || (json[1] == 0 && json[2] == 0 && json[3] == 0))) {
            encoding = "UTF-32 (every character takes four bytes, three of them zero)";
        } else if (json.length >= 2 && (json[0] == 0 || json[1] == 0)) {
            encoding = "UTF-16 (every other byte is zero)";
        }
        if (encoding != null) {
            throw new SyntaxError(new Position(1, 1), "", "the pack is " + encoding + ", not UTF-8; save it as UTF-8");
        }
    }

    private static boolean startsWith(byte[] json, int... prefix) {
        if (json.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((json[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Rejects bytes that are not UTF-8, at the first bad byte (Jackson would point past it). */
    private static void checkUtf8(byte[] json) throws SyntaxError {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(json);
        CharBuffer out = CharBuffer.allocate(4096);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
        } while (result.isOverflow());
        if (result.isError()) {
            int bad = in.position();
            throw new SyntaxError(position(json, bad), "", String.format(
                    "byte 0x%02X is not valid UTF-8; save the pack as UTF-8", json[bad] & 0xFF));
        }
    }

    private static Node read(JsonParser parser, Locator locator, JsonToken token, String path) throws IOException, SyntaxError {
        Position at = locator.at(parser.currentTokenLocation());
        switch (token) {
            case START_OBJECT -> {
                Map<String, Member> members = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    Position nameAt = locator.at(parser.currentTokenLocation());
                    String childPath = path.isEmpty() ? name : path + "." + name;
                    if (members.containsKey(name)) {
                        throw new SyntaxError(nameAt, childPath, "duplicate key \"" + name + "\"");
                    }
                    JsonToken valueToken = parser.nextToken();
                    Node value = read(parser, locator, valueToken, valueToken.isStructStart() ? childPath : path);
                    members.put(name, new Member(name, nameAt, value));
                }
                return new Obj(at, members);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    // only containers need their own path (for the errors inside them): scalars, by far the most
                    // values, take none, so a long list makes no string per item
                    items.add(read(parser, locator, t, t.isStructStart() ? path + "[" + items.size() + "]" : path));
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

    /**
     * Jackson's locations as line and column, the column in characters where Jackson counts bytes (and the
     * byte-order mark). Locations come in file order, so it counts on from the last one on the same line:
     * a pack written on one long line costs no more than a formatted one.
     */
    private static final class Locator {
        private final byte[] json;
        private int lineStart = -1;
        private int counted;
        private int characters;

        Locator(byte[] json) {
            this.json = json;
        }

        Position at(JsonLocation location) {
            if (location == null) {
                return new Position(1, 1);
            }
            int line = Math.max(1, location.getLineNr());
            int column = Math.max(1, location.getColumnNr());
            long offset = location.getByteOffset();
            long start = offset - (column - 1);
            if (offset < 0 || start < 0 || offset > json.length) {
                return new Position(line, column);
            }
            int from = start == 0 && hasBom(json) ? (int) Math.min(3, offset) : (int) start;
            if (from != lineStart || offset < counted) {
                lineStart = from;
                counted = from;
                characters = 0;
            }
            for (; counted < offset; counted++) {
                if ((json[counted] & 0xC0) != 0x80) {
                    characters++;
                }
            }
            return new Position(line, characters + 1);
        }
    }

    private static boolean hasBom(byte[] json) {
        return json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF;
    }

    /**
     * The offset where an over-long number ends at {@code offset} begins, or -1 if no number longer than
     * {@link #MAX_NUMBER} characters does: digits and signs back to what precedes a value (not a quote).
     */
    private static int numberBefore(byte[] json, long offset) {
        if (offset <= 0 || offset > json.length) {
            return -1;
        }
        int i = (int) offset;
        while (i > 0 && "0123456789+-.eE".indexOf(json[i - 1]) >= 0) {
            i--;
        }
        boolean quoted = i > 0 && json[i - 1] == '"';
        return !quoted && offset - i > MAX_NUMBER ? i : -1;
    }

    /** The offset where the value of the field whose quoted name starts at {@code offset} begins. */
    private static int valueAfterName(byte[] json, int offset) {
        int i = offset;
        if (i < json.length && json[i] == '"') {
            for (i++; i < json.length && json[i] != '"'; i++) {
                if (json[i] == '\\') {
                    i++;
                }
            }
            i++;
        }
        while (i < json.length && (json[i] == ' ' || json[i] == '\t' || json[i] == '\r' || json[i] == '\n' || json[i] == ':')) {
            i++;
        }
        return Math.min(i, json.length);
    }

    /** Line and column of a byte offset, counted from the start; lines end at LF, CR or CRLF, as Jackson counts them. */
    private static Position position(byte[] json, int offset) {
        int line = 1;
        int column = 1;
        for (int i = hasBom(json) ? 3 : 0; i < offset; i++) {
            byte b = json[i];
            if (b == '\n') {
                if (i == 0 || json[i - 1] != '\r') {
                    line++;
                }
                column = 1;
            } else if (b == '\r') {
                line++;
                column = 1;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Position(line, column);
    }
}
