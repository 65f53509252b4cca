package org.whoowns.quiz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.whoowns.pack.Cell;
import org.whoowns.pack.Pack;
import org.whoowns.pack.TestPacks;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10's properties over seeds 1..200 (questions) and 1..100 (practice runs of ten), for the shipped
 * matrix with its teaching content and for a differently shaped pack (3 models, 6 areas, 4 owners).
 */
class TeachingPropertiesTest {
    private static final int RUNS = 100;

    static Pack pack(String name) {
        return switch (name) {
            case "azure" -> TeachingPacks.azure();
            case "four-owners" -> TeachingPacks.fourOwners();
            default -> TestPacks.named(name);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"azure", "four-owners"})
    void everyQuestionOfSeeds1To200IsRightWellWordedAndExplainsEveryPick(String name) {
        Pack pack = pack(name);
        Set<String> expected = QuestionChecks.expectedIds(pack);
        for (long seed = 1; seed <= 200; seed++) {
            List<Question> bank = QuestionBank.generate(pack, seed);
            assertEquals(expected, bank.stream().map(Question::id).collect(Collectors.toCollection(LinkedHashSet::new)));
            for (Question q : bank) {
                QuestionChecks.wellFormed(pack, q);
                QuestionChecks.agreesWithPack(pack, q);
                QuestionChecks.teaches(pack, q);
            }
        }
    }

