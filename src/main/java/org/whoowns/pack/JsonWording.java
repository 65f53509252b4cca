package org.whoowns.pack;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON parser's error messages said in plain words for a pack author: what is wrong at the location the
 * problem already names, and how JSON wants it, without the parser's token names, Java types or source excerpt.
 */
final class JsonWording {
    private static final String CHAR = "Unexpected character \\('(.)' \\(code (\\d+)\\)\\)";
    private static final Rule[] RULES = {
            new Rule(CHAR + ":? (?:expected a valid value|maybe a \\(non-standard\\) comment|comments are not allowed).*",
                    m -> cannotStart(m)),
            new Rule(CHAR + ": expected a value.*", m -> "expected a value, found " + shown(m)
                    + (m.group(1).equals("]") ? " (a comma before ']' is not allowed in JSON)" : "")),
            new Rule(CHAR + ": was expecting comma to separate Object entries.*",
                    m -> "expected ',' or '}' after a value, found " + shown(m)),
            new Rule(CHAR + ": was expecting comma to separate Array entries.*",
                    m -> "expected ',' or ']' after a list item, found " + shown(m)),
            new Rule(CHAR + ": was expecting a colon to separate field name and value.*",
                    m -> "expected ':' after the field name, found " + shown(m)),
            new Rule(CHAR + ": was expecting double-quote to start field name.*", m -> m.group(1).equals("}")
                    ? "a comma before '}' is not allowed in JSON"
                    : "expected a field name in double quotes, found " + shown(m) + hint(m.group(1))),
            new Rule(CHAR + ": expected a hex-digit for character escape sequence.*",
                    m -> "a \\u escape needs four hexadecimal digits, found " + shown(m)),
            new Rule(CHAR + " in numeric value: JSON spec does not allow numbers to have plus signs.*",
                    m -> "a number cannot start with '+'"),
            new Rule(CHAR + " in numeric value: expected digit \\(0-9\\) to follow minus sign.*",
                    m -> "'-' must be followed by a digit, found " + shown(m)),
            new Rule(CHAR + " in numeric value: Decimal point not followed by a digit.*",
                    m -> "a decimal point must be followed by a digit, found " + shown(m)),
            new Rule(CHAR + " in numeric value: Exponent indicator not followed by a digit.*",
                    m -> "an exponent ('e') must be followed by a digit, found " + shown(m)),
            new Rule(CHAR + " in numeric value.*", m -> "a malformed number at " + shown(m)),
            new Rule("Invalid numeric value: Leading zeroes not allowed.*", m -> "a number cannot start with 0 (write 1, not 01)"),
            new Rule("Unexpected close marker '(.)': expected '(.)'.*", m -> "'" + m.group(1) + "' where '" + m.group(2)
                    + "' should close the " + (m.group(2).equals("]") ? "list" : "object")),
            new Rule("Unrecognized token '(.*)': was expecting.*", m -> "'" + m.group(1) + "' is not a JSON value "
                    + "(text goes in double quotes; the other values are numbers, true, false and null)"),
            new Rule("Non-standard token '(.*)'.*", m -> "'" + m.group(1) + "' is not a JSON number"),
            new Rule("Unrecognized character escape '(.)' \\(code (\\d+)\\).*", m -> "'\\" + m.group(1)
                    + "' is not a JSON escape (the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)"),
            new Rule("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", m -> "control character "
                    + unicode(m.group(1)) + " inside a string; write a line break as \\n and a tab as \\t"),
            new Rule("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", m -> "control character "
                    + unicode(m.group(1)) + " between values; only spaces, tabs and line breaks may stand there"),
            new Rule("Unexpected end-of-input in VALUE_STRING.*", m -> "the file ends inside a string: a closing '\"' is missing"),
            new Rule("Unexpected end-of-input in field name.*", m -> "the file ends inside a field name: a closing '\"' is missing"),
            new Rule("Unexpected end-of-input: expected close marker for Object.*",
                    m -> "the file ends before an object is closed: a '}' is missing"),
            new Rule("Unexpected end-of-input: expected close marker for Array.*",
                    m -> "the file ends before a list is closed: a ']' is missing"),
            new Rule("Unexpected end-of-input.*", m -> "the file ends in the middle of a value"),
            new Rule("Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\).*",
                    m -> "nested more than " + m.group(2) + " levels deep, the most the pack format allows"),
            new Rule("Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\).*",
                    m -> "a number longer than " + m.group(2) + " characters (the most the pack format allows)"),
            // Jackson counts the length where its buffer filled, which varies: name only the limit.
            new Rule("String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\).*",
                    m -> "a string longer than " + m.group(2) + " characters (the most the pack format allows)"),
            new Rule("Token count \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\).*",
                    m -> "more than " + m.group(2) + " JSON values, names and brackets, far more than a pack needs"),
            new Rule("Name length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)\\).*",
                    m -> "a field name longer than " + m.group(2) + " characters (the most the pack format allows)"),
    };

    private JsonWording() {
    }

    /** The parser's {@code message} in plain words, on one line. */
    static String plain(String message) {
        if (message == null) {
            return "malformed JSON";
        }
        String first = firstLine(message);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(first);
            if (m.matches()) {
                return rule.wording().apply(m);
            }
        }
        return first;
    }

    private static String cannotStart(Matcher m) {
        return shown(m) + " cannot start a JSON value" + (m.group(1).equals(".") ? "; write a digit before the point (0.5)" : hint(m.group(1)));
    }

    /** What an author who typed {@code c} where JSON wants something else probably meant: '#' and '/' start comments. */
    private static String hint(String c) {
        return switch (c) {
            case "#", "/" -> "; comments are not allowed";
            case "'" -> "; text goes in double quotes";
            default -> "";
        };
    }

    /** The character of an "Unexpected character" message, quoted, or as U+XXXX when it is invisible. */
    private static String shown(Matcher m) {
        int code = Integer.parseInt(m.group(2));
        if (code < 0x20 || code == 0x7F) {
            return unicode(m.group(2));
        }
        return m.group(1).equals("'") ? "\"'\"" : "'" + m.group(1) + "'";
    }

    private static String unicode(String decimal) {
        return String.format("U+%04X", Integer.parseInt(decimal));
    }

    /** The message without the source excerpt (which may hold line breaks and names a Java type). */
    private static String firstLine(String message) {
        String m = message;
        int source = m.indexOf("[Source:");
        if (source >= 0) {
            int open = m.lastIndexOf(" (", source);
            m = m.substring(0, open >= 0 ? open : source);
        }
        m = m.replaceAll(", from `[^`]*`", "").replaceAll(": enable `[^`]*` to allow", "");
        int newline = m.indexOf('\n');
        return (newline < 0 ? m : m.substring(0, newline)).strip();
    }

    private record Rule(Pattern pattern, Function<Matcher, String> wording) {
        Rule(String regex, Function<Matcher, String> wording) {
            this(Pattern.compile(regex, Pattern.DOTALL), wording);
        }
    }
}
