package org.whoowns.learn;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The FSRS-6 scheduler as pure functions (shared/notes/fsrs.md, after py-fsrs 6.3.1): a card, a rating and
 * the review's instant give the next card. No clock, no randomness: the fuzz is a number in [0, 1) the
 * caller draws (seeded per learner, item and review count).
 */
public final class Fsrs {
    private final FsrsParams p;
    private final double decay;
    private final double factor;

    public Fsrs(FsrsParams params) {
        this.p = params;
        this.decay = -params.w(20);
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public FsrsParams params() {
        return p;
    }

    /** Chance of recall at {@code now}, counting whole elapsed days; 0 for a new card. */
    public double retrievability(Card card, Instant now) {
        if (card.isNew()) {
            return 0;
        }
        long days = Math.max(0, Duration.between(card.lastReview(), now).toDays());
        return Math.pow(1 + factor * days / card.stability(), decay);
    }

    /** Whole days until recall is expected to fall to the desired retention, clamped to [1, max]. */
    public int interval(double stability) {
        double days = stability / factor * (Math.pow(p.retention(), 1 / decay) - 1);
        // Math.rint rounds half to even, as Python's round() in the reference does.
        return (int) Math.min(Math.max(Math.rint(days), 1), p.maxInterval());
    }

    /** Every rating's outcome, so a front end can show "Again 1 min, Good 3 d" before the answer. */
    public Map<Rating, Card> outcomes(Card card, Instant at, double fuzz) {
        Map<Rating, Card> outcomes = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            outcomes.put(rating, next(card, rating, at, fuzz));
        }
        return outcomes;
    }

    public Card next(Card card, Rating rating, Instant at, double fuzz) {
        double s;
        double d;
        if (card.isNew()) {
            s = initialStability(rating);
            d = clampDifficulty(initialDifficulty(rating));
        } else {
            long days = Duration.between(card.lastReview(), at).toDays();
            if (days < 1) {
                s = shortTermStability(card.stability(), rating);
            } else {
                double r = retrievability(card, at);
                s = rating == Rating.AGAIN ? forgetStability(card.difficulty(), card.stability(), r)
                        : recallStability(card.difficulty(), card.stability(), r, rating);
            }
            s = Math.max(s, 0.001);
            d = nextDifficulty(card.difficulty(), rating);
        }
        Card.Phase phase = card.phase();
        int step = card.step();
        Duration wait;
        if (phase == Card.Phase.REVIEW) {
            if (rating == Rating.AGAIN && !p.relearningSteps().isEmpty()) {
                phase = Card.Phase.RELEARNING;
                step = 0;
                wait = p.relearningSteps().get(0);
            } else {
                wait = reviewWait(s, fuzz);
            }
        } else {
            List<Duration> steps = phase == Card.Phase.LEARNING ? p.learningSteps() : p.relearningSteps();
            if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)
                    || rating == Rating.EASY || (rating == Rating.GOOD && step + 1 >= steps.size())) {
                phase = Card.Phase.REVIEW;
                step = 0;
                wait = reviewWait(s, fuzz);
            } else if (rating == Rating.AGAIN) {
                step = 0;
                wait = steps.get(0);
            } else if (rating == Rating.HARD) {
                if (step == 0 && steps.size() == 1) {
                    wait = Duration.ofMillis(steps.get(0).toMillis() * 3 / 2);
                } else if (step == 0) {
                    wait = Duration.ofMillis((steps.get(0).toMillis() + steps.get(1).toMillis()) / 2);
                } else {
                    wait = steps.get(step);
                }
            } else {
                step++;
                wait = steps.get(step);
            }
        }
        return new Card(phase, step, s, d, at, at.plus(wait), card.reviews() + 1, rating);
    }

    private Duration reviewWait(double stability, double fuzz) {
        int days = interval(stability);
        return Duration.ofDays(p.fuzz() ? fuzzed(days, fuzz) : days);
    }

    /** The interval spread by up to ~5-15 %, from a uniform draw in [0, 1); intervals under 2.5 days stay. */
    int fuzzed(int days, double draw) {
        if (days < 2.5) {
            return days;
        }
        double delta = 1.0 + 0.15 * span(days, 2.5, 7) + 0.10 * span(days, 7, 20) + 0.05 * span(days, 20, Double.MAX_VALUE);
        int min = Math.max(2, (int) Math.rint(days - delta));
        int max = (int) Math.min(Math.rint(days + delta), p.maxInterval());
        min = Math.min(min, max);
        // Floor, not py-fsrs's round, so every whole day in [min, max] is equally likely and max is never exceeded.
        return (int) Math.floor(draw * (max - min + 1)) + min;
    }

    private static double span(double days, double start, double end) {
        return Math.max(Math.min(days, end) - start, 0);
    }

    private double initialStability(Rating rating) {
        return Math.max(p.w(rating.grade() - 1), 0.001);
    }

    private double initialDifficulty(Rating rating) {
        return p.w(4) - Math.exp(p.w(5) * (rating.grade() - 1)) + 1;
    }

    private double nextDifficulty(double d, Rating rating) {
        double delta = -p.w(6) * (rating.grade() - 3);
        double damped = d + delta * (10 - d) / 9;
        return clampDifficulty(p.w(7) * initialDifficulty(Rating.EASY) + (1 - p.w(7)) * damped);
    }

    private double shortTermStability(double s, Rating rating) {
        double m = Math.exp(p.w(17) * (rating.grade() - 3 + p.w(18))) * Math.pow(s, -p.w(19));
        if (rating.grade() >= 3) {
            m = Math.max(m, 1);
        }
        return s * m;
    }

    private double recallStability(double d, double s, double r, Rating rating) {
        double hard = rating == Rating.HARD ? p.w(15) : 1;
        double easy = rating == Rating.EASY ? p.w(16) : 1;
        return s * (1 + Math.exp(p.w(8)) * (11 - d) * Math.pow(s, -p.w(9)) * (Math.exp((1 - r) * p.w(10)) - 1) * hard * easy);
    }

    private double forgetStability(double d, double s, double r) {
        double longTerm = p.w(11) * Math.pow(d, -p.w(12)) * (Math.pow(s + 1, p.w(13)) - 1) * Math.exp((1 - r) * p.w(14));
        double shortTerm = s / Math.exp(p.w(17) * p.w(18));
        return Math.min(longTerm, shortTerm);
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, 1), 10);
    }
}
