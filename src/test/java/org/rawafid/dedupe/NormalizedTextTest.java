package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NormalizedText} holds exactly {@link ArabicNormalizer#normalize}'s chars whenever it takes a
 * text, and declines only text with a surrogate or a char beyond ASCII outside the Arabic block
 * that normalize would lower-case: on edge cases, every char in context, random text and the fixtures,
 * one instance reused throughout (as each thread reuses its own).
 */
class NormalizedTextTest {
    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final NormalizedText buffer = new NormalizedText();

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "   ", "a", "ب5", "5ب", "بـ95 و3", "1٬000", "٬1", "1٬", "1٬٬2", "1٬.2", "1٬٬000",
            "1.2.3", "3,5", "3٫5", ".5", "5.", "5..6", "1٬2.3", "\u0001", "a\u0001b", "1\u00012", "5٪", "٪5", "5 ٪",
            "٪ 5", "،5", "5،", "\t\n x \r\f\u000B", "ALL CAPS", "İstanbul", "ΟΔΟΣ", "a\u00A0b", "x\u2028y",
            "غزة، رفح", "«الأهرام»", "27.25%", "عام 2024م", "Covid-19", "x--y__z", "ب١٢", "٢٠٢٤هـ", "١٬٠٠٠ قتيل",
            "9\u06DD", "\u06DD9", "9\u0615", "\u06019", "5\u060D6", "x\uD83D\uDE00y", "ب\uD83D\uDE005", "\uD800", "a\uDC00",
            "\uD840\uDC00b", "5\uD83B\uDE00", " leading and trailing ", "٠١٢٣٤٥٦٧٨٩", "Ⅻ", "①②", "½", "x²",
            "وَالإمارات، ٢٠٢٤", "ﻻ ﷲ", "١٬\u064B٠٠٠", "3\u0640.\u06405", "café", "ÉTÉ", "۱۲۳ ۴٫۵", "ـــ", "\u064B\u0670"})
    void holdsNormalizesCharsOrDeclines(String text) {
        check(text);
    }

    @Test
    void holdsNormalizesCharsForEveryCharInContext() {
        int taken = 0;
        for (int c = 0; c < 0x10000; c++) {
            String ch = String.valueOf((char) c);
            for (String s : new String[]{ch, "ا" + ch, ch + "\u0654", "5" + ch + "ب", "5" + ch + "5", "A" + ch + " " + ch}) {
                taken += check(s) ? 1 : 0;
            }
        }
        assertThat(taken).isGreaterThan(50_000); // most of the BMP is other scripts' letters: declined
    }

    @Test
    void holdsNormalizesCharsOnRandomText() {
        String alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإىةؤئ0123456789٠١٩۱.,٫٬،؛؟٪٭\u0001 \t\n-_/:%«»()"
                + "AZaz\u00A0\u200C\u0640\u064B\u0650\u0651\u0653\u0654\u0670\u06DD\u0600\u0615ΣİÅß①½²\u0660\uFDF2\uFEFB\u06CC\u06A9";
        String[] pairs = {"\uD83D\uDE00", "\uD840\uDC00", "\uD83B\uDE00", "\uD800", "\uDC00"};
        Random random = new Random(16);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(round % 100 == 0 ? 3000 : 14);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(round % 3 == 0 ? 40 : 100_000) == 0) {
                    text.append(pairs[random.nextInt(pairs.length)]);
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            check(text.toString());
        }
    }

    @Test
    void keepsNoHugeBufferAndStaysRightAfterOne() {
        String line = "الرئيس يزور العاصمة 1٬000 و3.5 ";
        String huge = line.repeat(40_000 / line.length() * 2);
        for (String s : new String[]{"قصير", huge, line, huge + "x", "ب"}) {
            assertThat(check(s)).isTrue();
        }
    }

    @Test
    void holdsNormalizesCharsOnTheSharedFixtures() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("../shared/fixtures/neardup"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String all = Files.readString(file);
                assertThat(check(all)).isTrue();
                for (String line : all.split("\n")) {
                    check(line);
                }
            }
        }
    }

    /** Asserts the buffer's chars are normalize's or it declined for a reason; returns whether it took the text. */
    private boolean check(String text) {
        String expected = normalizer.normalize(text);
        if (buffer.set(text)) {
            assertThat(new String(buffer.chars(), buffer.start(), buffer.end() - buffer.start())).as("[%s]", text)
                    .isEqualTo(expected);
            return true;
        }
        assertThat(needsTheStringPath(text)).as("declined [%s]", text).isTrue();
        return false;
    }

    /** A surrogate, or a char beyond ASCII outside the Arabic block that normalize keeps as a word char. */
    private static boolean needsTheStringPath(String text) {
        String folded = ArabicNormalizer.fold(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC));
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isSurrogate(c) || c >= 0x80 && (c < '\u0600' || c > '\u06FF') && (Character.isLetter(c) || Character.isDigit(c))) {
                return true;
            }
        }
        return false;
    }
}
