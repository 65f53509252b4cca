package org.whoowns.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 records, the one CSV writer: fields joined by commas, quoted when they hold a comma, quote or
 * line break. A field a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
 * leading single quote, as OWASP recommends against CSV injection.
 */
final class Csv {
    private Csv() {
    }

    static String record(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
