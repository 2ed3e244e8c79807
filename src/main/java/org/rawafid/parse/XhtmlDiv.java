package org.rawafid.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atom {@code type="xhtml"} text wraps its markup in an XHTML {@code <div>} that is not part of
 * the content (RFC 4287 section 3.1.1.3); Rome hands it back wrapped and with namespace
 * declarations, which would leak into titles and bodies.
 */
final class XhtmlDiv {
    private static final Pattern WRAPPED = Pattern.compile(
            "^\\s*<div\\s+xmlns=\"http://www\\.w3\\.org/1999/xhtml\"\\s*>(.*)</div>\\s*$", Pattern.DOTALL);
    private static final String XHTML_DECLARATION = " xmlns=\"http://www.w3.org/1999/xhtml\"";

    private XhtmlDiv() {
    }

    /** The inside of the wrapping div, without redundant XHTML namespace declarations; null for blank input. */
    static String unwrap(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = WRAPPED.matcher(value);
        String inner = m.matches() ? m.group(1) : value;
        inner = inner.contains(XHTML_DECLARATION) ? inner.replace(XHTML_DECLARATION, "") : inner;
        return inner.isBlank() ? null : inner;
    }
}
