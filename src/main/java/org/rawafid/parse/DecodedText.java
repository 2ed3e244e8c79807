package org.rawafid.parse;

import java.util.Objects;

/**
 * Feed bytes turned into text.
 *
 * @param declaredCharset what the HTTP header or XML declaration named (lower case), or {@code null}
 * @param usedCharset     the charset actually used to decode (lower case)
 */
record DecodedText(String text, String declaredCharset, String usedCharset) {
    DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(usedCharset, "usedCharset");
    }
}
