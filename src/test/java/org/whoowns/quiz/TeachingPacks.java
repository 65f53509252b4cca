package org.whoowns.quiz;

import org.whoowns.pack.Area;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Explanation;
import org.whoowns.pack.Model;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;
import org.whoowns.pack.Source;
import org.whoowns.pack.Split;
import org.whoowns.pack.Task;
import org.whoowns.pack.TestPacks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Packs with what the teaching kinds need (sentence places, the cloud flag, tasks, splits), built in Java
 * until the loader reads them: the shipped matrix, and a differently shaped one (3 models, 6 areas, 4 owners).
 */
final class TeachingPacks {
    private TeachingPacks() {
    }

    /** The shipped pack, its on-premises column read "in an on-premises datacenter" and not a cloud model. */
    static Pack azure() {
        Pack pack = remodel(TestPacks.shipped(), m -> m.id().equals("on-premises")
                ? new Model(m.id(), m.name(), m.longName(), "in an on-premises datacenter", false)
                : new Model(m.id(), m.name(), m.longName(), "under " + m.name(), true));
        List<Task> tasks = List.of(
                task(pack, "leaver", "identities-and-users", "removes a departing employee's access"),
                task(pack, "failed-server", "physical-hosts", "replaces a failed physical server"),
                task(pack, "encryption", "customer-data", "decides whether data is encrypted"),
                task(pack, "os-patches", "operating-system", "patches the operating system"),
                task(pack, "laptops", "client-devices", "protects the laptops staff work on"),
                task(pack, "switches", "physical-network", "looks after the routers, switches and cables"));
        List<Split> splits = List.of(
                split(pack, "applications", List.of("paas", "saas"), Map.of(
                        "customer", List.of("application configuration", "code security", "access controls to the application"),
                        "microsoft", List.of("parts of the application stack"))),
                split(pack, "network-controls", List.of("paas"), Map.of(
                        "customer", List.of("application-level network controls"),
                        "microsoft", List.of("baseline network security"))),
                split(pack, "client-devices", List.of("saas"), Map.of(
                        "customer", List.of("endpoint protection and compliance"),
                        "microsoft", List.of("device-management capabilities"))));
        return teach(pack, tasks, splits);
    }

    /** 3 models (a non-cloud colocation column, two cloud ones), 6 areas, 4 owners. */
    static Pack fourOwners() {
        Pack base = MatrixPacks.build(3, List.of("team", "mostly-team", "mostly-vendor", "vendor"), new String[][] {
                {"team", "team", "team"},
                {"team", "mostly-team", "mostly-vendor"},
                {"team", "mostly-vendor", "vendor"},
                {"team", "vendor", "vendor"},
                {"team", "team", "mostly-team"},
                {"team", "vendor", "vendor"}});
        Pack pack = remodel(base, m -> switch (m.id()) {
            case "m1" -> new Model("m1", "Colocation", Optional.empty(), "in a colocation facility", false);
            case "m2" -> new Model("m2", "Managed", Optional.empty(), "on the managed platform", true);
            default -> new Model("m3", "Serverless", Optional.empty(), "on serverless functions", true);
        });
        List<Task> tasks = List.of(
                task(pack, "backups", "a1", "backs up the data"),
                task(pack, "disk", "a4", "replaces a failed disk"),
                task(pack, "keys", "a2", "rotates the keys"),
                task(pack, "firewall", "a3", "opens a firewall port"));
        List<Split> splits = List.of(
                split(pack, "a2", List.of("m2", "m3"), Map.of(
                        "team", List.of("writes the code"),
                        "mostly-team", List.of("reviews the code"),
                        "vendor", List.of("patches the runtime"))),
                split(pack, "a3", List.of("m2"), Map.of(
                        "team", List.of("sets the firewall rules"),
                        "vendor", List.of("runs the baseline protection"))));
        return teach(pack, tasks, splits);
    }

    private static Task task(Pack pack, String id, String area, String text) {
        Area a = QuestionChecks.area(pack, area);
        return new Task(id, a, text, List.of(), List.of(source(pack, a)));
    }

    private static Split split(Pack pack, String area, List<String> models, Map<String, List<String>> parts) {
        Area a = QuestionChecks.area(pack, area);
        List<Split.Part> list = pack.owners().stream().filter(o -> parts.containsKey(o.id()))
                .flatMap(o -> parts.get(o.id()).stream().map(t -> new Split.Part(o, t))).toList();
        return new Split(a, models.stream().map(m -> QuestionChecks.model(pack, m)).toList(), list, List.of(source(pack, a)));
    }

    private static Source source(Pack pack, Area area) {
        return pack.explanation(new Cell(area, pack.models().get(pack.models().size() - 1))).sources().get(0);
    }

    private static Pack remodel(Pack pack, Function<Model, Model> change) {
        Map<Model, Model> models = new HashMap<>();
        pack.models().forEach(m -> models.put(m, change.apply(m)));
        Map<Cell, Owner> matrix = new HashMap<>();
        Map<Cell, Explanation> explanations = new HashMap<>();
        for (Cell cell : pack.cells()) {
            Cell moved = new Cell(cell.area(), models.get(cell.model()));
            matrix.put(moved, pack.owner(cell));
            explanations.put(moved, pack.explanation(cell));
        }
        return new Pack(pack.id(), pack.version(), pack.title(), pack.description(), pack.documents(), pack.owners(),
                pack.models().stream().map(models::get).toList(), pack.areas(), matrix, explanations,
                pack.questions().stream().map(q -> q instanceof org.whoowns.pack.Authored.Scenario s
                        ? new org.whoowns.pack.Authored.Scenario(s.id(), s.prompt(),
                        new Cell(s.cell().area(), models.get(s.cell().model())), s.explanation()) : q).toList(),
                pack.tasks(), pack.splits(), pack.topics());
    }

    private static Pack teach(Pack pack, List<Task> tasks, List<Split> splits) {
        return new Pack(pack.id(), pack.version(), pack.title(), pack.description(), pack.documents(), pack.owners(),
                pack.models(), pack.areas(), pack.matrix(), pack.explanations(), pack.questions(), tasks, splits, pack.topics());
    }
}
