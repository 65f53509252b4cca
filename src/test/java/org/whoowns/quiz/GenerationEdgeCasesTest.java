package org.whoowns.quiz;

import org.junit.jupiter.api.Test;
import org.whoowns.pack.Pack;
import org.whoowns.pack.TestPacks;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.whoowns.pack.TestPacks.replaceOnce;

/** Matrices of unusual shapes: a question the pack cannot support cleanly is not generated. */
class GenerationEdgeCasesTest {
    private static final String SMALL = TestPacks.packText(TestPacks.SMALL);

    /** Every question of seeds 1..40 is well formed, right per the matrix, and the id set is the supported one. */
    private static List<Question> checkedBank(Pack pack) {
        Set<String> expected = QuestionChecks.expectedIds(pack);
        List<Question> first = null;
        for (long seed = 1; seed <= 40; seed++) {
            List<Question> bank = QuestionBank.generate(pack, seed);
            for (Question q : bank) {
                QuestionChecks.wellFormed(pack, q);
                QuestionChecks.agreesWithPack(pack, q);
            }
            assertEquals(expected, bank.stream().map(Question::id).collect(Collectors.toCollection(LinkedHashSet::new)));
            assertEquals(bank.size(), expected.size());
            if (first == null) {
                first = bank;
            }
        }
        return first;
    }

    private static Set<String> ids(List<Question> bank) {
        return bank.stream().map(Question::id).collect(Collectors.toSet());
    }

    private static Set<Kind> kinds(List<Question> bank) {
        return bank.stream().map(Question::kind).collect(Collectors.toCollection(() -> EnumSet.noneOf(Kind.class)));
    }

    @Test
    void aColumnWithoutASharedCellGetsNoQuestionClaimingShared() {
        Pack pack = TestPacks.pack(TestPacks.SMALL); // IaaS: customer, customer, customer, provider
        List<Question> bank = checkedBank(pack);
        Set<String> ids = ids(bank);
        assertFalse(ids.contains("areas-of-owner:iaas:shared"));
        assertTrue(ids.contains("areas-of-owner:paas:shared"));
        for (long seed = 1; seed <= 40; seed++) {
            for (Question q : QuestionBank.generate(pack, seed)) {
                boolean aboutIaas = q.cells().stream().allMatch(c -> c.model().id().equals("iaas")) && !q.cells().isEmpty();
                if (aboutIaas && q.kind() == Kind.OWNER_OF_CELL) {
                    assertFalse(QuestionChecks.rightTexts(q).contains("Shared"), q.id());
                }
                if (q.kind() == Kind.MODELS_OF_AREA && q.id().endsWith(":shared")) {
                    assertFalse(QuestionChecks.rightTexts(q).contains("IaaS"), q.id());
                }
                if (q.kind() == Kind.TRUE_FALSE && aboutIaas && q.prompt().endsWith("together.")) {
                    assertEquals(List.of("False"), QuestionChecks.rightTexts(q), q.prompt());
                }
                if (q.kind() == Kind.TRUE_STATEMENTS && q.id().equals("true-statements:iaas")) {
                    q.choices().stream().filter(Choice::correct).forEach(c -> assertFalse(c.text().contains("together"), c.text()));
                }
            }
        }
    }

    @Test
    void aModelWhereEveryCellHasOneOwnerGetsNoAreasOfOwnerQuestion() {
        String text = replaceOnce(SMALL, "{\"iaas\": \"customer\", \"paas\": \"customer\", \"saas\": \"customer\"}",
                "{\"iaas\": \"customer\", \"paas\": \"customer\", \"saas\": \"provider\"}");
        text = replaceOnce(text, "{\"iaas\": \"customer\", \"paas\": \"shared\", \"saas\": \"shared\"}",
                "{\"iaas\": \"customer\", \"paas\": \"shared\", \"saas\": \"provider\"}");
        Pack pack = TestPacks.parse("saas-all-provider.json", text);
        List<Question> bank = checkedBank(pack);
        assertTrue(ids(bank).stream().noneMatch(id -> id.startsWith("areas-of-owner:saas:")), ids(bank)::toString);
        assertTrue(ids(bank).contains("areas-of-owner:iaas:customer"));
        // nor does "in which models is X the provider's" list a model where it is everything
        assertTrue(ids(bank).stream().noneMatch(id -> id.startsWith("models-of-area:hosts:")));
    }

    @Test
    void anOwnerThatHoldsNoCellIsNeverTheAnswer() {
        String text = replaceOnce(SMALL, "{\"iaas\": \"customer\", \"paas\": \"shared\", \"saas\": \"shared\"}",
                "{\"iaas\": \"customer\", \"paas\": \"customer\", \"saas\": \"provider\"}");
        Pack pack = TestPacks.parse("no-shared.json", text);
        List<Question> bank = checkedBank(pack);
        assertTrue(ids(bank).stream().noneMatch(id -> id.contains(":shared")), ids(bank)::toString);
        for (Question q : bank) {
            if (q.kind() == Kind.OWNER_OF_CELL || q.kind() == Kind.SCENARIO) {
                assertFalse(QuestionChecks.rightTexts(q).contains("Shared"), q.id());
            }
        }
    }

