package org.whoowns.learn;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Learner files as plain JSON values (Map, List, String, Long, Double, Boolean, null) over Jackson's
 * streaming API, which starts far cheaper than a data-binding mapper; typed reads name the field at fault.
 */
final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    /** A document that is not JSON, or not the shape expected: the message says where. */
    static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;

        Bad(String message) {
            super(message);
        }
    }

    static Object parse(String text) throws Bad {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new Bad("empty file");
            }
            Object value = value(parser);
            if (parser.nextToken() != null) {
                throw new Bad(at(parser) + ": text after the JSON value");
            }
            return value;
        } catch (JsonProcessingException e) {
            // Jackson's limits (nesting deeper than 1000, numbers too long) report no location.
            String where = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
            throw new Bad(where + message.lines().findFirst().orElse("bad JSON"));
        } catch (IOException e) {
            throw new Bad(e.getMessage());
        }
    }

    private static Object value(JsonParser parser) throws IOException, Bad {
        switch (parser.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    map.put(name, value(parser));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser));
                }
                return list;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT -> {
                return parser.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                return parser.getDoubleValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new Bad(at(parser) + ": unexpected " + parser.currentToken());
        }
    }

    private static String at(JsonParser parser) {
        return "line " + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr();
    }

    /** Pretty JSON text of a value built from maps, lists, strings, numbers, booleans and nulls. */
    static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            write(json, value);
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory", e);
        }
        return out.append('\n').toString();
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                json.writeFieldName((String) e.getKey());
                write(json, e.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass());
        }
    }

    // Typed reads. `path` names the value in messages: "reviews[3].at".

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value, String path) throws Bad {
        if (value instanceof Map<?, ?>) {
            return (Map<String, Object>) value;
        }
        throw new Bad(path + ": expected an object");
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Map<String, Object> map, String key, String path) throws Bad {
        Object value = required(map, key, path);
        if (value instanceof List<?>) {
            return (List<Object>) value;
        }
        throw new Bad(path + "." + key + ": expected an array");
    }

    static Map<String, Object> object(Map<String, Object> map, String key, String path) throws Bad {
        return object(required(map, key, path), path + "." + key);
    }

    static String string(Map<String, Object> map, String key, String path) throws Bad {
        return string(required(map, key, path), path + "." + key);
    }

    static String string(Object value, String path) throws Bad {
        if (value instanceof String s) {
            return s;
        }
        throw new Bad(path + ": expected a string");
    }

    static long integer(Map<String, Object> map, String key, String path) throws Bad {
        return integer(required(map, key, path), path + "." + key);
    }

    static long integer(Object value, String path) throws Bad {
        if (value instanceof Long n) {
            return n;
        }
        throw new Bad(path + ": expected a whole number");
    }

    static double number(Map<String, Object> map, String key, String path) throws Bad {
        if (required(map, key, path) instanceof Number n) {
            return n.doubleValue();
        }
        throw new Bad(path + "." + key + ": expected a number");
    }

    static boolean bool(Map<String, Object> map, String key, String path) throws Bad {
        if (required(map, key, path) instanceof Boolean b) {
            return b;
        }
        throw new Bad(path + "." + key + ": expected true or false");
    }

    static Instant instant(Map<String, Object> map, String key, String path) throws Bad {
        String text = string(map, key, path);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new Bad(path + "." + key + ": '" + text + "' is not an ISO 8601 instant");
        }
    }

    private static Object required(Map<String, Object> map, String key, String path) throws Bad {
        if (!map.containsKey(key)) {
            throw new Bad(path + ": missing field '" + key + "'");
        }
        return map.get(key);
    }
}
