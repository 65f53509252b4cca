package org.whoowns.quiz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Pack;
import org.whoowns.pack.TestPacks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Properties of QuestionBank.generate over many seeds, for the shipped pack (3 owners, 4 models) and a
 * differently shaped RACI pack (4 owner labels, 3 models): nothing is hard-wired to one matrix.
 */
class QuestionBankTest {
    private static final int SEEDS = 300;
    private static final Map<String, Pack> PACKS = new ConcurrentHashMap<>();
    private static final Map<String, List<List<Question>>> BANKS = new ConcurrentHashMap<>();

    static Pack pack(String name) {
        return PACKS.computeIfAbsent(name, TestPacks::named);
    }

    /** The banks for seeds 1..SEEDS. */
    static List<List<Question>> banks(String name) {
        return BANKS.computeIfAbsent(name, n -> {
            List<List<Question>> banks = new ArrayList<>();
            for (long seed = 1; seed <= SEEDS; seed++) {
                banks.add(QuestionBank.generate(pack(n), seed));
            }
            return banks;
        });
    }

    @Test
    void theRaciPackLoads() {
        Pack raci = pack(TestPacks.RACI);
        assertEquals(List.of("customer", "customer-led", "provider-led", "provider"), raci.owners().stream().map(o -> o.id()).toList());
        assertEquals(3, raci.models().size());
        assertEquals(5, raci.areas().size());
        assertEquals(15, raci.explanations().size());
        assertEquals(4, raci.questions().size());
        assertEquals("P", raci.provider().key());
    }

