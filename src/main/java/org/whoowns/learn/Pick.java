package org.whoowns.learn;

/** An item chosen for practice and why it was chosen. */
public record Pick(String item, Reason reason) {

    public enum Reason {
        MISSED("missed last time"), DUE("due"), NEW("new"), SOON("due soon");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }
}
