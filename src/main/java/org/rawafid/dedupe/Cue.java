package org.rawafid.dedupe;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Words that flip a headline's fact while leaving its names in place: a price that rises
 * or falls, a claim that is made or denied. Two reports whose cues disagree are different
 * stories however many words they share (ANS "disagree" pairs are mostly this).
 */
enum Cue {
    UP("يرفع", "ترفع", "رفع", "ارتفاع", "يرتفع", "ترتفع", "ارتفع", "ارتفعت", "صعود", "يصعد", "تصعد", "صعد", "قفزه", "يقفز", "تقفز",
            "قفز", "زياده", "يزيد", "تزيد", "زاد", "زادت", "مكاسب", "يكسب", "مرتفع", "اعلي", "تقدم", "يتقدم",
            "تعافي", "يتعافي", "تتعافي", "تعافت", "انتعاش", "ينتعش", "تنتعش", "انتعشت", "تنامي", "يتنامي", "تعزيز", "يعزز", "تعزز"),
    DOWN("تخفيض", "تقليص", "يقلص", "تقلص", "انخفاض", "ينخفض", "تنخفض", "انخفض", "انخفضت", "تراجع", "يتراجع", "تتراجع", "تراجعت", "هبوط", "يهبط",
            "تهبط", "هبط", "يهوي", "تهوي", "هوت", "خساير", "يخسر", "تخسر", "خفض", "يخفض", "تخفض", "ادني", "منخفض",
            "تدهور", "يتدهور", "تتدهور", "سقوط", "يسقط", "انهيار", "ينهار", "تنهار",
            "انحدار", "ينحدر", "تنحدر", "ضعف", "تضاول", "ترنح", "يترنح", "تترنح"),
    NEGATION("لا", "لم", "لن", "ليس", "ليست", "غير", "بالا", "ينفي", "تنفي", "نفي", "نفت", "ينفون", "نفوا", "يرفضون", "رفضوا", "يرفض", "ترفض", "رفض", "رفضت",
            "عدم", "ينكر", "تنكر", "يتجاهل", "تتجاهل", "فشل", "يفشل", "تفشل"),
    BEGIN("بدء", "بدا", "يبدا", "تبدا", "بدات", "انطلاق", "انطلقت", "ينطلق", "تنطلق", "استيناف", "يستانف", "تستانف",
            "افتتاح", "يفتتح", "تفتتح", "افتتحت", "بدايه", "فتح", "يفتح", "تفتح", "فتحت",
            "يباشر", "تباشر", "يباشرون", "باشر", "باشرت", "مباشره"),
    END("توقف", "يتوقف", "تتوقف", "توقفت", "ايقاف", "يوقف", "تعليق", "يعلق", "علقت", "الغاء", "يلغي", "تلغي",
            "الغت", "تاجيل", "يوجل", "توجل", "اجلت", "تعلق", "انتهاء", "ينهي", "تنهي", "اغلاق", "يغلق", "تغلق", "اغلقت",
            "اختتام", "انسحاب", "ينسحب", "تنسحب", "انسحبت",
            "انهاء", "وقف", "وقفا", "يوقفون",
            "الغي"),
    FREE("الافراج", "افراج", "يفرج", "تفرج", "افرجت", "براءه", "ببراءه", "تبرئه", "سراح", "اخلاء",
            "سبيل"),
    JAIL("حبس", "بحبس", "سجن", "بسجن", "يسجن", "اعتقال", "يعتقل", "تعتقل", "اعتقلت", "احتجاز", "اعدام", "باعدام",
            "يحاكم", "تحاكم", "محاكمه"),
    /** A price or rate that holds: a third direction beside {@link #UP} and {@link #DOWN}. */
    STEADY("يستقر", "تستقر", "استقر", "استقرت", "استقرار", "مستقر", "مستقره", "ثبات", "يثبت", "تثبت", "ثبت", "مستقرا", "تثبيت", "ثبتت"),
    CALM("هدوء", "تهدئه", "هادئ"),
    CLASH("مواجهات", "اشتباكات", "معارك", "اشتباك", "مواجهه", "دام", "داميه", "عنيفه",
            "انفجارات", "انفجار"),
    SUPPORT("يدعم", "تدعم", "دعم", "ترحيب", "ترحب", "يرحب", "رحبت", "رحب", "تاييد", "يويد", "تويد", "يشيد", "تشيد",
            "اشاده", "اشاد", "اشادت",
            "مدح", "يمدح", "رضا", "يشجع", "تشجع", "شجع", "شجعت", "تشجيع", "مناصر", "مناصرا", "تاييده", "تويده"),
    CONDEMN("يدين", "تدين", "ادانه", "ادانت", "دان", "دانت", "ينتقد", "تنتقد", "انتقاد", "انتقد", "انتقدت", "يحذر",
            "تحذر", "حذرت", "حذر", "تحذير", "استنكار", "تستنكر", "يستنكر", "يتهم", "تتهم", "اتهام", "اتهمت",
            "تنمر", "جدل", "جدلا", "متهم", "متهما", "يعارض", "تعارض", "عارض", "عارضت", "مناهض", "مناهضا", "غاضبه", "احتجاجات"),
    DEATH("مصرع", "مقتل", "وفاه", "قتلي", "قتيلا", "قتيل", "يقتل", "تقتل", "لقي", "لقوا", "حتفهم", "حتفه"),
    SURVIVE("نجاه", "ينجو", "تنجو", "نجا", "نجت", "ينجون"),
    BAN("حظر", "يحظر", "تحظر", "حظرت", "منع", "يمنع", "تمنع", "منعت"),
    ALLOW("السماح", "يسمح", "تسمح", "سمحت", "اتاحه", "تتيح", "يتيح"),
    SUCCESS("نجاح", "ينجح", "تنجح", "نجحت", "نجح"),
    FAILURE("فشل", "يفشل", "تفشل", "فشلت", "اخفاق", "تخفق", "يخفق",
            "تعجز", "يعجز", "عجزت"),
    CONFLICT("صراع", "صراعات", "خلاف", "خلافات", "نزاع", "توتر", "ازمه",
            "تشعل", "يشعل", "اشعال", "تاجيج", "توجج", "يوجج"),
    ACCORD("تصالح", "مصالحه", "تقارب", "انفراج", "مصالحات",
            "اتفاق", "اتفاقيه", "اتفاقا", "شراكه", "هدنه", "يتفق", "تتفق", "اتفقت", "تتفقان"),
    /** Showing up again against vanishing (يظهر مجددا، يختفي). */
    APPEAR("ظهور", "يظهر", "تظهر", "ظهر", "ظهرت", "عوده", "يعود", "تعود", "عاد", "عادت"),
    VANISH("اختفاء", "يختفي", "تختفي", "اختفي", "اختفت", "غياب", "يغيب", "تغيب"),
    /** Moving away from a place against moving in or toward it (يغادرون، يستقرون، يقترب، بعيد). */
    DEPART("مغادره", "يغادر", "تغادر", "يغادرون", "غادر", "غادرت", "خروج", "يخرج", "تخرج", "خرج", "فرار", "يفر",
            "تفر", "فر", "فروا", "نزوح", "ينزح", "يبتعد", "تبتعد", "يبتعدون", "ابتعاد", "بعيد", "بعيده", "انسحاب",
            "ينسحب", "تنسحب", "انسحبت",
            "يفرون", "يسحب", "تسحب", "سحب", "مغادرتها"),
    ARRIVE("دخول", "يدخل", "تدخل", "دخل", "دخلت", "يستقرون", "وصول", "يصل", "تصل", "وصل", "وصلت", "يقترب", "تقترب",
            "اقتراب", "يتجه", "تتجه", "توجه", "عوده", "يعود", "تعود"),
    /** Approving against refusing (تقر خطة، توافق، تبرم اتفاقية / يرفض، يستبعد، تفض). */
    ACCEPT("يقر", "تقر", "اقرار", "اقر", "اقرت", "يوافق", "توافق", "موافقه", "وافق", "وافقت", "قبول", "يقبل",
            "تقبل", "تبرم", "يبرم", "ابرام", "توقيع", "يوقع", "توقع", "وقع", "وقعت"),
    REFUSE("يرفض", "ترفض", "رفض", "رفضت", "يستبعد", "تستبعد", "استبعاد", "تفض", "يفض", "فض", "يتجاهل", "تتجاهل",
            "تجاهل"),
    /** Safe against threatened (التجارة آمنة / حرب رسوم تهدد التجارة). */
    SAFE("امنه", "امن", "امنا", "بامان", "امان"),
    THREAT("تهدد", "يهدد", "تهديد", "تنذر", "ينذر", "خطر", "ضغوط", "مخاوف", "خوفا"),
    /** A court's finding of guilt, against acquittal or release ({@link #FREE}). */
    GUILTY("ادانه", "مدان", "مدانا", "ثبوت", "بادانه"),
    WIN("فوز", "يفوز", "تفوز", "فاز", "فازت", "انتصار", "ينتصر", "تنتصر", "انتصر", "تتويج", "يتوج", "تتوج", "توج"),
    LOSE("هزيمه", "يهزم", "تهزم", "هزم", "خساره", "يخسر", "تخسر", "خسر", "خسرت", "سقط", "يسقط",
            "تفقد", "يفقد", "فقدان", "فقدت"),
    UNITE("زواج", "يتزوج", "تتزوج", "تزوج", "تزوجت", "خطوبه", "ارتباط", "يرتبط", "ترتبط", "زفاف"),
    SEPARATE("طلاق", "يطلق", "تطلق", "انفصال", "ينفصل", "تنفصل", "انفصل", "انفصلت", "خلع"),
    LEAVE("استقاله", "يستقيل", "تستقيل", "استقال", "استقالت", "اقاله", "يقيل", "تقيل", "اقال", "اقالت", "اعفاء",
            "رحيل", "يرحل", "ترحل",
            "طرد", "يطرد", "تطرد", "اسقاط"),
    STAY("بقاء", "يبقي", "تبقي", "يستمر", "تستمر", "استمرار", "تجديد", "يجدد", "تجدد", "تمديد", "يمدد", "تمدد",
            "يواصل", "تواصل",
            "مستمر", "مستمره", "مازال", "لازال", "قائما", "ابقت", "ابقي",
            "يبقون");

