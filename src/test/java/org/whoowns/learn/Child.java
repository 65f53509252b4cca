package org.whoowns.learn;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A second whoowns for the tests, run as its own JVM. {@code hold HOME}: take ada's lock, say "held", wait
 * to be killed. {@code save HOME}: forever append an attempt and record progress, printing "saved ID" only
 * after the save returned, until killed.
 */
public final class Child {
    private Child() {
    }

    static List<String> command(String mode, Path home) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
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
            for (int n = results.nextNumber(Exams.PACK.id()); ; n++) {
                UUID id = UUID.randomUUID();
                results.append(Exams.attempt("ada", 3, n % 4, id, n));
                progress = progress.record(List.of(new Review("operating-system@iaas", n % 3 == 0 ? Rating.AGAIN : Rating.GOOD,
                        Instant.now(), n)));
                ProgressStore.save(files, progress);
                System.out.println("saved " + id + " " + progress.log().size());
                System.out.flush();
            }
        }
    }
}
