package org.whoowns.export;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {
    @Test
    void fieldsThatASpreadsheetWouldRunAsFormulasAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.field("=HYPERLINK(\"x\")"));
        assertEquals("'+1", Csv.field("+1"));
        assertEquals("'-2", Csv.field("-2"));
        assertEquals("'@SUM(A1)", Csv.field("@SUM(A1)"));
        assertEquals("'\tx", Csv.field("\tx"));
        assertEquals("\"'\r=1\"", Csv.field("\r=1"));
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("Ana", Csv.field("Ana"));
        assertEquals("", Csv.field(""));
        assertEquals("a,'=1,\"x\"\"y\"\r\n", Csv.record(List.of("a", "=1", "x\"y")));
        for (String field : List.of("=1", "+1", "-1", "@x", "\tx", "\rx")) {
            assertEquals("'" + field, Csv.inert(field));
        }
        assertEquals("x=1", Csv.inert("x=1"));
    }
}
