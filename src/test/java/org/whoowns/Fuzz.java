package org.whoowns;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;

import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.ToIntFunction;

/**
 * Runs one fuzz target (from a jqwik @Example: generators need its thread): inputs drawn from an arbitrary for {@code whoowns.fuzz.seconds} (2 in the
 * normal build, 300 with {@code mvn -P fuzz verify}), each checked on a worker thread with a time limit
 * proportional to its size, so a hang or a super-linear blow-up fails like an exception does. The seed is
 * fixed ({@code whoowns.fuzz.seed} to change it), so a finding can be replayed.
 */
public final class Fuzz {
    /** A check of one input; anything it throws is a finding. */
    public interface Check<T> {
        void accept(T input) throws Exception;
    }

    private Fuzz() {
    }

    /**
     * Checks inputs until the time is up; {@code size} (bytes, characters, events) sets each input's time
     * limit: one second plus a millisecond per 100 units. Returns how many inputs were checked.
     */
    public static <T> long run(String target, Arbitrary<T> inputs, ToIntFunction<T> size, Check<T> check) {
        long seconds = Long.getLong("whoowns.fuzz.seconds", 2);
        long seed = Long.getLong("whoowns.fuzz.seed", 15);
        Random random = new Random(seed);
        RandomGenerator<T> generator = inputs.generator(1000);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "fuzz-" + target);
            thread.setDaemon(true); // a hung check must not keep the test JVM alive
            return thread;
        });
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long count = 0;
        long slowest = 0;
        try {
            while (System.nanoTime() < end) {
                T input = generator.next(random).value();
                // The first input also pays for class loading and a cold JIT.
                long limit = (count == 0 ? 20_000 : 1000) + size.applyAsInt(input) / 100;
                long start = System.nanoTime();
                Future<?> done = worker.submit(() -> {
                    check.accept(input);
                    return null;
                });
                try {
                    done.get(limit, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    done.cancel(true);
                    throw new AssertionError(target + ": no answer within " + limit + " ms (seed " + seed + ", input "
                            + count + "): " + describe(input));
                } catch (ExecutionException e) {
                    throw new AssertionError(target + ": failed (seed " + seed + ", input " + count + ") on "
                            + describe(input), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(target + ": interrupted");
                }
                slowest = Math.max(slowest, System.nanoTime() - start);
                count++;
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("fuzz %s: %d inputs in %d s, slowest %.1f ms%n", target, count, seconds, slowest / 1e6);
        return count;
    }

    /** The input for the failure message: Java-escaped and cut, so the report stays readable. */
    private static String describe(Object input) {
        String text = input instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                : input instanceof String[] args ? String.join(" ", args) : String.valueOf(input);
        StringBuilder sb = new StringBuilder();
        text.codePoints().limit(400).forEach(c -> {
            if (c >= 0x20 && c < 0x7f) {
                sb.appendCodePoint(c);
            } else {
                sb.append(String.format("\\u%04x", c));
            }
        });
        return sb + (text.length() > 400 ? "… (" + text.length() + " chars)" : "");
    }
}
