package org.whoowns.learn;

/** Credit earned out of questions asked, for one area or model of an exam. */
public record Tally(String name, double raw, int max) {

    public double percent() {
        return max == 0 ? 0 : raw * 100 / max;
    }
}
