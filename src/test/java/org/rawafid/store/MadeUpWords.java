package org.rawafid.store;

import java.util.Random;

/**
 * Six made-up Arabic-letter words per seed, for items that must be unlike any other: letters
 * that are no Arabic prefix or suffix, so the words survive stemming whole and no two seeds'
 * texts look like one story.
 */
public final class MadeUpWords {
    private static final String LETTERS = "جحخدذرزشصضطظعغق";

    private MadeUpWords() {
    }

    public static String of(long seed) {
        Random random = new Random(seed);
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < 6; w++) {
            for (int c = 0; c < 4; c++) {
                s.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            s.append(' ');
        }
        return s.toString().trim();
    }
}
