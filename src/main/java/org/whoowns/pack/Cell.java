package org.whoowns.pack;

/** One cell of the matrix. Its id (area id @ model id) is what learner progress is keyed by. */
public record Cell(Area area, Model model) {
    public String id() {
        return area.id() + "@" + model.id();
    }
}
