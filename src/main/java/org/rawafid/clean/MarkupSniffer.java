package org.rawafid.clean;

/**
 * Tells markup from plain text in one pass. It answers what the regex
 * {@code <\s*\/?\s*[a-zA-Z!][^>]*>|&#?\w+;} answered, which backtracked quadratically on
 * publisher text such as {@code <a<a<a…} with no closing {@code >} (issue 18, row 2).
 *
 * <p>Thread-safe and stateless.
 */
final class MarkupSniffer {
    private MarkupSniffer() {
    }

    /** Whether {@code s} holds something that looks like a tag or a character reference. */
    static boolean hasTagOrEntity(String s) {
        int lastClose = s.lastIndexOf('>');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '<' && lastClose > i && startsTag(s, i + 1, lastClose)) {
                return true;
            }
            if (c == '&' && endsReference(s, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /** After a {@code <}: spaces, an optional slash, spaces, then a letter or {@code !} before the last {@code >}. */
    private static boolean startsTag(String s, int from, int lastClose) {
        int i = skipSpaces(s, from);
        if (i < s.length() && s.charAt(i) == '/') {
            i = skipSpaces(s, i + 1);
        }
        if (i >= lastClose) {
            return false;
        }
        char c = s.charAt(i);
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '!';
    }

    /** After an {@code &}: an optional {@code #}, at least one word char, then {@code ;}. */
    private static boolean endsReference(String s, int from) {
        int i = from < s.length() && s.charAt(from) == '#' ? from + 1 : from;
        int start = i;
        while (i < s.length() && isWordChar(s.charAt(i))) {
            i++;
        }
        return i > start && i < s.length() && s.charAt(i) == ';';
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && isRegexSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** {@code \w} without UNICODE_CHARACTER_CLASS. */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
