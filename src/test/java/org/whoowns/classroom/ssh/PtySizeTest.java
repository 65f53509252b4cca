package org.whoowns.classroom.ssh;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PtySizeTest {

    @Test
    void sizesAreClampedAndNonsenseFallsBackTo80By24() {
        assertEquals(new PtySize(100, 30), PtySize.of("100", "30"));
        assertEquals(new PtySize(300, 120), PtySize.of("65535", "65535"));
        assertEquals(new PtySize(300, 120), PtySize.of("99999999999999999999", "5000000000"));
        assertEquals(PtySize.FALLBACK, PtySize.of(null, "30"));
        assertEquals(PtySize.FALLBACK, PtySize.of("0", "0"));
        assertEquals(PtySize.FALLBACK, PtySize.of("-5", "30"));
        assertEquals(PtySize.FALLBACK, PtySize.of("80x", "24"));
        assertEquals(new PtySize(1, 1), new PtySize(-3, 0));
    }
}
