package org.rawafid.dedupe;

import java.util.EnumSet;
import java.util.Set;

/**
 * Words that flip a headline's fact while leaving its names in place: a price that rises
 * or falls, a claim that is made or denied. Two reports whose cues disagree are different
 * stories however many words they share (ANS "disagree" pairs are mostly this).
 */
enum Cue {
    UP("يرفع", "ترفع", "رفع", "ارتفاع", "يرتفع", "ترتفع", "ارتفع", "ارتفعت", "صعود", "يصعد", "تصعد", "صعد", "قفزه", "يقفز", "تقفز",
            "قفز", "زياده", "يزيد", "تزيد", "مكاسب", "يكسب", "مرتفع", "اعلي", "تقدم", "يتقدم"),
    DOWN("انخفاض", "ينخفض", "تنخفض", "انخفض", "انخفضت", "تراجع", "يتراجع", "تتراجع", "تراجعت", "هبوط", "يهبط",
            "تهبط", "هبط", "يهوي", "تهوي", "هوت", "خساير", "يخسر", "تخسر", "خفض", "يخفض", "تخفض", "ادني", "منخفض",
            "تدهور", "يتدهور", "تتدهور", "سقوط", "يسقط", "انهيار", "ينهار", "تنهار"),
    NEGATION("لا", "لم", "لن", "ليس", "ليست", "غير", "ينفي", "تنفي", "نفي", "نفت", "ينفون", "نفوا", "يرفضون", "رفضوا", "يرفض", "ترفض", "رفض", "رفضت",
            "عدم", "ينكر", "تنكر", "يتجاهل", "تتجاهل", "فشل", "يفشل", "تفشل"),
    BEGIN("بدء", "بدا", "يبدا", "تبدا", "بدات", "انطلاق", "انطلقت", "ينطلق", "تنطلق", "استيناف", "يستانف", "تستانف",
            "افتتاح", "يفتتح", "تفتتح", "افتتحت", "بدايه"),
    END("توقف", "يتوقف", "تتوقف", "توقفت", "ايقاف", "يوقف", "تعليق", "يعلق", "علقت", "الغاء", "يلغي", "تلغي",
            "الغت", "تاجيل", "يوجل", "توجل", "اجلت", "ارجاء", "انتهاء", "ينهي", "تنهي", "اغلاق", "يغلق", "تغلق", "اغلقت",
            "اختتام", "انسحاب", "ينسحب", "تنسحب", "انسحبت"),
    FREE("الافراج", "افراج", "يفرج", "تفرج", "افرجت", "براءه", "ببراءه", "تبرئه", "سراح", "اخلاء"),
    JAIL("حبس", "بحبس", "سجن", "بسجن", "يسجن", "اعتقال", "يعتقل", "تعتقل", "اعتقلت", "احتجاز", "اعدام", "باعدام"),
    CALM("هدوء", "تهدئه", "هادئ"),
    CLASH("مواجهات", "اشتباكات", "معارك", "اشتباك", "مواجهه", "دام", "داميه", "عنيفه"),
    SUPPORT("يدعم", "تدعم", "دعم", "ترحيب", "ترحب", "يرحب", "رحبت", "رحب", "تاييد", "يويد", "تويد", "يشيد", "تشيد",
            "اشاده", "اشاد", "اشادت"),
    CONDEMN("يدين", "تدين", "ادانه", "ادانت", "دان", "دانت", "ينتقد", "تنتقد", "انتقاد", "انتقد", "انتقدت", "يحذر",
            "تحذر", "حذرت", "حذر", "تحذير", "استنكار", "تستنكر", "يستنكر", "يتهم", "تتهم", "اتهام", "اتهمت"),
    DEATH("مصرع", "مقتل", "وفاه", "قتلي", "قتيلا", "قتيل", "يقتل", "تقتل", "لقي", "لقوا", "حتفهم", "حتفه"),
    SURVIVE("نجاه", "ينجو", "تنجو", "نجا", "نجت", "ينجون"),
    BAN("حظر", "يحظر", "تحظر", "حظرت", "منع", "يمنع", "تمنع", "منعت"),
    ALLOW("السماح", "يسمح", "تسمح", "سمحت", "اتاحه", "تتيح", "يتيح"),
    SUCCESS("نجاح", "ينجح", "تنجح", "نجحت", "نجح"),
    FAILURE("فشل", "يفشل", "تفشل", "فشلت", "اخفاق", "تخفق", "يخفق"),
    CONFLICT("صراع", "صراعات", "خلاف", "خلافات", "نزاع", "توتر", "ازمه"),
    ACCORD("تصالح", "مصالحه", "تقارب", "انفراج", "مصالحات");

    /** Pairs of cues that state opposite facts (UP and DOWN, NEGATION and its absence, see {@link #contradict}). */
    private static final Cue[][] OPPOSITES = {{BEGIN, END}, {FREE, JAIL}, {CALM, CLASH}, {SUPPORT, CONDEMN},
            {DEATH, SURVIVE}, {BAN, ALLOW}, {SUCCESS, FAILURE}, {CONFLICT, ACCORD}};

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
        return direction || a.contains(NEGATION) != b.contains(NEGATION) || opposite(a, b) != null;
    }

    /** The first pair of opposite cues that a states one way and b the other (each side only one way). */
    static Cue[] opposite(Set<Cue> a, Set<Cue> b) {
        for (Cue[] pair : OPPOSITES) {
            for (int i = 0; i < 2; i++) {
                Cue x = pair[i];
                Cue y = pair[1 - i];
                if (a.contains(x) && !a.contains(y) && b.contains(y) && !b.contains(x)) {
                    return new Cue[] {x, y};
                }
            }
        }
        return null;
    }

    private boolean matches(String word) {
        return words.contains(word)
                || (word.length() > 3 && "وف".indexOf(word.charAt(0)) >= 0 && words.contains(word.substring(1)));
    }
}
