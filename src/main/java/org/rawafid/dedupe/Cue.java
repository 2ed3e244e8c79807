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
            "قفز", "زياده", "يزيد", "تزيد", "زاد", "زادت", "مكاسب", "يكسب", "مرتفع", "اعلي", "تقدم", "يتقدم"),
    DOWN("تخفيض", "تقليص", "يقلص", "تقلص", "انخفاض", "ينخفض", "تنخفض", "انخفض", "انخفضت", "تراجع", "يتراجع", "تتراجع", "تراجعت", "هبوط", "يهبط",
            "تهبط", "هبط", "يهوي", "تهوي", "هوت", "خساير", "يخسر", "تخسر", "خفض", "يخفض", "تخفض", "ادني", "منخفض",
            "تدهور", "يتدهور", "تتدهور", "سقوط", "يسقط", "انهيار", "ينهار", "تنهار"),
    NEGATION("لا", "لم", "لن", "ليس", "ليست", "غير", "ينفي", "تنفي", "نفي", "نفت", "ينفون", "نفوا", "يرفضون", "رفضوا", "يرفض", "ترفض", "رفض", "رفضت",
            "عدم", "ينكر", "تنكر", "يتجاهل", "تتجاهل", "فشل", "يفشل", "تفشل"),
    BEGIN("بدء", "بدا", "يبدا", "تبدا", "بدات", "انطلاق", "انطلقت", "ينطلق", "تنطلق", "استيناف", "يستانف", "تستانف",
            "افتتاح", "يفتتح", "تفتتح", "افتتحت", "بدايه", "فتح", "يفتح", "تفتح", "فتحت"),
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
    ACCORD("تصالح", "مصالحه", "تقارب", "انفراج", "مصالحات"),
    WIN("فوز", "يفوز", "تفوز", "فاز", "فازت", "انتصار", "ينتصر", "تنتصر", "انتصر", "تتويج", "يتوج", "تتوج", "توج"),
    LOSE("هزيمه", "يهزم", "تهزم", "هزم", "خساره", "يخسر", "تخسر", "خسر", "خسرت", "سقط", "يسقط"),
    UNITE("زواج", "يتزوج", "تتزوج", "تزوج", "تزوجت", "خطوبه", "ارتباط", "يرتبط", "ترتبط", "زفاف"),
    SEPARATE("طلاق", "يطلق", "تطلق", "انفصال", "ينفصل", "تنفصل", "انفصل", "انفصلت", "خلع"),
    LEAVE("استقاله", "يستقيل", "تستقيل", "استقال", "استقالت", "اقاله", "يقيل", "تقيل", "اقال", "اقالت", "اعفاء",
            "رحيل", "يرحل", "ترحل"),
    STAY("بقاء", "يبقي", "تبقي", "يستمر", "تستمر", "استمرار", "تجديد", "يجدد", "تجدد", "تمديد", "يمدد", "تمدد",
            "يواصل", "تواصل");

    /** Pairs of cues that state opposite facts (UP and DOWN, NEGATION and its absence, see {@link #contradict}). */
    private static final Cue[][] OPPOSITES = {{BEGIN, END}, {FREE, JAIL}, {CALM, CLASH}, {SUPPORT, CONDEMN},
            {DEATH, SURVIVE}, {BAN, ALLOW}, {SUCCESS, FAILURE}, {CONFLICT, ACCORD}, {WIN, LOSE}, {UNITE, SEPARATE},
            {LEAVE, STAY}, {END, STAY}};

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
            // Decided before the word: one word may be a direction and an event (يخسر: falls, loses).
            boolean directed = out.contains(UP) || out.contains(DOWN);
            for (Cue cue : values()) {
                if (cue.matches(word) && (cue == NEGATION || !directed)) {
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

    /** Clitics a cue word may carry: a conjunction, a preposition, the article (بالسجن، والإفراج). */
    private static final String[] PREFIXES = {"وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل"};

    private boolean matches(String word) {
        if (words.contains(word)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (word.length() - prefix.length() >= 3 && word.startsWith(prefix)
                    && words.contains(word.substring(prefix.length()))) {
                return true;
            }
        }
        return false;
    }
}
