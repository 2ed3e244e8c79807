package org.rawafid.publish;

/**
 * "How many outlets carried it" in Arabic, for entries of a feed ranked by coverage (SPEC §8a):
 * the counted noun agrees with the number as Arabic requires — one (مصدر واحد), two (مصدران),
 * 3–10 (مصادر, plural), 11–99 (مصدراً, singular accusative) — with Arabic-Indic digits.
 */
final class CoverageCount {
    private CoverageCount() {
    }

    /** E.g. {@code "غطّته ٥ مصادر"}; {@code outlets} is at least 1. */
    static String phrase(int outlets) {
        if (outlets < 1) {
            throw new IllegalArgumentException("outlets must be positive: " + outlets);
        }
        if (outlets == 1) {
            return "غطّاه مصدر واحد";
        }
        if (outlets == 2) {
            return "غطّاه مصدران";
        }
        int tail = outlets % 100;
        String n = ArabicTime.digits(outlets);
        if (tail >= 3 && tail <= 10) {
            return "غطّته " + n + " مصادر";
        }
        if (tail >= 11) {
            return "غطّاه " + n + " مصدراً";
        }
        return "غطّاه " + n + " مصدر";
    }
}
