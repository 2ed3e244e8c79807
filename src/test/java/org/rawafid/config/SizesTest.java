package org.rawafid.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SizesTest {
    @ParameterizedTest
    @CsvSource({"1048576, 1048576", "100B, 100", "512KB, 524288", "5MB, 5242880", "1GB, 1073741824"})
    void readsBytesAndBinaryUnits(String text, long bytes) {
        assertThat(Sizes.parse(text)).contains(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5mb", "5 MB", "5M", "1.5MB", "5TB", "-1", "", "99999999999GB"})
    void rejectsEverythingElse(String text) {
        assertThat(Sizes.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5mb|\"5mb\" is not a size (use 5MB)",
            "5 M|\"5 M\" is not a size (use 5MB)",
            "512 kib|\"512 kib\" is not a size (use 512KB)",
            "lots|\"lots\" is not a size (use bytes or a whole number with KB, MB or GB, e.g. 5MB)"})
    void suggestsTheSpellingThatWasMeant(String text, String message) {
        assertThat(Sizes.notASize(text)).isEqualTo(message);
    }
}
