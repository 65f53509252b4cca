package org.whoowns.pack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An author's lint over a valid pack: what loads but teaches badly. Each warning is a {@link Problem} located
 * at the field to look at: duplicate prompts, task texts or topic titles; an explanation that names another
 * owner than its cells'; a cloud model whose cells all have one owner (comparisons of models then have no
 * answer);
 * a wrong fact choice without a note (feedback can then only repeat the right answer).
 */
public final class Lint {
    private Lint() {
    }

    /** The warnings for {@code pack}, read from {@code json} (the file it was loaded from) for locations. */
    public static List<Problem> warnings(String file, byte[] json, Pack pack) {
        JsonTree.Obj root;
        try {
            root = (JsonTree.Obj) JsonTree.parse(json);
        } catch (JsonTree.SyntaxError e) {
            throw new IllegalArgumentException("lint runs on a pack that loaded", e);
        }
        List<Problem> warnings = new ArrayList<>();
        sameOwnerModels(file, root, pack, warnings);
        explanationOwners(file, root, pack, warnings);
        duplicates(file, root, "questions", "prompt", "question prompt", warnings);
        duplicates(file, root, "tasks", "text", "task text", warnings);
        duplicates(file, root, "topics", "title", "topic title", warnings);
        factNotes(file, root, warnings);
        warnings.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column()));
        return warnings;
    }

    private static void sameOwnerModels(String file, JsonTree.Obj root, Pack pack, List<Problem> out) {
        for (int i = 0; i < pack.models().size(); i++) {
            Model model = pack.models().get(i);
            Set<Owner> owners = new HashSet<>();
            pack.areas().forEach(a -> owners.add(pack.owner(a, model)));
            // a reference column (cloud: false) is compared with nothing, so one owner throughout is fine there
            if (owners.size() == 1 && model.cloud()) {
                out.add(warn(file, items(root, "models").get(i), "models[" + i + "]", "every cell of " + model.name()
                        + " has the owner " + owners.iterator().next().name()
                        + ": questions comparing it with other models cannot be asked about it"));
            }
        }
    }

    /**
     * An explanation that says a cell is another owner's ("is Microsoft's", "lies with the customer") and
     * never says so of an owner its cells have: likely written for another cell, or left behind when a cell
     * changed owner. Merely naming another owner is fine ("nothing moves to Microsoft").
     */
    private static void explanationOwners(String file, JsonTree.Obj root, Pack pack, List<Problem> out) {
        List<JsonTree.Node> explanations = items(root, "explanations");
        for (int i = 0; i < explanations.size(); i++) {
            JsonTree.Obj e = (JsonTree.Obj) explanations.get(i);
            Set<Owner> own = new HashSet<>();
            for (JsonTree.Node a : items(e, "areas")) {
                for (JsonTree.Node m : items(e, "models")) {
                    own.add(pack.matrix().get(new Cell(area(pack, text(a)), model(pack, text(m)))));
                }
            }
            String text = text(e.members().get("text").value());
            List<String> claimed = pack.owners().stream().filter(o -> !own.contains(o) && claims(text, o))
                    .map(Owner::name).toList();
            if (!claimed.isEmpty() && own.stream().noneMatch(o -> claims(text, o))) {
                out.add(warn(file, e.members().get("text").value(), "explanations[" + i + "].text", "says the cells are "
                        + String.join(", ", claimed) + "'s, but they are "
                        + String.join(", ", own.stream().map(Owner::name).sorted().toList()) + " in the matrix"));
            }
        }
    }

    /** Whether {@code text} gives {@code owner} a cell: "is/are/stays NAME's", "lies with HOLDER", not after "not". */
    private static boolean claims(String text, Owner owner) {
        String who = "(?:(?:the )?" + Pattern.quote(owner.name()) + "(?:'s)?|(?:with |to )" + Pattern.quote(owner.holder()) + ")";
        return Pattern.compile("(?<!not )(?<![\\p{L}])(?:is|are|stays?|remains?|lies|lie|belongs?)"
                        + " (?:entirely |wholly |always |then )?" + who + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    private static void duplicates(String file, JsonTree.Obj root, String list, String field, String what, List<Problem> out) {
        Map<String, Integer> first = new HashMap<>();
        List<JsonTree.Node> items = items(root, list);
        for (int i = 0; i < items.size(); i++) {
            JsonTree.Member member = ((JsonTree.Obj) items.get(i)).members().get(field);
            if (member == null) {
                continue;
            }
            String key = text(member.value()).strip().toLowerCase(Locale.ROOT);
            Integer earlier = first.putIfAbsent(key, i);
            if (earlier != null) {
                out.add(warn(file, member.value(), list + "[" + i + "]." + field, "the same " + what + " as "
                        + list + "[" + earlier + "]"));
            }
        }
    }

    private static void factNotes(String file, JsonTree.Obj root, List<Problem> out) {
        List<JsonTree.Node> questions = items(root, "questions");
        for (int i = 0; i < questions.size(); i++) {
            JsonTree.Obj q = (JsonTree.Obj) questions.get(i);
            if (!"fact".equals(text(q.members().get("kind").value()))) {
                continue;
            }
            Set<Long> answer = new HashSet<>();
            items(q, "answer").forEach(n -> answer.add(((JsonTree.Num) n).value()));
            List<JsonTree.Node> choices = items(q, "choices");
            List<JsonTree.Node> notes = items(q, "notes");
            for (int c = 0; c < choices.size(); c++) {
                boolean noted = c < notes.size() && !text(notes.get(c)).isBlank();
                if (!answer.contains((long) c) && !noted) {
                    out.add(warn(file, choices.get(c), "questions[" + i + "].choices[" + c + "]",
                            "a wrong choice with no note: a learner who picks it hears only the right answer"));
                }
            }
        }
    }

    private static Area area(Pack pack, String id) {
        return pack.areas().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    private static Model model(Pack pack, String id) {
        return pack.models().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<JsonTree.Node> items(JsonTree.Obj o, String field) {
        JsonTree.Member member = o.members().get(field);
        return member != null && member.value() instanceof JsonTree.Arr arr ? arr.items() : List.of();
    }

    private static String text(JsonTree.Node node) {
        return node instanceof JsonTree.Str s ? s.value() : "";
    }

    private static Problem warn(String file, JsonTree.Node at, String path, String message) {
        return new Problem(file, at.at().line(), at.at().column(), path, "warning: " + message);
    }
}
