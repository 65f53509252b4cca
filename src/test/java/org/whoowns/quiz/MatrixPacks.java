package org.whoowns.quiz;

import org.whoowns.pack.Pack;
import org.whoowns.pack.TestPacks;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs of any shape for generator edge cases, written as JSON and loaded through the real loader:
 * model ids m1..mN, area ids a1..aN, owner ids as given (customer's end first), one explanation per cell.
 */
final class MatrixPacks {
    private MatrixPacks() {
    }

    /** {@code rows[a][m]} is the owner id of area a under model m. */
    static Pack build(int models, List<String> owners, String[][] rows) {
        StringBuilder json = new StringBuilder("{\"format\": 1, \"id\": \"edge\", \"version\": \"1\", \"title\": \"Edge case\",\n");
        json.append("\"documents\": [{\"id\": \"d\", \"title\": \"Doc\", \"edition\": \"2020\", \"sections\": [\"S\"]}],\n");
        List<String> items = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            String id = owners.get(i);
            items.add("{\"id\": \"" + id + "\", \"name\": \"" + name(id) + "\", \"key\": \"" + (char) ('A' + i)
                    + "\", \"holder\": \"the " + id + " team\"}");
        }
        json.append("\"owners\": [").append(String.join(",\n", items)).append("],\n");
        items.clear();
        for (int m = 1; m <= models; m++) {
            items.add("{\"id\": \"m" + m + "\", \"name\": \"Model " + m + "\"}");
        }
        json.append("\"models\": [").append(String.join(",\n", items)).append("],\n");
        items.clear();
        List<String> explanations = new ArrayList<>();
        for (int a = 0; a < rows.length; a++) {
            List<String> cells = new ArrayList<>();
            for (int m = 0; m < models; m++) {
                cells.add("\"m" + (m + 1) + "\": \"" + rows[a][m] + "\"");
                explanations.add("{\"areas\": [\"a" + (a + 1) + "\"], \"models\": [\"m" + (m + 1) + "\"], \"text\": \"Area "
                        + (a + 1) + " under model " + (m + 1) + ".\", \"sources\": [{\"document\": \"d\", \"section\": \"S\"}]}");
            }
            items.add("{\"id\": \"a" + (a + 1) + "\", \"name\": \"Area " + (a + 1) + "\", \"cells\": {" + String.join(", ", cells) + "}}");
        }
        json.append("\"areas\": [").append(String.join(",\n", items)).append("],\n");
        json.append("\"explanations\": [").append(String.join(",\n", explanations)).append("]}\n");
        return TestPacks.parse("edge.json", json.toString());
    }

    private static String name(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
}
