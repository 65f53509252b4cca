package org.whoowns.quiz;

import org.whoowns.pack.Cell;
import org.whoowns.pack.Model;
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

    /** "Under IaaS" or "In an on-premises datacenter": how a sentence opens on a model. */
    static String where(Model model) {
        return capitalize(model.where());
    }

    /** "responsibility for the operating system lies with the customer alone" */
    static String liesWith(Pack pack, Cell cell, Owner owner) {
        return "responsibility for " + cell.area().phrase() + " lies with " + holder(pack, owner);
    }

    /** "Under IaaS, responsibility for the operating system lies with the customer alone." */
    static String statement(Pack pack, Cell cell, Owner owner) {
        return where(cell.model()) + ", " + liesWith(pack, cell, owner) + ".";
    }

    /** What the matrix holds for a cell, as a sentence. */
    static String fact(Pack pack, Cell cell) {
        return statement(pack, cell, pack.owner(cell));
    }

    /**
     * The note for a choice naming {@code named} as the holder of a cell: the matrix's sentence, and where
     * the choice names someone else, whom it wrongly names.
     */
    static String ownerNote(Pack pack, Cell cell, Owner named) {
        Owner actual = pack.owner(cell);
        if (actual.equals(named)) {
            return fact(pack, cell);
        }
        return where(cell.model()) + ", " + liesWith(pack, cell, actual) + ", not with " + holder(pack, named) + ".";
    }

    /** "Customer under IaaS", "Customer in an on-premises datacenter": a cell's owner in a short list. */
    static String ownerWhere(Pack pack, Cell cell) {
        return pack.owner(cell).name() + " " + cell.model().where();
    }

    /** "cloud model" where the pack has a reference column the question leaves out, else "model". */
    static String cloudModel(Pack pack) {
        return pack.models().stream().allMatch(Model::cloud) ? "model" : "cloud model";
    }

    /**
     * "a, b and c"; with the serial comma ("a, b, and c") where an item itself contains "and", so that
     * "configurations and settings, and identities and users" still reads as two items (even when there are two).
     */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        boolean serial = items.stream().anyMatch(i -> i.contains(" and "));
        return String.join(", ", items.subList(0, items.size() - 1)) + (serial ? ", and " : " and ")
                + items.get(items.size() - 1);
    }

    /** "1 area", "3 areas" */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
