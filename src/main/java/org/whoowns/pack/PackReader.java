package org.whoowns.pack;

import org.whoowns.pack.JsonTree.Arr;
import org.whoowns.pack.JsonTree.Bool;
import org.whoowns.pack.JsonTree.Member;
import org.whoowns.pack.JsonTree.Node;
import org.whoowns.pack.JsonTree.Null;
import org.whoowns.pack.JsonTree.Num;
import org.whoowns.pack.JsonTree.Obj;
import org.whoowns.pack.JsonTree.Position;
import org.whoowns.pack.JsonTree.Str;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a parsed pack tree into a {@link Pack}, checking every rule of the pack format
 * (questions/README.md). It keeps going after a problem so that {@code validate} can list them all;
 * the pack is only built when none was found.
 */
final class PackReader {
    static final int FORMAT = 1;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]");
    private static final int MAX_TEXT = 1200;

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    /** Problems found beyond the first {@link PackException#SHOWN}: counted, not kept, so memory stays bounded. */
    private int more;

    private final Map<String, Document> documents = new LinkedHashMap<>();
    private final Map<String, Owner> owners = new LinkedHashMap<>();
    private final Map<String, Model> models = new LinkedHashMap<>();
    private final Map<String, Area> areas = new LinkedHashMap<>();
    private final Map<Cell, Owner> matrix = new HashMap<>();
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private final List<Split> splits = new ArrayList<>();
    private final Map<String, Topic> topics = new LinkedHashMap<>();
    /** Every topic id written, valid topic or not, so that a fact naming a broken topic adds no second problem. */
    private final Set<String> topicIds = new HashSet<>();

    PackReader(String file) {
        this.file = file;
    }

    List<Problem> problems() {
        return problems;
    }

    int more() {
        return more;
    }

    /** The pack, or empty when problems were found (see {@link #problems()}). */
    Optional<Pack> read(Node root) {
        Obj top = object(root, "");
        if (top == null) {
            return Optional.empty();
        }
        fields(top, "", Set.of("format", "id", "version", "title", "documents", "owners", "models", "areas",
                "explanations"), Set.of("description", "questions", "tasks", "splits", "topics"));
        Member format = top.members().get("format");
        if (format != null) {
            Num n = number(format.value(), "format");
            if (n != null && n.value() != FORMAT) {
                problem(n.at(), "format", n.value() > FORMAT
                        ? "pack format " + n.value() + " is newer than this whoowns reads (" + FORMAT + "); update whoowns"
                        : "unknown pack format " + n.value() + " (expected " + FORMAT + ")");
                return Optional.empty();
            }
        }
        String id = id(top, "id", "");
        String version = text(top, "version", "", 40);
        String title = text(top, "title", "", 80);
        Optional<String> description = optionalText(top, "description", "", 400);

        readList(top, "documents", 1, 20, this::readDocument);
        readList(top, "owners", 2, 8, this::readOwner);
        readList(top, "models", 2, 8, this::readModel);
        // Areas and their cells need the owners and models; skip them when those are broken to avoid noise.
        if (owners.size() >= 2 && models.size() >= 2) {
            readList(top, "areas", 2, 60, this::readArea);
        }
        Map<Cell, Explanation> explanations = readExplanations(top);
        // Tasks and splits refer to areas and their cells; skip them when the matrix is broken to avoid noise.
        if (areas.size() >= 2) {
            readList(top, "tasks", 0, 2000, this::readTask);
            Map<Cell, String> splitBy = new HashMap<>();
            readList(top, "splits", 0, 200, (node, path) -> readSplit(node, path, splitBy));
        }
        readList(top, "topics", 0, 200, this::readTopic);
        List<Authored> questions = new ArrayList<>();
        if (top.members().containsKey("questions")) {
            readList(top, "questions", 0, 2000, (node, path) -> {
                Authored q = readQuestion(node, path);
                if (q != null) {
                    questions.add(q);
                }
                return q;
            });
            unique(top, "questions");
        }
        lookAlikes(top, "owners");
        lookAlikes(top, "models");
        lookAlikes(top, "areas");
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Pack(id, version, title, description, List.copyOf(documents.values()),
                List.copyOf(owners.values()), List.copyOf(models.values()), List.copyOf(areas.values()),
                matrix, explanations, questions, List.copyOf(tasks.values()), splits, List.copyOf(topics.values())));
    }

    // ---- sections of the pack ----

    private Document readDocument(Node node, String path) {
        Obj o = object(node, path);
        if (o == null) {
            return null;
        }
        fields(o, path, Set.of("id", "title", "edition", "sections"), Set.of());
        String id = id(o, "id", path);
        String title = text(o, "title", path, 200);
        String edition = text(o, "edition", path, 40);
        List<String> sections = new ArrayList<>();
        readList(o, path, "sections", 1, 100, (n, p) -> {
            String s = textValue(n, p, 200);
            if (s != null) {
                sections.add(s);
            }
            return s;
        });
        return add(documents, o, path, "document", id, new Document(id, title, edition, sections));
    }

    private Owner readOwner(Node node, String path) {
        Obj o = object(node, path);
        if (o == null) {
            return null;
        }
        fields(o, path, Set.of("id", "name", "key", "holder"), Set.of());
        String id = id(o, "id", path);
        String name = text(o, "name", path, 16);
        String key = text(o, "key", path, 1);
        String holder = text(o, "holder", path, 80);
        if (key != null && !KEY.matcher(key).matches()) {
            problem(o.members().get("key").value().at(), path + ".key", "a key is one letter or digit, not \"" + key + "\"");
        }
        for (Owner other : owners.values()) {
            if (name != null && name.equals(other.name())) {
                problem(o.members().get("name").value().at(), path + ".name", "another owner is already named \"" + name + "\"");
            }
            if (key != null && key.equalsIgnoreCase(other.key())) {
                problem(o.members().get("key").value().at(), path + ".key", "owner \"" + other.id() + "\" already uses key \"" + key + "\"");
            }
            // generated statements name owners by holder: two alike would make them ambiguous
            if (holder != null && holder.equalsIgnoreCase(other.holder())) {
                problem(o.members().get("holder").value().at(), path + ".holder",
                        "owner \"" + other.id() + "\" already has the holder \"" + holder + "\"");
            }
        }
        return add(owners, o, path, "owner", id, new Owner(id, name, key == null ? null : key.toUpperCase(Locale.ROOT), holder));
    }

    private Model readModel(Node node, String path) {
        Obj o = object(node, path);
        if (o == null) {
            return null;
        }
        fields(o, path, Set.of("id", "name"), Set.of("long", "where", "cloud"));
        String id = id(o, "id", path);
        String name = text(o, "name", path, 14);
        Optional<String> longName = optionalText(o, "long", path, 60);
        if (name != null && models.values().stream().anyMatch(m -> name.equals(m.name()))) {
            problem(o.members().get("name").value().at(), path + ".name", "another model is already named \"" + name + "\"");
        }
        String where = phrase(o, "where", path, 40, true);
        // generated sentences place cells by this phrase: two alike would make them ambiguous
        if (where != null && models.values().stream().anyMatch(m -> where.equalsIgnoreCase(m.where()))) {
            problem(o.members().get("where").value().at(), path + ".where", "another model already reads \"" + where + "\"");
        }
        boolean cloud = bool(o, "cloud", path, true);
        return add(models, o, path, "model", id,
                new Model(id, name, longName, where != null ? where : "under " + name, cloud));
    }

    private Area readArea(Node node, String path) {
        Obj o = object(node, path);
        if (o == null) {
            return null;
        }
        fields(o, path, Set.of("id", "name", "cells"), Set.of("phrase"));
        String id = id(o, "id", path);
        String name = text(o, "name", path, 32);
        Optional<String> phrase = optionalText(o, "phrase", path, 60);
        if (name != null && areas.values().stream().anyMatch(a -> name.equals(a.name()))) {
            problem(o.members().get("name").value().at(), path + ".name", "another area is already named \"" + name + "\"");
        }
        String wording = phrase.orElse(name == null ? null : name.toLowerCase(Locale.ROOT));
        // generated statements name areas by phrase: two alike would make them ambiguous
        Area same = wording == null ? null
                : areas.values().stream().filter(a -> wording.equalsIgnoreCase(a.phrase())).findFirst().orElse(null);
        if (same != null && (phrase.isPresent() || !name.equals(same.name()))) {
            String field = phrase.isPresent() ? "phrase" : "name";
            problem(o.members().get(field).value().at(), path + "." + field,
                    "area \"" + same.id() + "\" already has the phrase \"" + wording + "\"");
        }
        Area area = add(areas, o, path, "area", id, new Area(id, name, wording));
        Member cellsMember = o.members().get("cells");
        if (area == null || cellsMember == null) {
            return area;
        }
        String cellsPath = path + ".cells";
        Obj cells = object(cellsMember.value(), cellsPath);
        if (cells == null) {
            return area;
        }
        for (Member m : cells.members().values()) {
            String cellPath = cellsPath + "." + m.name();
            Model model = models.get(m.name());
            if (model == null) {
                problem(m.nameAt(), cellPath, "unknown model \"" + m.name() + "\" (expected one of " + ids(models) + ")");
                continue;
            }
            String ownerId = textValue(m.value(), cellPath, 40);
            if (ownerId == null) {
                continue;
            }
            Owner owner = owners.get(ownerId);
            if (owner == null) {
                problem(m.value().at(), cellPath, "unknown owner \"" + ownerId + "\" (expected one of " + ids(owners) + ")");
                continue;
            }
            matrix.put(new Cell(area, model), owner);
        }
        for (Model model : models.values()) {
            if (!cells.members().containsKey(model.id())) {
                problem(cells.at(), cellsPath, "missing cell for model \"" + model.id() + "\"");
            }
        }
        return area;
    }

    private Map<Cell, Explanation> readExplanations(Obj top) {
        Map<Cell, Explanation> explained = new HashMap<>();
        Map<Cell, String> explainedBy = new HashMap<>();
        readList(top, "explanations", 1, 2000, (node, path) -> {
            Obj o = object(node, path);
            if (o == null) {
                return null;
            }
            fields(o, path, Set.of("areas", "models", "text", "sources"), Set.of("pitfall"));
            List<Area> rows = references(o, path, "areas", areas, "area");
            List<Model> columns = references(o, path, "models", models, "model");
            Explanation explanation = explanation(o, path);
            // Cells count as covered even when the explanation's text is broken: that problem is reported already.
            for (Area area : rows) {
                for (Model model : columns) {
                    Cell cell = new Cell(area, model);
                    String earlier = explainedBy.putIfAbsent(cell, path);
                    if (earlier != null) {
                        problem(o.at(), path, "cell " + cell.id() + " is already explained by " + earlier);
                    }
                    if (explanation != null) {
                        explained.putIfAbsent(cell, explanation);
                    }
                }
            }
            return explanation;
        });
        Member list = top.members().get("explanations");
        if (list != null && areas.size() >= 2) {
            List<String> missing = new ArrayList<>();
            for (Area area : areas.values()) {
                for (Model model : models.values()) {
                    if (!explainedBy.containsKey(new Cell(area, model))) {
                        missing.add(area.id() + "@" + model.id());
                    }
                }
            }
            if (!missing.isEmpty()) {
                problem(list.value().at(), "explanations", "no explanation covers cell" + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing));
            }
        }
        return explained;
    }

    private Task readTask(Node node, String path) {
        Obj o = object(node, path);
        if (o == null) {
            return null;
        }
        fields(o, path, Set.of("id", "area", "text", "sources"), Set.of("models"));
        String id = id(o, "id", path);
        Area area = reference(o, path, "area", areas);
        String text = phrase(o, "text", path, 120, true);
        List<Model> asked = o.members().containsKey("models") ? modelList(o, path, (model, at, p) -> { })
                : List.copyOf(models.values());
        List<Source> sources = sources(o, path);
        if (area != null && !asked.isEmpty() && asked.stream().noneMatch(m -> answers(matrix.get(new Cell(area, m))))) {
            // a task's answer is its cell's owner, and a shared cell does not say who does the task
            problem(o.at(), path, "the task is asked in no model: " + area.id() + " is shared in every model it lists");
        }
        if (id == null || area == null || text == null || asked.isEmpty() || sources.isEmpty()) {
            return null;
        }
        return add(tasks, o, path, "task", id, new Task(id, area, text, asked, sources));
    }

    private Split readSplit(Node node, String path, Map<Cell, String> splitBy) {
        Obj o = object(node, path);
        if (o == null) {
            return null;
        }
        fields(o, path, Set.of("area", "models", "parts", "sources"), Set.of());
        Area area = reference(o, path, "area", areas);
        List<Model> in = modelList(o, path, (model, at, p) -> {
            if (area == null) {
                return;
            }
            Cell cell = new Cell(area, model);
            Owner owner = matrix.get(cell);
            if (owner != null && sole(owner)) {
                problem(at, p, "cell " + cell.id() + " is " + owner.id() + "'s alone, so it has no parts to split");
            }
            String earlier = splitBy.putIfAbsent(cell, path);
            if (earlier != null) {
                problem(at, p, "cell " + cell.id() + " is already split by " + earlier);
            }
        });
        List<Split.Part> parts = new ArrayList<>();
        readList(o, path, "parts", 2, 8, (n, p) -> {
            Obj part = object(n, p);
            if (part == null) {
                return null;
            }
            fields(part, p, Set.of("owner", "text"), Set.of());
            Owner owner = reference(part, p, "owner", owners);
            String text = phrase(part, "text", p, 120, false);
            if (text != null && parts.stream().anyMatch(other -> other.text().equalsIgnoreCase(text))) {
                problem(part.members().get("text").value().at(), p + ".text", "the same part appears twice: \"" + text + "\"");
                return null;
            }
            if (owner == null || text == null) {
                return null;
            }
            Split.Part read = new Split.Part(owner, text);
            parts.add(read);
            return read;
        });
        Member written = o.members().get("parts");
        if (written != null && written.value() instanceof Arr list && parts.size() == list.items().size()
                && parts.size() >= 2 && parts.stream().map(Split.Part::owner).distinct().count() < 2) {
            problem(list.at(), path + ".parts", "every part names " + parts.get(0).owner().id()
                    + "; a split names at least 2 different owners");
        }
        List<Source> sources = sources(o, path);
        if (area == null || in.isEmpty() || parts.size() < 2 || sources.isEmpty()) {
            return null;
        }
        Split split = new Split(area, in, parts, sources);
        splits.add(split);
        return split;
    }

    private Topic readTopic(Node node, String path) {
        Obj o = object(node, path);
        if (o == null) {
            return null;
        }
        fields(o, path, Set.of("id", "title", "points", "sources"), Set.of());
        String id = id(o, "id", path);
        if (id != null) {
            topicIds.add(id);
        }
        String title = text(o, "title", path, 80);
        List<String> points = new ArrayList<>();
        readList(o, path, "points", 1, 8, (n, p) -> {
            String point = textValue(n, p, 300);
            if (point != null) {
                points.add(point);
            }
            return point;
        });
        List<Source> sources = sources(o, path);
        if (id == null || title == null || points.isEmpty() || sources.isEmpty()) {
            return null;
        }
        return add(topics, o, path, "topic", id, new Topic(id, title, points, sources));
    }

    private Authored readQuestion(Node node, String path) {
        Obj o = object(node, path);
        if (o == null) {
            return null;
        }
        if (!o.members().containsKey("kind")) {
            problem(o.at(), path + ".kind", "missing required field (fact or scenario)");
            return null;
        }
        String kind = text(o, "kind", path, 20);
        if (kind == null) {
            return null;
        }
        switch (kind) {
            case "fact" -> {
                fields(o, path, Set.of("id", "kind", "prompt", "choices", "answer", "explanation"),
                        Set.of("select", "notes", "topic"));
                String id = id(o, "id", path);
                String prompt = text(o, "prompt", path, 400);
                boolean selectAll = select(o, path);
                List<String> choices = new ArrayList<>();
                readList(o, path, "choices", 2, 8, (n, p) -> {
                    String c = textValue(n, p, 160);
                    if (c != null) {
                        if (choices.contains(c)) {
                            problem(n.at(), p, "the same choice appears twice: \"" + c + "\"");
                        }
                        choices.add(c);
                    }
                    return c;
                });
                // Indexes refer to the choices as written, broken ones included (they are reported on their own).
                int written = o.members().get("choices") != null && o.members().get("choices").value() instanceof Arr list
                        ? list.items().size() : choices.size();
                List<Integer> answer = answer(o, path, written, selectAll);
                List<String> notes = notes(o, path, written);
                Optional<String> topic = topic(o, path);
                Explanation explanation = nestedExplanation(o, path);
                if (id == null || prompt == null || answer == null || explanation == null || notes == null
                        || notes.size() != choices.size()) {
                    return null;
                }
                return new Authored.Fact(id, prompt, selectAll, choices, answer, notes, topic, explanation);
            }
            case "scenario" -> {
                fields(o, path, Set.of("id", "kind", "prompt", "cell", "explanation"), Set.of());
                String id = id(o, "id", path);
                String prompt = text(o, "prompt", path, 400);
                Cell cell = cell(o, path);
                Explanation explanation = nestedExplanation(o, path);
                if (id == null || prompt == null || cell == null || explanation == null) {
                    return null;
                }
                return new Authored.Scenario(id, prompt, cell, explanation);
            }
            default -> {
                problem(o.members().get("kind").value().at(), path + ".kind",
                        "unknown question kind \"" + kind + "\" (expected fact or scenario)");
                return null;
            }
        }
    }

    // ---- pieces shared by several sections ----

    private boolean select(Obj o, String path) {
        Member m = o.members().get("select");
        if (m == null) {
            return false;
        }
        String value = textValue(m.value(), path + ".select", 10);
        if (value != null && !value.equals("one") && !value.equals("all")) {
            problem(m.value().at(), path + ".select", "expected \"one\" or \"all\", not \"" + value + "\"");
        }
        return !"one".equals(value); // a broken value is reported above; reading it as "all" adds no second problem
    }

    /** One note per choice as written; a blank note for each choice when the author wrote none; null if broken. */
    private List<String> notes(Obj o, String path, int choiceCount) {
        Member m = o.members().get("notes");
        if (m == null) {
            return java.util.Collections.nCopies(choiceCount, "");
        }
        List<String> notes = new ArrayList<>();
        readList(o, path, "notes", 0, 8, (n, p) -> {
            String note = textValue(n, p, 200);
            if (note != null) {
                notes.add(note);
            }
            return note;
        });
        if (m.value() instanceof Arr list && list.items().size() != choiceCount) {
            problem(list.at(), path + ".notes", "has " + list.items().size() + " notes for " + choiceCount
                    + " choices; write one per choice, in the same order");
            return null;
        }
        return notes;
    }

    private Optional<String> topic(Obj o, String path) {
        String id = text(o, "topic", path, 40);
        if (id != null && !topicIds.contains(id)) {
            problem(o.members().get("topic").value().at(), path + ".topic", "unknown topic \"" + id + "\""
                    + (topicIds.isEmpty() ? " (the pack lists no topics)" : " (expected one of " + String.join(", ", new java.util.TreeSet<>(topicIds)) + ")"));
        }
        return Optional.ofNullable(id);
    }

    /** The models a task or split lists, each known and listed once; {@code check} sees each with its place. */
    private List<Model> modelList(Obj o, String path, ModelCheck check) {
        List<Model> listed = new ArrayList<>();
        readList(o, path, "models", 1, 100, (node, p) -> {
            String id = textValue(node, p, 40);
            Model model = id == null ? null : models.get(id);
            if (id != null && model == null) {
                problem(node.at(), p, "unknown model \"" + id + "\" (expected one of " + ids(models) + ")");
            } else if (listed.contains(model)) {
                problem(node.at(), p, "model \"" + id + "\" is listed twice");
            } else if (model != null) {
                listed.add(model);
                check.accept(model, node.at(), p);
            }
            return model;
        });
        return listed;
    }

    private interface ModelCheck {
        void accept(Model model, Position at, String path);
    }

    /** A cell answers a task when one end holds it alone; a missing cell is reported already and adds no problem here. */
    private boolean answers(Owner owner) {
        return owner == null || sole(owner);
    }

    /** True for the two ends of the owner scale, as {@link Pack#isSole} reads them. */
    private boolean sole(Owner owner) {
        List<Owner> scale = List.copyOf(owners.values());
        int rank = scale.indexOf(owner);
        return rank == 0 || rank == scale.size() - 1;
    }

    /**
     * A text that sits inside a sentence or a list ("who removes a departing employee's access?", "under IaaS"),
     * so it carries no final punctuation; {@code midSentence} texts also start with a lower-case letter.
     */
    private String phrase(Obj o, String field, String path, int maxLength, boolean midSentence) {
        String value = text(o, field, path, maxLength);
        if (value == null) {
            return null;
        }
        Position at = o.members().get(field).value().at();
        if (midSentence && !Character.isLowerCase(value.codePointAt(0))) {
            problem(at, join(path, field), "continues a sentence, so it begins with a lower-case letter, not \""
                    + value.substring(0, value.offsetByCodePoints(0, 1)) + "\"");
            return null;
        }
        if (".?!:;,".indexOf(value.charAt(value.length() - 1)) >= 0) {
            problem(at, join(path, field), "is part of a sentence, so it has no final \"" + value.charAt(value.length() - 1) + "\"");
            return null;
        }
        return value;
    }

    private boolean bool(Obj o, String field, String path, boolean otherwise) {
        Member m = o.members().get(field);
        if (m == null) {
            return otherwise;
        }
        if (!(m.value() instanceof Bool b)) {
            problem(m.value().at(), join(path, field), "expected true or false, found " + describe(m.value()));
            return otherwise;
        }
        return b.value();
    }

    private List<Integer> answer(Obj o, String path, int choiceCount, boolean selectAll) {
        Member m = o.members().get("answer");
        if (m == null) {
            return null;
        }
        String answerPath = path + ".answer";
        if (!(m.value() instanceof Arr arr)) {
            problem(m.value().at(), answerPath, "expected a list of choice indexes, e.g. [0, 2]");
            return null;
        }
        List<Integer> answer = new ArrayList<>();
        for (int i = 0; i < arr.items().size(); i++) {
            Num n = number(arr.items().get(i), answerPath + "[" + i + "]");
            if (n == null) {
                continue;
            }
            if (n.value() < 0 || n.value() >= choiceCount) {
                problem(n.at(), answerPath + "[" + i + "]", "index " + n.value() + " is outside the " + choiceCount
                        + " choices (0 to " + (choiceCount - 1) + ")");
            } else if (answer.contains((int) n.value())) {
                problem(n.at(), answerPath + "[" + i + "]", "index " + n.value() + " is listed twice");
            } else {
                answer.add((int) n.value());
            }
        }
        if (arr.items().isEmpty()) {
            problem(arr.at(), answerPath, "at least one choice must be right");
            return null;
        }
        if (answer.isEmpty()) {
            return null; // every index was reported
        }
        if (!selectAll && answer.size() != 1) {
            problem(arr.at(), answerPath, "a select \"one\" question has exactly one right choice; use \"select\": \"all\"");
            return null;
        }
        return answer;
    }

    private Cell cell(Obj o, String path) {
        Member m = o.members().get("cell");
        if (m == null) {
            return null;
        }
        String cellPath = path + ".cell";
        Obj c = object(m.value(), cellPath);
        if (c == null) {
            return null;
        }
        fields(c, cellPath, Set.of("area", "model"), Set.of());
        Area area = reference(c, cellPath, "area", areas);
        Model model = reference(c, cellPath, "model", models);
        return area == null || model == null ? null : new Cell(area, model);
    }

    private Explanation nestedExplanation(Obj o, String path) {
        Member m = o.members().get("explanation");
        if (m == null) {
            return null;
        }
        String explanationPath = path + ".explanation";
        Obj e = object(m.value(), explanationPath);
        if (e == null) {
            return null;
        }
        fields(e, explanationPath, Set.of("text", "sources"), Set.of("pitfall"));
        return explanation(e, explanationPath);
    }

    private Explanation explanation(Obj o, String path) {
        String text = text(o, "text", path, MAX_TEXT);
        Optional<String> pitfall = optionalText(o, "pitfall", path, 400);
        List<Source> sources = sources(o, path);
        return text == null || sources.isEmpty() ? null : new Explanation(text, pitfall, sources);
    }

    /** A list of 1-10 citations, each a known document and one of the sections it lists. */
    private List<Source> sources(Obj o, String path) {
        List<Source> sources = new ArrayList<>();
        readList(o, path, "sources", 1, 10, (node, p) -> {
            Obj s = object(node, p);
            if (s == null) {
                return null;
            }
            fields(s, p, Set.of("document", "section"), Set.of());
            Document document = reference(s, p, "document", documents);
            String section = text(s, "section", p, 200);
            if (document == null || section == null) {
                return null;
            }
            if (!document.sections().contains(section)) {
                problem(s.members().get("section").value().at(), p + ".section",
                        "\"" + section + "\" is not a section of document \"" + document.id() + "\"");
                return null;
            }
            Source source = new Source(document, section);
            sources.add(source);
            return source;
        });
        return sources;
    }

    /**
     * The known entries an id list names, each once. A repeated id is reported once per list, however often it
     * repeats, and adds nothing: repeats must not multiply the cells an explanation covers or the problems found.
     */
    private <T> List<T> references(Obj o, String path, String field, Map<String, T> known, String what) {
        List<T> found = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        readList(o, path, field, 1, 100, (node, p) -> {
            String id = textValue(node, p, 40);
            if (id == null) {
                return null;
            }
            if (!listed.add(id)) {
                if (repeated.add(id)) {
                    problem(node.at(), p, what + " \"" + id + "\" is listed more than once; list each " + what + " once");
                }
                return null;
            }
            T value = known.get(id);
            if (value != null) {
                found.add(value);
            } else if (!known.isEmpty()) {
                problem(node.at(), p, "unknown " + what + " \"" + id + "\" (expected one of " + ids(known) + ")");
            }
            return value;
        });
        return found;
    }

    private <T> T reference(Obj o, String path, String field, Map<String, T> known) {
        String id = text(o, field, path, 40);
        if (id == null) {
            return null;
        }
        T value = known.get(id);
        if (value == null && !known.isEmpty()) {
            problem(o.members().get(field).value().at(), path + "." + field,
                    "unknown " + field + " \"" + id + "\" (expected one of " + ids(known) + ")");
        }
        return value;
    }

    private <T> T add(Map<String, T> byId, Obj o, String path, String what, String id, T value) {
        if (id == null) {
            return null;
        }
        if (byId.containsKey(id)) {
            problem(o.members().get("id").value().at(), path + ".id", "another " + what + " already has id \"" + id + "\"");
            return null;
        }
        byId.put(id, value);
        return value;
    }

    /**
     * Names in one list that differ but look the same (a Cyrillic 'о' in "Customer"): they would be two
     * identical-looking choices. Read from the tree, so that it holds however the entries are otherwise broken.
     */
    private void lookAlikes(Obj top, String field) {
        if (top.members().get(field) == null || !(top.members().get(field).value() instanceof Arr arr)) {
            return; // reported by readList
        }
        Map<String, Str> bySkeleton = new HashMap<>();
        Map<Str, Integer> index = new HashMap<>();
        for (int i = 0; i < arr.items().size(); i++) {
            if (arr.items().get(i) instanceof Obj o && o.members().get("name") != null
                    && o.members().get("name").value() instanceof Str name && !name.value().isBlank()) {
                index.put(name, i);
                Str earlier = bySkeleton.putIfAbsent(Skeleton.of(name.value()), name);
                if (earlier != null && !earlier.value().equals(name.value())) {
                    String difference = Skeleton.difference(name.value(), earlier.value());
                    problem(name.at(), field + "[" + i + "].name", "\"" + name.value() + "\" looks the same as "
                            + field + "[" + index.get(earlier) + "].name \"" + earlier.value() + "\""
                            + (difference.isEmpty() ? "" : " (" + difference + ")") + "; use a name that reads differently");
                }
            }
        }
    }

    /** Question ids, read from the tree so that a broken question elsewhere does not shift the indexes. */
    private void unique(Obj top, String field) {
        if (!(top.members().get(field).value() instanceof Arr arr)) {
            return; // reported by readList
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < arr.items().size(); i++) {
            if (arr.items().get(i) instanceof Obj o && o.members().get("id") != null
                    && o.members().get("id").value() instanceof Str id && !seen.add(id.value())) {
                problem(id.at(), field + "[" + i + "].id", "another question already has id \"" + id.value() + "\"");
            }
        }
    }

    // ---- typed access with located errors ----

    private void readList(Obj o, String field, int min, int max, BiFunction<Node, String, ?> item) {
        readList(o, "", field, min, max, item);
    }

    private void readList(Obj o, String path, String field, int min, int max, BiFunction<Node, String, ?> item) {
        Member m = o.members().get(field);
        String listPath = path.isEmpty() ? field : path + "." + field;
        if (m == null) {
            return; // reported by fields()
        }
        if (!(m.value() instanceof Arr arr)) {
            problem(m.value().at(), listPath, "expected a list");
            return;
        }
        if (arr.items().size() < min) {
            problem(arr.at(), listPath, "needs at least " + min + (min == 1 ? " entry" : " entries") + ", has " + arr.items().size());
        }
        if (arr.items().size() > max) {
            problem(arr.at(), listPath, "has " + arr.items().size() + " entries; at most " + max + " are allowed");
            return;
        }
        for (int i = 0; i < arr.items().size(); i++) {
            item.apply(arr.items().get(i), listPath + "[" + i + "]");
        }
    }

    /** Reports missing required fields (at the object) and unknown fields (at their key). */
    private void fields(Obj o, String path, Set<String> required, Set<String> optional) {
        String allowed = null;
        for (Member m : o.members().values()) {
            if (!required.contains(m.name()) && !optional.contains(m.name())) {
                if (allowed == null) {
                    Set<String> names = new java.util.TreeSet<>(required);
                    names.addAll(optional);
                    allowed = String.join(", ", names);
                }
                problem(m.nameAt(), join(path, m.name()), "unknown field (expected one of " + allowed + ")");
            }
        }
        required.stream().sorted().filter(name -> !o.members().containsKey(name))
                .forEach(name -> problem(o.at(), join(path, name), "missing required field"));
    }

    private String id(Obj o, String field, String path) {
        String value = text(o, field, path, 40);
        if (value != null && !ID.matcher(value).matches()) {
            problem(o.members().get(field).value().at(), join(path, field),
                    "\"" + value + "\" is not an id (1-40 of a-z, 0-9 and '-', starting with a letter or digit)");
            return null;
        }
        return value;
    }

    private String text(Obj o, String field, String path, int maxLength) {
        Member m = o.members().get(field);
        return m == null ? null : textValue(m.value(), join(path, field), maxLength);
    }

    private Optional<String> optionalText(Obj o, String field, String path, int maxLength) {
        return Optional.ofNullable(text(o, field, path, maxLength));
    }

    private String textValue(Node node, String path, int maxLength) {
        if (!(node instanceof Str s)) {
            problem(node.at(), path, "expected a string, found " + describe(node));
            return null;
        }
        String value = s.value();
        if (value.isBlank()) {
            problem(s.at(), path, "must not be empty");
            return null;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            problem(s.at(), path, "is " + value.codePointCount(0, value.length()) + " characters long; at most " + maxLength + " allowed");
            return null;
        }
        if (value.contains("\u00e2\u20ac")) {
            problem(s.at(), path, "contains \"\u00e2\u20ac\", text mis-decoded from UTF-8 (e.g. an em dash); fix the characters");
            return null;
        }
        String unsafe = TerminalText.firstUnsafe(value);
        if (unsafe != null) {
            problem(s.at(), path, "contains " + unsafe + ", which is not allowed in pack text");
            return null;
        }
        return value;
    }

    private Num number(Node node, String path) {
        if (node instanceof Num n && n.integral()) {
            return n;
        }
        problem(node.at(), path, "expected a whole number, found " + describe(node));
        return null;
    }

    private Obj object(Node node, String path) {
        if (node instanceof Obj o) {
            return o;
        }
        problem(node.at(), path, "expected an object, found " + describe(node));
        return null;
    }

    private static String describe(Node node) {
        if (node instanceof Str s) {
            return "the string \"" + (s.value().length() > 20 ? s.value().substring(0, 20) + "..." : s.value()) + "\"";
        }
        if (node instanceof Num n) {
            return n.integral() ? "a number" : "a fraction or a number out of range";
        }
        if (node instanceof Bool) {
            return "a boolean";
        }
        if (node instanceof Null) {
            return "null";
        }
        if (node instanceof Arr) {
            return "a list";
        }
        return "an object";
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String ids(Map<String, ?> known) {
        return known.keySet().stream().collect(Collectors.joining(", "));
    }

    private void problem(Position at, String path, String message) {
        if (problems.size() < PackException.SHOWN) {
            problems.add(new Problem(file, at.line(), at.column(), path, message));
        } else {
            more++;
        }
    }
}
