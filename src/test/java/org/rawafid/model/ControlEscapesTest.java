package org.rawafid.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18 row 12: what a source sends cannot forge a log line or drive a terminal. */
class ControlEscapesTest {
    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"000A,\\n", "000D,\\r", "0009,\\t", "001B,\\u001b", "0000,\\u0000", "007F,\\u007f",
            "0085,\\u0085", "009B,\\u009b", "2028,\\u2028", "2029,\\u2029", "202E,\\u202e", "2066,\\u2066"})
    void escapesControlCharactersVisibly(String hex, String escaped) {
        String c = Character.toString(Integer.parseInt(hex, 16));

        assertThat(ControlEscapes.escape("a" + c + "b")).isEqualTo("a" + escaped + "b");
    }

    @Test
    void leavesArabicAndOrdinaryTextAlone() {
        String text = "خبر عاجل: \"بوتين\" & <علييف> C:\\path ١٢٣";

        assertThat(ControlEscapes.escape(text)).isSameAs(text);
        assertThat(ControlEscapes.escape(null)).isNull();
    }

    @Test
    void storedSourceErrorsAreOneLine() {
        SourceState s = new SourceState("a", null, null, null, null, null, null, null, null, null, "failed", null,
                "parse: bad <hour>1\nINFO forged line\u001b[2J", 1, null, null, null, "gone\r\nx");

        assertThat(s.lastError()).isEqualTo("parse: bad <hour>1\\nINFO forged line\\u001b[2J");
        assertThat(s.disabledReason()).isEqualTo("gone\\r\\nx");
    }
}