    /** Pairs of cues that state opposite facts (UP and DOWN, NEGATION and its absence, see {@link #contradict}). */
    private static final Cue[][] OPPOSITES = {{BEGIN, END}, {FREE, JAIL}, {CALM, CLASH}, {SUPPORT, CONDEMN},
            {DEATH, SURVIVE}, {BAN, ALLOW}, {SUCCESS, FAILURE}, {CONFLICT, ACCORD}, {WIN, LOSE}, {UNITE, SEPARATE},
            {LEAVE, STAY}, {END, STAY}, {APPEAR, VANISH}, {DEPART, ARRIVE}, {ACCEPT, REFUSE}, {ACCEPT, END},
            {SAFE, THREAT}, {FREE, STAY}, {DEPART, STAY}, {FREE, GUILTY}};

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
        return of(normalized, Cue::matchMask);
    }

    /**
     * {@link #of} with every cue asked in turn whether it {@link #matches} each word, as first
     * written: the definition the table lookup of {@link #matchMask} is tested against.
     */
    static Set<Cue> ofByScan(String normalized) {
        return of(normalized, word -> {
            long mask = 0;
            for (Cue cue : values()) {
                if (cue.matches(word)) {
                    mask |= bit(cue);
                }
            }
            return mask;
        });
    }

    /** {@link #of}, with {@code cuesOfWord} giving the bits of the cues one word matches. */
    private static Set<Cue> of(String normalized, java.util.function.ToLongFunction<String> cuesOfWord) {
        Set<Cue> out = EnumSet.noneOf(Cue.class);
        String[] words = normalized.split(" ");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            // لا يزال، ما زال: "still", the opposite of a negation.
            if ((word.equals("لا") || word.equals("ما")) && i + 1 < words.length && STILL.contains(words[i + 1])) {
                i++;
                continue;
            }
            // الغير شرعيين، غير الشرعيين، غير المسبوق: an adjective, not a negated fact.
            if (word.equals("الغير") || word.equals("غير") && i + 1 < words.length && words[i + 1].startsWith("ال")) {
                continue;
            }
            // دون وقوع قتلى، بلا ضحايا: no harm is the negation of the harm the other report counts.
            if (WITHOUT.contains(word) && (i + 1 < words.length && HARM.contains(words[i + 1])
                    || i + 2 < words.length && HARM.contains(words[i + 2]))) {
                out.add(NEGATION);
            }
            // Decided before the word: one word may be a direction and an event (يخسر: falls, loses).
            boolean directed = out.contains(UP) || out.contains(DOWN) || out.contains(STEADY);
            long matched = cuesOfWord.applyAsLong(word) & (directed ? bit(NEGATION) : ~0L);
            for (Cue cue : VALUES) {
                if ((matched & bit(cue)) != 0) {
                    out.add(cue);
                }
            }
        }
        return out;
    }

    /** Whether cue sets {@code a} and {@code b} state opposite facts. */
    static boolean contradict(Set<Cue> a, Set<Cue> b) {
        return contradict(a, b, Map.of(), Map.of());
    }

    /**
     * Whether two titles state opposite facts, given the direction each gives the markets it
     * names ({@link #marketDirections}): when a market moves in both titles, the directions are
     * compared market by market (الذهب يتراجع مع صعود الدولار = صعود للدولار مع تراجع الذهب), and
     * only when none does, the first direction of each title.
     */
    static boolean contradict(Set<Cue> a, Set<Cue> b, Map<String, Cue> movesA, Map<String, Cue> movesB) {
        Cue da = direction(a);
        Cue db = direction(b);
        boolean direction = da != null && db != null && da != db;
        boolean compared = false;
        for (Map.Entry<String, Cue> e : movesA.entrySet()) {
            Cue other = movesB.get(e.getKey());
            if (other != null) {
                if (other != e.getValue()) {
                    return true;
                }
                compared = true;
            }
        }
        if (compared) {
            direction = false;
        }
        return direction || a.contains(NEGATION) != b.contains(NEGATION) || opposite(a, b) != null
                || oneSided(a, b, END, STAY) || oneSided(a, b, FAILURE, SUCCESS);
    }

    /** Only one side calls the event off or failed (إلغاء انتخابات، تعجز عن تحقيق), the other neither that nor {@code or}. */
    private static boolean oneSided(Set<Cue> a, Set<Cue> b, Cue cue, Cue or) {
        return a.contains(cue) != b.contains(cue) && !a.contains(or) && !b.contains(or);
    }

    private static Cue direction(Set<Cue> cues) {
        return cues.contains(UP) ? UP : cues.contains(DOWN) ? DOWN : cues.contains(STEADY) ? STEADY : null;
    }

    /** How far (in words) a direction word may stand from the market it moves. */
    static final int MOVE_REACH = 3;

    /** Words that open a clause of their own: a direction never reaches across one (the cause after مع). */
    private static final Set<String> CLAUSE_WORDS = Set.of("مع", "رغم", "برغم", "مقابل", "بعد", "قبل", "قبيل", "بسبب",
            "بفعل", "وسط", "امام", "بينما", "عقب", "اثر", "جراء", "لان", "بعدما");

    /**
     * The direction each market named in a title moves: every rise, fall or steady word bound to
     * the nearest market word at most {@link #MOVE_REACH} words away within its clause (a clause
     * opens at {@code مع، رغم، بسبب …} or at a word joined by و: الذهب يهبط والدولار يصعد), the
     * later one on a tie (ارتفاع أسعار الذهب). A market bound two ways in one title is left out:
     * the title doesn't say. {@code marketOf} names the market one normalised word is, or null.
     */
    static Map<String, Cue> marketDirections(String normalized, Function<String, String> marketOf) {
        String[] words = normalized.split(" ");
        String[] markets = new String[words.length];
        boolean any = false;
        for (int i = 0; i < words.length; i++) {
            markets[i] = marketOf.apply(words[i]);
            any |= markets[i] != null;
        }
        if (!any) {
            return Map.of();
        }
        Map<String, Cue> out = new LinkedHashMap<>();
        Set<String> twoWays = new java.util.HashSet<>();
        for (int i = 0; i < words.length; i++) {
            long mask = matchMask(words[i]);
            Cue cue = (mask & bit(UP)) != 0 ? UP : (mask & bit(DOWN)) != 0 ? DOWN : (mask & bit(STEADY)) != 0 ? STEADY : null;
            if (cue == null) {
                continue;
            }
            boolean forward = true;
            boolean backward = !opensClause(words[i]);
            for (int d = 1; d <= MOVE_REACH && (forward || backward); d++) {
                forward &= i + d < words.length && !opensClause(words[i + d]);
                String market = forward && markets[i + d] != null ? markets[i + d] : null;
                if (market == null && backward && i - d >= 0) {
                    market = markets[i - d];
                    backward = !opensClause(words[i - d]);
                }
                if (market != null) {
                    Cue before = out.putIfAbsent(market, cue);
                    if (before != null && before != cue) {
                        twoWays.add(market);
                    }
                    break;
                }
            }
        }
        out.keySet().removeAll(twoWays);
        return out;
    }

    private static boolean opensClause(String word) {
        return CLAUSE_WORDS.contains(word) || word.length() >= 4 && word.charAt(0) == 'و';
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

    private static final Set<String> WITHOUT = Set.of("دون", "بدون", "بلا", "ودون");
    private static final Set<String> HARM = Set.of("قتلي", "ضحايا", "اصابات", "خساير", "اضرار", "اصابه", "جرحي",
            "وفيات");

    private static final Set<String> STILL = Set.of("يزال", "تزال", "زال", "زالت", "يزالون");

    /** Clitics a cue word may carry: a conjunction, a preposition, the article (بالسجن، والإفراج). */
    private static final String[] PREFIXES = {"وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل"};

    /** Pronoun endings a cue word may carry (فوزه، استقالتها → استقالته is folded by the caller's stems). */
    private static final String[] SUFFIXES = {"هما", "هم", "ها", "ه"};

    private static final Cue[] VALUES = values();

    /** Cue word → the cues whose words hold it, one bit per cue (by ordinal). */
    private static final Map<String, Long> CUES_OF_WORD = new java.util.HashMap<>();

    /** The cues that take no pronoun ending (see {@link #matches}). */
    private static final long DIRECTIONS = bit(UP) | bit(DOWN) | bit(STEADY);

    static {
        if (VALUES.length > Long.SIZE) {
            throw new IllegalStateException("more cues than bits in a long");
        }
        for (Cue cue : VALUES) {
            for (String w : cue.words) {
                CUES_OF_WORD.merge(w, bit(cue), (a, b) -> a | b);
            }
        }
    }

    private static long bit(Cue cue) {
        return 1L << cue.ordinal();
    }

    /**
     * The cues {@link #matches} says {@code word} is, as bits: the same answer for every cue at
     * once, by looking up each clitic-stripped form of the word once instead of once per cue
     * (it ran for every word of every title, inside and outside the write lock).
     */
    static long matchMask(String word) {
        long mask = prefixedMask(word);
        for (String suffix : SUFFIXES) {
            if (word.length() - suffix.length() >= 3 && word.endsWith(suffix)) {
                mask |= prefixedMask(word.substring(0, word.length() - suffix.length())) & ~DIRECTIONS;
            }
        }
        return mask;
    }

    /** The cues {@link #matchesPrefixed} says {@code word} is, as bits. */
    private static long prefixedMask(String word) {
        long mask = CUES_OF_WORD.getOrDefault(word, 0L);
        for (String prefix : PREFIXES) {
            if (word.length() - prefix.length() >= 3 && word.startsWith(prefix)) {
                mask |= CUES_OF_WORD.getOrDefault(word.substring(prefix.length()), 0L);
            }
        }
        return mask;
    }

    /** Whether {@code word}, its clitics and pronoun ending aside, is one of this cue's words (the definition {@link #matchMask} is tested against). */
    boolean matches(String word) {
        if (matchesPrefixed(word)) {
            return true;
        }
        // A rise or fall with a pronoun is mostly its object (يعوض خسائره، يتخلى عن مكاسبه), not the move.
        for (String suffix : this == UP || this == DOWN || this == STEADY ? new String[0] : SUFFIXES) {
            if (word.length() - suffix.length() >= 3 && word.endsWith(suffix)
                    && matchesPrefixed(word.substring(0, word.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesPrefixed(String word) {
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
