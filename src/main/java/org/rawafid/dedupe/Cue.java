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
    NEGATION("لا", "لم", "لن", "ليس", "ليست", "غير", "ينفي", "تنفي", "نفي", "نفت", "يرفض", "ترفض", "رفض", "رفضت",
            "عدم", "دون", "بدون", "ينكر", "تنكر", "يتجاهل", "تتجاهل", "فشل", "يفشل", "تفشل");

    private final Set<String> words;

    Cue(String... words) {
        this.words = Set.of(words);
    }

    /** The cues in already normalised text (a leading و or ف conjunction is ignored). */
    static Set<Cue> of(String normalized) {
        Set<Cue> out = EnumSet.noneOf(Cue.class);
        for (String word : normalized.split(" ")) {
            for (Cue cue : values()) {
                if (cue.words.contains(word) || (word.length() > 3 && "وف".indexOf(word.charAt(0)) >= 0
                        && cue.words.contains(word.substring(1)))) {
                    out.add(cue);
                }
            }
        }
        return out;
    }

    /** Whether cue sets {@code a} and {@code b} state opposite facts. */
    static boolean contradict(Set<Cue> a, Set<Cue> b) {
        boolean direction = (only(a, UP) && only(b, DOWN)) || (only(a, DOWN) && only(b, UP));
        return direction || a.contains(NEGATION) != b.contains(NEGATION);
    }

    private static boolean only(Set<Cue> set, Cue direction) {
        return set.contains(direction) && !set.contains(direction == UP ? DOWN : UP);
    }
}
