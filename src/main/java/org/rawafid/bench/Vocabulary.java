package org.rawafid.bench;

import java.util.List;
import java.util.random.RandomGenerator;

/** The Arabic news words of {@code gen_corpus.py}, mixed the same way into sentences and titles. */
final class Vocabulary {
    static final List<String> NOUNS = words("""
            الحكومة الوزير الرئيس المجلس البرلمان الاقتصاد السوق الأسعار النفط الطاقة الانتخابات
            المفاوضات الأمم المتحدة الجامعة العربية القمة الاتفاق المعارضة الشرطة الجيش الحدود اللاجئين
            المساعدات الإنسانية البنك المركزي الفائدة التضخم الميزانية الضرائب الاستثمار الشركات البورصة
            الصادرات الواردات الزراعة المياه الجفاف الأمطار الطقس الصحة المستشفى اللقاح الوباء التعليم
            المدارس الجامعة الطلاب المعلمين الثقافة المهرجان السينما الكتاب المعرض الرياضة المنتخب
            الدوري البطولة المباراة الهدف المدرب اللاعب الملعب العاصمة المدينة القرية المحافظة الولاية
            السفارة السفير الوفد الزيارة المؤتمر الصحفي البيان التقرير الدراسة الخبراء المحللين
            المواطنين السكان العمال النقابة الإضراب الاحتجاجات المظاهرات الأمن الاستقرار السلام
            الحرب الهدنة وقف إطلاق النار المحكمة القاضي القانون الدستور التعديلات الإصلاحات المشروع
            الطريق الجسر الميناء المطار القطار الكهرباء الإنترنت التقنية الذكاء الاصطناعي الهاتف
            المنصة الرقمية البيانات الشبكة الفضاء القمر الصناعي المناخ البيئة التلوث الغابات البحر
            الساحل الصيد السياحة الفنادق الموسم الحجاج الصيف الشتاء الأسبوع الشهر العام المقبل الماضي""");
    static final List<String> VERBS = words("""
            أعلن أكد قال أوضح أشار كشف نفى دعا طالب وافق رفض قرر افتتح استقبل التقى بحث ناقش
            وقع أطلق أصدر حذر توقع ارتفع انخفض تراجع سجل بلغ تجاوز شهد استأنف أجرى نظم اختتم""");
    static final List<String> LINKERS = words("في من إلى على عن مع بعد قبل خلال حول بين أمام منذ حتى لدى ضمن");
    static final List<String> FILLERS = words("""
            وذلك أن الذي التي هذا هذه كما حيث إذ لكن بينما أيضا نحو نحو أكثر أقل جديد جديدة
            كبير كبيرة رسمي رسمية مصادر مطلعة أمس اليوم غدا صباح مساء الأحد الاثنين الثلاثاء الأربعاء
            الخميس الجمعة السبت بنسبة بالمئة مليون مليار دولار دينار ريال درهم جنيه""");
    static final List<String> SECTIONS = List.of("سياسة", "اقتصاد", "رياضة", "ثقافة", "تقنية", "صحة", "علوم",
            "محليات", "دولي", "بيئة");
    static final List<String> CITIES = List.of("القاهرة", "الرياض", "بيروت", "عمّان", "الرباط", "تونس", "الجزائر",
            "بغداد", "دمشق", "الدوحة", "أبوظبي", "مسقط", "الخرطوم", "طرابلس", "الكويت", "المنامة", "صنعاء", "نواكشوط");

    private Vocabulary() {
    }

    private static List<String> words(String text) {
        return List.of(text.strip().split("\\s+"));
    }

    static String pick(RandomGenerator r, List<String> words) {
        return words.get(r.nextInt(words.size()));
    }

    /** 8–18 words, verb first, a comma in the middle of most long ones. */
    static String sentence(RandomGenerator r) {
        int n = r.nextInt(8, 19);
        StringBuilder s = new StringBuilder(pick(r, VERBS)).append(' ').append(pick(r, NOUNS));
        for (int i = 2; i < n; i++) {
            double k = r.nextDouble();
            String w = k < 0.45 ? pick(r, NOUNS) : k < 0.65 ? pick(r, LINKERS) : k < 0.92 ? pick(r, FILLERS)
                    : r.nextBoolean() ? arabicDigits(Integer.toString(r.nextInt(2, 2025)))
                    : Integer.toString(r.nextInt(2, 1000));
            s.append(' ').append(w);
            if (i == n / 2 && n > 11 && r.nextDouble() < 0.6) {
                s.append('،');
            }
        }
        return s.append('.').toString();
    }

    static String title(RandomGenerator r) {
        String t = String.join(" ", pick(r, VERBS), pick(r, NOUNS), pick(r, LINKERS), pick(r, NOUNS),
                pick(r, FILLERS));
        return r.nextBoolean() ? t + " " + pick(r, LINKERS) + " " + pick(r, CITIES) : t;
    }

    private static String arabicDigits(String digits) {
        StringBuilder s = new StringBuilder(digits.length());
        digits.chars().forEach(c -> s.append((char) ('٠' + (c - '0'))));
        return s.toString();
    }
}
