package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class FingerprinterTest {
    private final Fingerprinter fingerprinter = new Fingerprinter(new ArabicNormalizer());

    /** Stored: a change here must bump {@link Fingerprinter#SIGNATURE_VERSION} (2: bands over root stems). */
    @Test
    void bandHashesNeverChangeBecauseTheyAreStored() {
        Fingerprint f = fingerprinter.fingerprint(Text.ofTitle("بوتين يستقبل علييف في الكرملين"));

        assertThat(Fingerprinter.SIGNATURE_VERSION).isEqualTo(2);
        assertThat(f.bands()).hasSize(Fingerprinter.BANDS);
        assertThat(f.bands()[0]).isEqualTo(-4587889289522019651L);
        assertThat(f.bands()[23]).isEqualTo(8056722836224190214L);
    }

    @Test
    void reportsDerivingTheirWordsDifferentlyShareABand() {
        Fingerprint a = fingerprinter.fingerprint(new Text("الإمارات تطلق قمرا صناعيا جديدا لرصد المناخ",
                "أطلقت دولة الإمارات قمرا صناعيا جديدا مخصصا لرصد التغيرات المناخية."));
        Fingerprint b = fingerprinter.fingerprint(new Text("إطلاق قمر صناعي إماراتي لمراقبة التغير المناخي",
                "نجحت الإمارات في إطلاق قمر صناعي جديد لمراقبة التغير المناخي."));

        assertThat(a.sharesBandWith(b)).isTrue();
    }

    @Test
    void spellingVariantsGiveTheSameFingerprint() {
        Fingerprint plain = fingerprinter.fingerprint(Text.ofTitle("بوتين يستقبل إلهام علييف في الكرملين"));
        Fingerprint variant = fingerprinter.fingerprint(Text.ofTitle("بُوتِين يَسْتَقْبِل الهام عليـيف بالكرملين"));

        assertThat(variant.tokens()).isEqualTo(plain.tokens());
        assertThat(variant.bands()).isEqualTo(plain.bands());
    }

    @Test
    void readsTitleThenLeadUpToSixtyTokens() {
        String lead = IntStream.range(0, 100).mapToObj(i -> "كلمه" + (char) ('ا' + i % 20) + i)
                .collect(Collectors.joining(" "));
        Fingerprint f = fingerprinter.fingerprint(new Text("زلزال تركيا", lead));

        assertThat(f.tokens()).hasSize(Fingerprinter.MAX_TOKENS).startsWith("زلزال", "تركيا");
    }

    @Test
    void collectsNumbersInAsciiDigits() {
        Fingerprint f = fingerprinter.fingerprint(new Text("زلزال بقوة ٥٫٢ درجات", "قتيلان و3 جرحى"));

        assertThat(f.numbers()).containsExactlyInAnyOrder("5.2", "3");
    }

    @Test
    void readsDirectionAndNegationCuesFromTheTitleOnly() {
        Fingerprint f = fingerprinter.fingerprint(new Text("ارتفاع النفط مع تراجع المخزونات", "لم يتغير شيء"));

        assertThat(f.cues()).containsExactly(Cue.UP);
    }

    @Test
    void emptyTextHasNoBandsSoItIsNobodysCandidate() {
        Fingerprint f = fingerprinter.fingerprint(Text.ofTitle("في من على"));

        assertThat(f.bands()).isEmpty();
        assertThat(f.sharesBandWith(f)).isFalse();
    }
}
