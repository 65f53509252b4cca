package org.whoowns.learn;

import org.whoowns.pack.Cell;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;

import java.util.LinkedHashMap;
import java.util.Map;

/** Who a pack edition makes responsible for a cell, with the cell's label for telling the learner. */
public record CellOwner(String label, String ownerId, String ownerName) {

    /** Every cell of the pack by cell id, in the pack's order. */
    public static Map<String, CellOwner> of(Pack pack) {
        Map<String, CellOwner> owners = new LinkedHashMap<>();
        for (Cell cell : pack.cells()) {
            Owner owner = pack.owner(cell);
            owners.put(cell.id(), new CellOwner(cell.area().name() + " " + cell.model().where(), owner.id(), owner.name()));
        }
        return owners;
    }
}
