package org.whoowns.pack;

/** One citation: a section of a document. */
public record Source(Document document, String section) {
    public String citation() {
        return document.citation() + ", section \"" + section + "\"";
    }
}
