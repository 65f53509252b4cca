package org.whoowns.quiz;

import org.whoowns.pack.Pack;

import java.util.List;
import java.util.Random;

/**
 * Generates every question of one kind that a pack supports. Pure: the same pack and the same random
 * sequence give the same questions. A question the pack cannot support cleanly is left out.
 */
public interface Generator {
    Kind kind();

    List<Question> generate(Pack pack, Random random);
}
