package org.whoowns.learn;

import org.whoowns.pack.Pack;
import org.whoowns.pack.TestPacks;
import org.whoowns.quiz.Grader;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.QuestionBank;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Exams and attempts on the shipped pack for tests. */
final class Exams {
    static final Pack PACK = TestPacks.shipped();
    static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private Exams() {
    }

    static List<Question> paper(int count, long seed) {
        return ExamPaper.select(QuestionBank.generate(PACK, seed), count, seed);
    }

    /** An attempt answering the first {@code right} questions right and the rest wrong. */
    static Attempt attempt(String learner, int count, int right, UUID id, int number) {
        ExamSession session = new ExamSession(paper(count, 7), Clock.fixed(T0, ZoneOffset.UTC), Optional.empty(), Grader.STRICT, 80);
        for (int i = 0; i < count; i++) {
            session.go(i);
            Question q = session.question();
            List<Integer> answer = q.answer();
            if (i < right) {
                session.answer(new HashSet<>(answer));
            } else {
                int wrong = 0;
                while (answer.contains(wrong)) {
                    wrong++;
                }
                session.answer(java.util.Set.of(wrong));
            }
        }
        ExamResult result = session.submit();
        return Attempt.of(result, new Attempt.Taker(learner, "Ada Lovelace", Optional.of("=SUM(A1)")), PACK,
                "https://example.org/whoowns/exam/" + PACK.id(), "0.1.0", "7", id, number);
    }
}
