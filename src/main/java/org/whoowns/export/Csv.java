package org.whoowns.export;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 records: fields joined by commas, quoted when they hold a comma, quote or line break. */
final class Csv {
    private Csv() {
    }

    static String record(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
