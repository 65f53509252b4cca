package org.whoowns.learn;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A second whoowns for the tests, run as its own JVM. {@code hold HOME}: take ada's lock, say "held", wait
 * to be killed. {@code save HOME}: forever append an attempt and record progress, printing "saved ID" only
 * after the save returned, until killed.
 */
public final class Child {
    private Child() {
    }

    private static final String PACK = "azure-shared-responsibility";

    /** A small attempt built by hand: loading a pack would make each of the kill test's JVMs start slower. */
    private static Attempt attempt(UUID id, int number) {
        Instant now = Instant.now();
        List<Attempt.Answered> answers = List.of(
                new Attempt.Answered("owner-of-cell:operating-system@iaas", "owner-of-cell", "Under IaaS, who is responsible for the operating system?",
                        List.of("Customer", "Shared", "Microsoft"), List.of(0), List.of(number % 3), number % 3 == 0 ? 1 : 0, false),
                new Attempt.Answered("true-false:physical-hosts@saas", "true-false", "True or false? ...", List.of("True", "False"),
                        List.of(1), List.of(1), 1, true));
        double raw = answers.stream().mapToDouble(Attempt.Answered::credit).sum();
        return new Attempt(new Attempt.Taker("ada", "Ada", Optional.empty()), "https://example.org/whoowns/exam", PACK, "2026.1",
                "0.1.0", "7", id, number, now.minusSeconds(60), now, raw, 2, 80, raw == 2,
                Map.of("operating-system", new Tally("Operating system", raw, 2)), Map.of(), answers, "").sealed();
    }

    static List<String> command(String mode, Path home) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), mode, home.toString());
    }

    public static void main(String[] args) throws Exception {
        DataDir data = new DataDir(Path.of(args[1]));
        try (LearnerFiles files = LearnerFiles.open(data, new Learner("ada"), LearnerLock.WAIT)) {
            if (args[0].equals("hold")) {
                System.out.println("held");
                System.out.flush();
                Thread.sleep(60_000);
                return;
            }
            ResultStore results = ResultStore.open(files, Instant.now());
            Progress progress = ProgressStore.load(files, "azure-shared-responsibility", FsrsParams.DEFAULT, Instant.now());
            for (int n = results.nextNumber(PACK); ; n++) {
                UUID id = UUID.randomUUID();
                results.append(attempt(id, n));
                progress = progress.record(List.of(new Review("operating-system@iaas", n % 3 == 0 ? Rating.AGAIN : Rating.GOOD,
                        Instant.now(), n)));
                ProgressStore.save(files, progress);
                System.out.println("saved " + id + " " + progress.log().size());
                System.out.flush();
            }
        }
    }
}
