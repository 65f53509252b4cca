package org.whoowns.quiz;

import org.whoowns.pack.Cell;
import org.whoowns.pack.Owner;
import org.whoowns.pack.Pack;

import java.util.List;

/** Sentence pieces built from a pack's names, shared by the generators so every kind words cells alike. */
final class Phrases {
    private Phrases() {
    }

    /** "the customer alone" for an owner at either end of the scale, "the customer and X together" as written. */
    static String holder(Pack pack, Owner owner) {
        return pack.isSole(owner) ? owner.holder() + " alone" : owner.holder();
    }

    /** "responsibility for the operating system lies with the customer alone" */
    static String liesWith(Pack pack, Cell cell, Owner owner) {
        return "responsibility for " + cell.area().phrase() + " lies with " + holder(pack, owner);
    }

    /** The question form: "does responsibility for applications lie with the customer alone" */
    static String doesLieWith(Pack pack, Cell cell, Owner owner) {
        return "does responsibility for " + cell.area().phrase() + " lie with " + holder(pack, owner);
    }

    /** "Under IaaS, responsibility for the operating system lies with the customer alone." */
    static String statement(Pack pack, Cell cell, Owner owner) {
        return "Under " + cell.model().name() + ", " + liesWith(pack, cell, owner) + ".";
    }

    /** "a, b and c" */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "IaaS: Customer", the note a choice carries to say what the matrix really holds. */
    static String cellNote(Pack pack, Cell cell) {
        return cell.model().name() + ": " + pack.owner(cell).name();
    }
}
