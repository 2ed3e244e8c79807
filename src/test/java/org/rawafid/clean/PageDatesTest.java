package org.rawafid.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageDatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ; ", textBlock = """
            2024-08-18T09:41:00+03:00           ; 2024-08-18T06:41:00Z
            2020-08-24T09:23:13Z                ; 2020-08-24T09:23:13Z
            2020-06-03T03:01+0400               ; 2020-06-02T23:01:00Z
            2020-12-01 02:00:00                 ; 2020-12-01T02:00:00Z
            2020-12-01T02:00:00.123+02:00       ; 2020-12-01T00:00:00.123Z
            2020-12-01                          ; 2020-12-01T00:00:00Z
            الأربعاء، 07 أكتوبر 2020 - 12:09 م  ; 2020-10-07T12:09:00Z
            الأحد، 18 أغسطس 2024 09:41 ص        ; 2024-08-18T09:41:00Z
            ١٨ أغسطس ٢٠٢٤ ٠٩:٤١ م               ; 2024-08-18T21:41:00Z
            4 آب/اغسطس 2013                     ; 2013-08-04T00:00:00Z
            3 تشرين الأول 2021                  ; 2021-10-03T00:00:00Z
            12 جويلية 2022                      ; 2022-07-12T00:00:00Z
            """)
    void parsesPageDates(String raw, String expected) {
        assertThat(PageDates.parse(raw)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"not a date", "10-Nov", "''"})
    void findsNothingInText(String raw) {
        assertThat(PageDates.parse(raw)).isEmpty();
    }
}