    /** Needs the pack-content branch (where/cloud, tasks, splits in the shipped pack); fails before it merges. */
    @Test
    void theShippedPackTeachesToo() {
        Pack pack = TestPacks.shipped();
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (long seed = 1; seed <= 200; seed++) {
            for (Question q : QuestionBank.generate(pack, seed)) {
                QuestionChecks.wellFormed(pack, q);
                QuestionChecks.agreesWithPack(pack, q);
                QuestionChecks.teaches(pack, q);
                kinds.add(q.kind());
            }
        }
        assertEquals(EnumSet.complementOf(EnumSet.of(Kind.MATRIX_FILL)), kinds, "matrix-fill is dealt by practice, not the bank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"azure", "four-owners"})
    void theNewKindsAreGenerated(String name) {
        Set<Kind> kinds = QuestionBank.generate(pack(name), 1).stream().map(Question::kind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(List.of(Kind.TASK_OWNER, Kind.SPLIT_CELL, Kind.MODEL_FROM_DESCRIPTION)), kinds::toString);
    }

    @Test
    void examWordingOnTheAzureMatrix() {
        Map<String, Question> bank = QuestionBank.generate(TeachingPacks.azure(), 1).stream()
                .collect(Collectors.toMap(Question::id, q -> q));
        Question ranking = bank.get("ranking:customer:most");
        assertEquals("Which cloud model leaves the most areas with the customer alone?", ranking.prompt());
        assertEquals(List.of("IaaS", "PaaS", "SaaS"), ranking.choices().stream().map(Choice::text).toList());
        assertEquals(List.of("IaaS"), QuestionChecks.rightTexts(ranking));

        Question none = bank.get("models-of-area:physical-datacenter:customer");
        assertEquals("In which cloud models does responsibility for the physical datacenter lie with the customer alone?", none.prompt());
        assertEquals(List.of("None of them"), QuestionChecks.rightTexts(none));

        // first-model only where it is not simply the first cloud column and two models qualify
        assertEquals(Set.of("first-model:applications:shared", "first-model:operating-system:microsoft"),
                bank.keySet().stream().filter(id -> id.startsWith("first-model:")).collect(Collectors.toSet()));

        Question task = bank.get("task-owner:leaver:saas");
        assertEquals("Under SaaS, who removes a departing employee's access?", task.prompt());
        assertEquals(List.of("Customer"), QuestionChecks.rightTexts(task));
        assertFalse(bank.containsKey("task-owner:laptops:saas"), "client devices are shared under SaaS: no sole owner");

        Question transition = bank.get("transition:iaas:paas");
        assertTrue(transition.prompt().contains("move fully or partly toward Microsoft"), transition.prompt());
        assertTrue(transition.explanation().text().contains("moves fully to Microsoft"), transition.explanation().text());
        assertTrue(transition.explanation().text().contains("becoming shared"), transition.explanation().text());

        Question onPrem = bank.get("owner-of-cell:applications@on-premises");
        assertTrue(onPrem.prompt().toLowerCase().contains("in an on-premises datacenter"), onPrem.prompt());

        // the trap: client devices are not "always yours", and the note says why
        Question always = bank.get("always-retained:customer:customer-data");
        always.choices().stream().filter(c -> c.text().equals("Client devices")).findFirst().ifPresent(c ->
                assertTrue(c.note().contains("under SaaS") && c.note().toLowerCase().contains("endpoint"), c.note()));

        String description = bank.get("model-from-description:paas").prompt();
        assertTrue(description.startsWith("The customer alone is responsible for customer data, configurations and settings, "
                + "identities and users, and client devices;"), description);
        assertTrue(description.endsWith("Which model is this?"), description);
    }

    @Test
    void splitCellsOfferTheOtherSidesPartsAsDistractors() {
        Pack pack = TeachingPacks.azure();
        for (long seed = 1; seed <= 50; seed++) {
            Question q = QuestionBank.generate(pack, seed).stream()
                    .filter(x -> x.id().equals("split-cell:network-controls:paas:customer")).findFirst().orElseThrow();
            assertEquals("Under PaaS, responsibility for network controls is shared. Which of these parts does the customer"
                    + " take care of?", q.prompt());
            assertEquals(List.of("application-level network controls"), QuestionChecks.rightTexts(q));
            assertTrue(q.choices().stream().anyMatch(c -> c.text().equals("baseline network security")), q.choices()::toString);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"azure", "four-owners"})
    void theSameSeedGivesTheSameQuestionsAndDeck(String name) {
        Pack pack = pack(name);
        for (long seed = 1; seed <= 20; seed++) {
            assertEquals(QuestionBank.generate(pack, seed), QuestionBank.generate(pack(name), seed));
            assertEquals(PracticeDeck.deal(pack, seed, 10), PracticeDeck.deal(pack(name), seed, 10));
        }
    }

    /**
     * Issue 10's bar (no question in more than 20 % of runs) on the shipped matrix. A pack of 18 cells cannot
     * meet it while no run repeats a cell: late in a run only the few questions with fresh cells remain, so the
     * small pack is held to 30 %.
     */
    @ParameterizedTest
    @CsvSource({"azure, 20", "four-owners, 30"})
    void practiceRunsAreWorthRepeating(String name, int maxPercent) {
        Pack pack = pack(name);
        Map<String, Integer> idRuns = new HashMap<>();
        Map<Kind, Integer> kindRuns = new HashMap<>();
        Map<String, Integer> ownerAnswers = new HashMap<>();
        int ownerQuestions = 0;
        int reference = 0;
        int trueAnswers = 0;
        int trueFalse = 0;
        for (long seed = 1; seed <= RUNS; seed++) {
            List<Question> run = PracticeDeck.deal(pack, seed, 10);
            assertEquals(10, run.size());
            Set<Cell> asked = new HashSet<>();
            for (Question q : run) {
                for (Cell cell : q.primaryCells()) {
                    assertTrue(asked.add(cell), () -> "cell " + cell.id() + " asked twice in run " + run.stream().map(Question::id).toList());
                }
                String key = PracticeDeck.answerKey(q);
                if (key != null && key.startsWith("owner:")) {
                    ownerQuestions++;
                    ownerAnswers.merge(key, 1, Integer::sum);
                }
                if (key != null && key.startsWith("tf:")) {
                    trueFalse++;
                    trueAnswers += key.equals("tf:True") ? 1 : 0;
                }
                if (PracticeDeck.reference(pack, q)) {
                    reference++;
                }
            }
            run.stream().map(Question::id).distinct().forEach(id -> idRuns.merge(id, 1, Integer::sum));
            run.stream().map(Question::kind).distinct().forEach(k -> kindRuns.merge(k, 1, Integer::sum));
            assertTrue(run.stream().map(Question::kind).distinct().count() >= 5, () -> run.stream().map(Question::id).toList().toString());
        }
        idRuns.forEach((id, n) -> assertTrue(n * 100 <= RUNS * maxPercent, () -> id + " in " + n + " of " + RUNS + " runs"));
        kindRuns.forEach((k, n) -> assertTrue(n < RUNS, () -> k + " in every run"));
        int owners = ownerQuestions;
        ownerAnswers.forEach((owner, n) -> assertTrue(n * 2 <= owners,
                () -> "always answering " + owner + " scores " + n + " of " + owners));
        assertTrue(trueAnswers * 5 >= trueFalse * 2 && trueAnswers * 5 <= trueFalse * 3, trueAnswers + " of " + trueFalse + " true");
        // the reference column is weighted down: its share of the runs is well under its share of the bank
        List<Question> bank = QuestionBank.generate(pack, 1);
        double bankShare = bank.stream().filter(q -> PracticeDeck.reference(pack, q)).count() / (double) bank.size();
        assertTrue(reference / (RUNS * 10.0) < 0.6 * bankShare, reference + " reference-column questions in " + RUNS
                + " runs; the bank's share is " + bankShare);
    }
}
