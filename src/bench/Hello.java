import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** The baseline for start-up figures: a JVM that prints one line and stamps the moment it did, as whoowns does. */
public class Hello {
    public static void main(String[] args) throws Exception {
        System.out.println("Hello, world");
        System.out.flush();
        Instant now = Instant.now();
        String stamp = System.getenv("WHOOWNS_STAMP");
        if (stamp != null) {
            Files.writeString(Path.of(stamp), "frame " + (now.getEpochSecond() * 1_000_000_000L + now.getNano()) + "\n");
        }
    }
}
