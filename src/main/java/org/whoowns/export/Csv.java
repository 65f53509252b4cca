package org.whoowns.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 records, the one CSV writer (exports, exam results, drill results): fields joined by commas,
 * quoted when they hold a comma, quote or line break, each record ended by CRLF.
 */
public final class Csv {
    private Csv() {
    }

    public static String record(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String value) {
        String safe = inert(value);
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    /**
     * A spreadsheet runs a field that starts with = + - @ (or a tab or CR before one) as a formula, so a player
     * named "=HYPERLINK(...)" would run code on the reader's machine: such fields get a leading apostrophe
     * (OWASP's advice against CSV injection). Numbers we write are never negative, so no real value changes.
     */
    static String inert(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
