package org.rawafid.dedupe;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final Gazetteer GAZETTEER = new Gazetteer(NORMALIZER);

    private static List<Place> places(String text) {
        return GAZETTEER.places(NORMALIZER.normalize(text));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            حريق في اليونان                      | GR
            وزير الخارجية المصري                 | EG
            الحكومة المصرية                      | EG
            المصريون يحتفلون                     | EG
            الأردني                              | JO
            الأردنية                             | JO
            العماني                              | OM
            السوداني                             | SD
            الكويتي                              | KW
            البحريني                             | BH
            قرار حكومي أردني                     | JO
            للكويت                               | KW
            وبالأردن                             | JO
            لليبيا                               | LY
            في الولايات المتحدة الأمريكية        | US
            المملكة العربية السعودية             | SA
            أميركا                               | US
            الإمارات العربية المتحدة              | AE
            كوريا الشمالية                       | KP
            """)
    void findsCountriesByNameNisbaAndClitic(String text, String code) {
        assertThat(places(text)).singleElement().satisfies(p -> {
            assertThat(p.country()).isTrue();
            assertThat(p.countries()).contains(code);
        });
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            حلب                 | SY
            الموصل              | IQ
            بالإسكندرية         | EG
            الاسكندرية          | EG
            وبغداد              | IQ
            الدار البيضاء       | MA
            رام الله            | PS
            شرم الشيخ           | EG
            سوس ماسة            | MA
            ورقلة               | DZ
            روما                | IT
            الكرملين            | RU
            البيت الأبيض        | US
            إربد                | JO
            اربد                | JO
            ناغورني قره باغ     | AZ
            """)
    void findsCitiesAndRegionsWithTheirCountry(String text, String code) {
        assertThat(places(text)).singleElement().satisfies(p -> {
            assertThat(p.country()).isFalse();
            assertThat(p.countries()).containsExactly(code);
        });
    }

    @Test
    void everyCountryTheJdkNamesInArabicIsKnown() {
        Locale arabic = Locale.forLanguageTag("ar");
        int found = 0;
        for (String code : List.of("EG", "JO", "OM", "SD", "KW", "BH", "QA", "AE", "SA", "YE", "IQ", "SY", "LB", "LY",
                "TN", "DZ", "MA", "MR", "SO", "DJ", "KM", "TR", "IR", "RU", "UA", "CN", "FR", "DE", "GR", "AZ", "AM")) {
            String name = new Locale("", code).getDisplayCountry(arabic);
            assertThat(places(name)).as(name).anySatisfy(p -> assertThat(p.countries()).contains(code));
            found++;
        }
        assertThat(found).isEqualTo(31);
        assertThat(GAZETTEER.size()).isGreaterThanOrEqualTo(500);
    }

    @Test
    void anAmbiguousNameStandsForBothPlaces() {
        assertThat(places("عمان")).singleElement()
                .satisfies(p -> assertThat(p.countries()).containsExactlyInAnyOrder("OM", "JO"));
    }

    @Test
    void everydayWordsThatSpellAPlaceAreLeftOut() {
        assertThat(places("دعم مالي للمدارس بنين وبنات والحد الأقصى للأسعار في البورصة")).isEmpty();
    }

    @Test
    void aCityIsCoveredByItsCountryButNotByAnotherCity() {
        Place rome = places("روما").get(0);
        Place italy = places("إيطاليا").get(0);
        Place zarqa = places("الزرقاء").get(0);
        Place aqaba = places("العقبة").get(0);

        assertThat(rome.coveredBy(italy)).isTrue();
        assertThat(italy.coveredBy(rome)).isTrue();
        assertThat(zarqa.coveredBy(aqaba)).isFalse();
        assertThat(places("الأردني").get(0).coveredBy(zarqa)).isTrue();
    }

    @Test
    void findsEveryPlaceOfALongTextInOrder() {
        assertThat(places("وزير الخارجية المصري يستقبل نظيره الكويتي في القاهرة"))
                .extracting(Place::id).containsExactly("EG", "KW", "القاهره");
    }
}