    @Test
    void twoModelsAndTwoOwners() {
        Pack pack = MatrixPacks.build(2, List.of("customer", "provider"), new String[][] {
                {"customer", "customer"},
                {"customer", "provider"},
                {"provider", "provider"},
                {"customer", "provider"}});
        List<Question> bank = checkedBank(pack);
        // no first-model (one candidate would give it away), no row statements (two statements only), nothing authored
        assertEquals(EnumSet.of(Kind.OWNER_OF_CELL, Kind.TRUE_FALSE, Kind.AREAS_OF_OWNER, Kind.MODELS_OF_AREA,
                Kind.ALWAYS_RETAINED, Kind.TRANSITION, Kind.RANKING, Kind.TRUE_STATEMENTS, Kind.MODEL_FROM_DESCRIPTION), kinds(bank));
        assertTrue(ids(bank).containsAll(List.of("ranking:customer:most", "ranking:customer:fewest", "transition:m1:m2",
                "always-retained:customer:a1", "always-retained:provider:a3", "true-statements:m1")));
        assertFalse(ids(bank).contains("true-statements:a1"));
        // two owners: an owner-of-cell question has exactly the two of them
        bank.stream().filter(q -> q.kind() == Kind.OWNER_OF_CELL).forEach(q -> assertEquals(2, q.choices().size()));
    }

    @Test
    void fewerThanFourAreasGetNoColumnStatements() {
        Pack pack = MatrixPacks.build(3, List.of("customer", "shared", "provider"), new String[][] {
                {"customer", "customer", "shared"},
                {"customer", "shared", "provider"},
                {"shared", "provider", "provider"}});
        List<Question> bank = checkedBank(pack);
        assertTrue(ids(bank).stream().noneMatch(id -> id.startsWith("true-statements:m")));
        assertTrue(ids(bank).containsAll(List.of("true-statements:a1", "true-statements:a2", "true-statements:a3")));
    }

    @Test
    void tiedCountsGetNoRankingQuestion() {
        // customer: 2, 2, 1 areas -> no "most", a unique "fewest"; provider: 1, 1, 2 -> the reverse
        Pack pack = MatrixPacks.build(3, List.of("customer", "provider"), new String[][] {
                {"customer", "customer", "customer"},
                {"customer", "customer", "provider"},
                {"provider", "provider", "provider"}});
        Set<String> ranking = ids(checkedBank(pack)).stream().filter(id -> id.startsWith("ranking:")).collect(Collectors.toSet());
        assertEquals(Set.of("ranking:customer:fewest", "ranking:provider:most"), ranking);
    }

    @Test
    void eightOwnersAndEightModels() {
        List<String> owners = List.of("o1", "o2", "o3", "o4", "o5", "o6", "o7", "o8");
        String[][] rows = new String[10][8];
        for (int a = 0; a < rows.length; a++) {
            for (int m = 0; m < 8; m++) {
                // each row moves toward the provider's end at its own pace, some rows stay put
                rows[a][m] = owners.get(Math.min(7, (a % 4) * m / 2 + (a >= 8 ? 7 : 0)));
            }
        }
        Pack pack = MatrixPacks.build(8, owners, rows);
        List<Question> bank = checkedBank(pack);
        for (Question q : bank) {
            assertTrue(q.choices().size() <= 8, q.id());
        }
        bank.stream().filter(q -> q.kind() == Kind.OWNER_OF_CELL).forEach(q -> assertEquals(4, q.choices().size(), q.id()));
        assertTrue(kinds(bank).containsAll(EnumSet.of(Kind.FIRST_MODEL, Kind.TRANSITION, Kind.RANKING)));
        // eight models and "None of them" would not fit eight choices
        assertFalse(kinds(bank).contains(Kind.MODELS_OF_AREA));
    }

    @Test
    void theSmallPackYieldsItsAuthoredQuestions() {
        Pack pack = TestPacks.pack(TestPacks.SMALL);
        List<Question> bank = checkedBank(pack);
        Question fact = bank.stream().filter(q -> q.id().equals("fact:fact-one")).findFirst().orElseThrow();
        assertEquals(Set.of("Red", "Blue"), Set.copyOf(QuestionChecks.rightTexts(fact)));
        assertTrue(fact.selectAll());
        Question scenario = bank.stream().filter(q -> q.id().equals("scenario:scenario-one")).findFirst().orElseThrow();
        assertEquals(List.of("Provider"), QuestionChecks.rightTexts(scenario));
        assertEquals("The provider does.", scenario.explanation().text());
    }
}
