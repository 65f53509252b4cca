package org.whoowns.tui;

import org.junit.jupiter.api.Test;
import org.whoowns.pack.Pack;
import org.whoowns.pack.PackLoader;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

/** The warm-up behind the menu opens every screen; a screen it cannot open would leave its first visit slow. */
class RehearsalTest {
    @Test
    void everyScreenOpensWithBothShippedPacks() throws Exception {
        for (String file : new String[] {"azure-shared-responsibility.json", "example-raci.json"}) {
            Pack pack = PackLoader.loadShipped(file);
            assertDoesNotThrow(() -> Rehearsal.run(pack, Palette.from(Map.of())), file);
            assertDoesNotThrow(() -> Rehearsal.run(pack, Palette.from(Map.of("NO_COLOR", "1"))), file);
        }
    }
}