    @ParameterizedTest
    @ValueSource(strings = {"shipped", TestPacks.RACI})
    void everyQuestionIsWellFormed(String name) {
        Pack pack = pack(name);
        for (List<Question> bank : banks(name)) {
            bank.forEach(q -> QuestionChecks.wellFormed(pack, q));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"shipped", TestPacks.RACI})
    void everyRightAnswerAgreesWithTheMatrix(String name) {
        Pack pack = pack(name);
        for (List<Question> bank : banks(name)) {
            bank.forEach(q -> QuestionChecks.agreesWithPack(pack, q));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"shipped", TestPacks.RACI})
    void idsAreUniqueStableAndExactlyWhatTheMatrixSupports(String name) {
        Set<String> expected = QuestionChecks.expectedIds(pack(name));
        for (List<Question> bank : banks(name)) {
            List<String> ids = bank.stream().map(Question::id).toList();
            assertEquals(ids.size(), new HashSet<>(ids).size(), "ids unique within a seed");
            assertEquals(expected, new LinkedHashSet<>(ids));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"shipped", TestPacks.RACI})
    void theSameSeedGivesTheSameQuestions(String name) {
        Pack pack = pack(name);
        for (long seed : new long[] {1, 2, 42, 300, -7, Long.MAX_VALUE}) {
            assertEquals(QuestionBank.generate(pack, seed), QuestionBank.generate(pack, seed));
        }
        // a pack loaded again is the same pack
        assertEquals(QuestionBank.generate(pack, 9), QuestionBank.generate(TestPacks.named(name), 9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"shipped", TestPacks.RACI})
    void differentSeedsShuffleTheChoicesOfEveryShuffledKind(String name) {
        List<List<Question>> banks = banks(name);
        Map<String, List<String>> first = new HashMap<>();
        banks.get(0).forEach(q -> first.put(q.id(), texts(q)));
        Set<Kind> reordered = EnumSet.noneOf(Kind.class);
        for (List<Question> bank : banks.subList(1, banks.size())) {
            for (Question q : bank) {
                if (!texts(q).equals(first.get(q.id()))) {
                    reordered.add(q.kind());
                }
            }
        }
        Set<Kind> expected = kinds(banks.get(0));
        // where the order is the meaning it stays: True/False, owners customer first, models left to right
        expected.removeAll(EnumSet.of(Kind.TRUE_FALSE, Kind.OWNER_OF_CELL, Kind.SCENARIO, Kind.TASK_OWNER,
                Kind.MODELS_OF_AREA, Kind.FIRST_MODEL, Kind.RANKING, Kind.MODEL_FROM_DESCRIPTION));
        assertEquals(expected, reordered);
        // and two seeds differ somewhere
        assertNotEquals(banks.get(0), banks.get(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"shipped", TestPacks.RACI})
    void theRightOwnerIsNotAlwaysInTheSamePlace(String name) {
        // owners keep the scale's order, so the answer's place varies with the answer and the owners offered
        Set<Integer> positions = new HashSet<>();
        for (Question q : banks(name).get(0)) {
            if (q.kind() == Kind.OWNER_OF_CELL || q.kind() == Kind.SCENARIO) {
                positions.add(q.answer().get(0));
            }
        }
        assertEquals(Math.min(4, pack(name).owners().size()), positions.size(), positions::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"shipped", TestPacks.RACI})
    void trueFalseQuestionsAreSometimesTrueAndSometimesFalse(String name) {
        Map<String, Set<String>> answers = new HashMap<>();
        for (List<Question> bank : banks(name)) {
            bank.stream().filter(q -> q.kind() == Kind.TRUE_FALSE)
                    .forEach(q -> answers.computeIfAbsent(q.id(), k -> new HashSet<>()).addAll(QuestionChecks.rightTexts(q)));
        }
        assertEquals(pack(name).cells().size(), answers.size());
        answers.forEach((id, seen) -> assertEquals(Set.of("True", "False"), seen, id));
    }

    @Test
    void theShippedPackYieldsEveryKind() {
        // matrix-fill is dealt by practice from the learner's progress (MatrixFill), not generated by the bank
        assertEquals(EnumSet.complementOf(EnumSet.of(Kind.MATRIX_FILL)), kinds(banks("shipped").get(0)));
    }

    /** Four owner labels and three models: every kind still has something to ask. */
    @Test
    void theRaciPackYieldsEveryKindItCanSupport() {
        List<Question> bank = banks(TestPacks.RACI).get(0);
        // its first-model answers are all the first model offered, a given, so that kind is left out
        assertEquals(EnumSet.complementOf(EnumSet.of(Kind.FIRST_MODEL, Kind.MATRIX_FILL)), kinds(bank));
        Set<String> ids = bank.stream().map(Question::id).collect(Collectors.toSet());
        // the middle owners count as owners of their own, not as "shared"
        assertTrue(ids.contains("areas-of-owner:hosted:customer-led"));
        assertTrue(ids.contains("ranking:customer:most") && ids.contains("ranking:customer:fewest"));
        // ranking compares the cloud models only (managed, hosted), where the provider's counts differ
        assertTrue(ids.contains("ranking:provider:most") && ids.contains("ranking:provider:fewest"));
        assertTrue(!ids.contains("ranking:customer-led:most") && !ids.contains("ranking:customer-led:fewest"));
        assertTrue(ids.contains("always-retained:customer:data") && ids.contains("always-retained:provider:hardware"));
    }

    @Test
    void theShippedPackAsksTheClassicQuestionsWithTheRightAnswers() {
        Pack pack = pack("shipped");
        Map<String, Question> byId = new HashMap<>();
        banks("shipped").get(0).forEach(q -> byId.put(q.id(), q));
        assertEquals(List.of("Shared"), QuestionChecks.rightTexts(byId.get("owner-of-cell:network-controls@paas")));
        assertEquals(List.of("Shared"), QuestionChecks.rightTexts(byId.get("owner-of-cell:client-devices@saas")));
        assertEquals(List.of("Microsoft"), QuestionChecks.rightTexts(byId.get("owner-of-cell:physical-hosts@iaas")));
        assertEquals(List.of("Customer"), QuestionChecks.rightTexts(byId.get("owner-of-cell:identities-and-users@saas")));
        assertEquals(List.of("PaaS"), QuestionChecks.rightTexts(byId.get("first-model:operating-system:microsoft")));
        // IaaS is the first cloud column: asking where the physical hosts first go to Microsoft would be a given
        assertFalse(byId.containsKey("first-model:physical-hosts:microsoft"));
        assertEquals(List.of("IaaS"), QuestionChecks.rightTexts(byId.get("ranking:customer:most")));
        assertEquals(List.of("SaaS"), QuestionChecks.rightTexts(byId.get("ranking:customer:fewest")));
        assertEquals(Set.of("PaaS", "SaaS"), Set.copyOf(QuestionChecks.rightTexts(byId.get("models-of-area:applications:shared"))));
        // among the cloud models shared is fewest under IaaS (0) and most nowhere (PaaS and SaaS tie at 2)
        assertTrue(!byId.containsKey("ranking:shared:most"));
        assertEquals(List.of("IaaS"), QuestionChecks.rightTexts(byId.get("ranking:shared:fewest")));
        // Microsoft keeps no area in every model, and nothing is shared everywhere
        assertTrue(byId.keySet().stream().noneMatch(id -> id.startsWith("always-retained:microsoft")
                || id.startsWith("always-retained:shared")));
        Set<String> always = byId.keySet().stream().filter(id -> id.startsWith("always-retained:customer:"))
                .map(id -> id.substring("always-retained:customer:".length())).collect(Collectors.toSet());
        assertEquals(Set.of("customer-data", "configurations-and-settings", "identities-and-users"), always);
        // an owner-of-cell question is about the cell it names
        Question q = byId.get("owner-of-cell:operating-system@iaas");
        assertEquals(List.of(new Cell(QuestionChecks.area(pack, "operating-system"), QuestionChecks.model(pack, "iaas"))), q.cells());
        assertTrue(q.explanation().pitfall().orElseThrow().contains("hypervisor"));
    }

    private static List<String> texts(Question q) {
        return q.choices().stream().map(Choice::text).toList();
    }

    private static Set<Kind> kinds(List<Question> bank) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        bank.forEach(q -> kinds.add(q.kind()));
        return kinds;
    }
}
