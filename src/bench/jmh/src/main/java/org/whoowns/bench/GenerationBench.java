package org.whoowns.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackLoader;
import org.whoowns.quiz.Question;
import org.whoowns.quiz.QuestionBank;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Generating every question the shipped pack supports, after warm-up (SPEC §6: ≤ 20 ms), in -Xmx16m. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx16m")
public class GenerationBench {
    private Pack pack;
    private long seed;

    @Setup
    public void load() throws Exception {
        pack = PackLoader.loadDefault();
    }

    @Benchmark
    public List<Question> everyQuestion() {
        return QuestionBank.generate(pack, seed++);
    }
}
