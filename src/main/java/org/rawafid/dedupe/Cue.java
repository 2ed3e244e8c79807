package org.rawafid.dedupe;

import java.util.EnumSet;
import java.util.Set;

/**
 * Words that flip a headline's fact while leaving its names in place: a price that rises
 * or falls, a claim that is made or denied. Two reports whose cues disagree are different
 * stories however many words they share (ANS "disagree" pairs are mostly this).
 */
enum Cue {
    UP("ارتفاع", "يرتفع", "ترتفع", "ارتفع", "ارتفعت", "صعود", "يصعد", "تصعد", "صعد", "قفزه", "يقفز", "تقفز",
            "قفز", "زياده", "يزيد", "تزيد", "مكاسب", "يكسب", "مرتفع", "اعلي", "تقدم", "يتقدم"),
    DOWN("انخفاض", "ينخفض", "تنخفض", "انخفض", "انخفضت", "تراجع", "يتراجع", "تتراجع", "تراجعت", "هبوط", "يهبط",
            "تهبط", "هبط", "يهوي", "تهوي", "هوت", "خساير", "يخسر", "تخسر", "خفض", "يخفض", "تخفض", "ادني", "منخفض",
            "تدهور", "يتدهور", "تتدهور", "سقوط", "يسقط"),
    NEGATION("لا", "لم", "لن", "ليس", "ليست", "غير", "ينفي", "تنفي", "نفي", "نفت", "ينفون", "نفوا", "يرفضون", "رفضوا", "يرفض", "ترفض", "رفض", "رفضت",
            "عدم", "ينكر", "تنكر", "يتجاهل", "تتجاهل", "فشل", "يفشل", "تفشل");

    private final Set<String> words;

    Cue(String... words) {
        this.words = Set.of(words);
    }

    /**
     * The cues in already normalised text (a leading و or ف conjunction is ignored). Of the
     * directions only the first counts: a headline leads with its own fact and gives the
     * cause after it ("ارتفاع النفط مع تراجع المخزونات" is a rise, not a fall).
     */
    static Set<Cue> of(String normalized) {
        Set<Cue> out = EnumSet.noneOf(Cue.class);
        for (String word : normalized.split(" ")) {
            for (Cue cue : values()) {
                if (cue.matches(word) && (cue == NEGATION || !(out.contains(UP) || out.contains(DOWN)))) {
                    out.add(cue);
                }
            }
        }
        return out;
    }

    /** Whether cue sets {@code a} and {@code b} state opposite facts. */
    static boolean contradict(Set<Cue> a, Set<Cue> b) {
        boolean direction = (a.contains(UP) && b.contains(DOWN)) || (a.contains(DOWN) && b.contains(UP));
        return direction || a.contains(NEGATION) != b.contains(NEGATION);
    }

    private boolean matches(String word) {
        return words.contains(word)
                || (word.length() > 3 && "وف".indexOf(word.charAt(0)) >= 0 && words.contains(word.substring(1)));
    }
}
