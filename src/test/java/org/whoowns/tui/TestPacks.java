package org.whoowns.tui;

import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Document;
import org.whoowns.pack.Explanation;
import org.whoowns.pack.Model;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackException;
import org.whoowns.pack.PackLoader;
import org.whoowns.pack.Source;
import org.whoowns.pack.Topic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Packs for tests: the shipped one, and generated ones of any shape (built as records, past the loader). */
final class TestPacks {
    private TestPacks() {
    }

    static Pack shipped() {
        try {
            return PackLoader.loadDefault();
        } catch (PackException e) {
            throw new AssertionError(e);
        }
    }

    /** Names and text with characters the terminal draws two columns wide: Bopomofo, Yi, CJK Compatibility, Han. */
    static final String WIDE = " ㄅㄆㄇ ꀀꀁ ㌀㌁ 漢字";

    /** {@code pack} with two topics for Study's facts page, the second long enough to scroll. */
    static Pack withTopics(Pack pack) {
        Document doc = pack.documents().get(0);
        List<Topic> topics = List.of(
                new Topic("retained", "Always retained", List.of("Your data is always yours.",
                        "Endpoints, accounts and access management stay with you."), List.of(new Source(doc, "Section one"))),
                new Topic("long", "A long topic", java.util.stream.IntStream.range(0, 30)
                        .mapToObj(i -> "Point number " + i + " of the long topic.").toList(), List.of(new Source(doc, "Section one"))));
        return new Pack(pack.id(), pack.version(), pack.title(), pack.description(), pack.documents(), pack.owners(),
                pack.models(), pack.areas(), pack.matrix(), pack.explanations(), pack.questions(), pack.tasks(),
                pack.splits(), topics);
    }

    /**
     * A pack with the given numbers of models, areas and owners. {@code taint} is put into the title, the
     * area names and the explanations (PackLoader would refuse control characters; records do not).
     */
    static Pack shaped(int models, int areas, int owners, String taint) {
        Document doc = new Document("doc", "Test document" + taint, "2024-01-01", List.of("Section one"));
        Source source = new Source(doc, "Section one");
        List<Owner> ownerList = new ArrayList<>();
        for (int o = 0; o < owners; o++) {
            String key = String.valueOf((char) ('A' + o));
            ownerList.add(new Owner("owner-" + o, "Owner " + key + " team", key, "owner " + key));
        }
        List<Model> modelList = new ArrayList<>();
        for (int m = 0; m < models; m++) {
            modelList.add(new Model("model-" + m, "Model number " + m, Optional.empty()));
        }
        List<Area> areaList = new ArrayList<>();
        for (int a = 0; a < areas; a++) {
            areaList.add(new Area("area-" + a, "Area " + a + taint + " of the stack", "area " + a + taint));
        }
        Map<Cell, Owner> matrix = new HashMap<>();
        Map<Cell, Explanation> explanations = new HashMap<>();
        for (int a = 0; a < areas; a++) {
            for (int m = 0; m < models; m++) {
                Cell cell = new Cell(areaList.get(a), modelList.get(m));
                // Ownership moves toward the provider with the model, at a pace that differs per area.
                int rank = Math.min(owners - 1, (m * owners / models + a % 2) % owners);
                matrix.put(cell, ownerList.get(rank));
                explanations.put(cell, new Explanation("Explains area " + a + " under model " + m + taint
                        + ". " + "Further words follow here to make the text wrap. ".repeat(4),
                        Optional.of("Pitfall for area " + a + taint), List.of(source)));
            }
        }
        return new Pack("test-pack", "1", "Test pack" + taint, Optional.of("A generated pack" + taint),
                List.of(doc), ownerList, modelList, areaList, matrix, explanations, List.of(), List.of(), List.of(), List.of());
    }
}
