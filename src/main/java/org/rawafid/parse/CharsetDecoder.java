package org.rawafid.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the charset of a feed and decodes it: BOM, then the HTTP header, then the XML
 * declaration, then detection. Stateless and thread-safe.
 *
 * <p>A label is trusted only when the bytes agree with it. Arabic sites often serve
 * windows-1256 or UTF-8 as ISO-8859-1 or with no label at all, so a Latin label on bytes that
 * are valid UTF-8, or that read as Arabic in windows-1256/ISO-8859-6, is overruled.
 */
final class CharsetDecoder {
    private static final Pattern HEADER_CHARSET =
            Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]+)");
    private static final Pattern DECL_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']");
    /** Labels that say nothing reliable about non-ASCII bytes (RFC 3023 defaults, server defaults). */
    private static final Set<String> LATIN_LABELS =
            Set.of("iso-8859-1", "us-ascii", "windows-1252", "iso-8859-15", "ascii", "latin1");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    DecodedText decode(byte[] body, String contentType) {
        DecodedText decoded = pickAndDecode(body, contentType);
        return new DecodedText(demoronize(decoded.text()), decoded.declaredCharset(), decoded.usedCharset());
    }

    /**
     * C1 control characters never carry meaning in a feed; they are windows-1252 punctuation
     * (’ “ ” …) that went through a Latin-1 decoder, so they are mapped back, as feedparser does.
     */
    private static String demoronize(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                String mapped = new String(new byte[] {(byte) c}, WINDOWS_1252);
                out.append(mapped.equals("\uFFFD") ? String.valueOf(c) : mapped);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private DecodedText pickAndDecode(byte[] body, String contentType) {
        String header = label(HEADER_CHARSET, contentType == null ? "" : contentType);
        Optional<Bom> bom = Bom.sniff(body);
        if (bom.isPresent()) {
            // The WHATWG encoding standard lets a BOM beat the header: it cannot be there by accident.
            Bom b = bom.get();
            String text = new String(body, b.length(), body.length - b.length(), b.charset());
            return new DecodedText(text, header != null ? header : declared(body, b.charset()), nameOf(b.charset()));
        }
        Charset unmarked = Bom.unmarkedUtf16or32(body).orElse(StandardCharsets.UTF_8);
        String declaration = declared(body, unmarked);
        String declaredLabel = header != null ? header : declaration;
        if (!unmarked.equals(StandardCharsets.UTF_8)) {
            return new DecodedText(new String(body, unmarked), declaredLabel, nameOf(unmarked));
        }
        for (String label : new String[] {header, declaration}) {
            Optional<DecodedText> decoded = decodeAs(body, label, declaredLabel);
            if (decoded.isPresent()) {
                return decoded.get();
            }
        }
        return detect(body, declaredLabel);
    }

    private Optional<DecodedText> decodeAs(byte[] body, String label, String declaredLabel) {
        Optional<Charset> charset = charsetFor(label);
        if (charset.isEmpty()) {
            return Optional.empty();
        }
        if (LATIN_LABELS.contains(nameOf(charset.get())) || LATIN_LABELS.contains(label)) {
            if (isAscii(body)) {
                return Optional.of(new DecodedText(new String(body, StandardCharsets.US_ASCII), declaredLabel, label));
            }
            return Optional.of(detect(body, declaredLabel));
        }
        if (isSingleByte(charset.get()) && !isAscii(body)) {
            // Sites that move to UTF-8 often keep the old windows-1256 label; a single-byte text is
            // practically never valid multi-byte UTF-8 by accident, so valid UTF-8 wins.
            Optional<String> utf8 = strict(body, StandardCharsets.UTF_8);
            if (utf8.isPresent()) {
                return Optional.of(new DecodedText(utf8.get(), declaredLabel, "utf-8"));
            }
        }
        return strict(body, charset.get()).map(text -> new DecodedText(text, declaredLabel, nameOf(charset.get())));
    }

    private static boolean isSingleByte(Charset charset) {
        return charset.canEncode() && charset.newEncoder().maxBytesPerChar() == 1.0f;
    }

    /** No usable label: UTF-8 if the bytes are valid UTF-8, else Arabic single-byte, else windows-1252. */
    private DecodedText detect(byte[] body, String declaredLabel) {
        Optional<String> utf8 = strict(body, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new DecodedText(utf8.get(), declaredLabel, "utf-8");
        }
        Charset arabic = ArabicScore.betterSingleByteArabic(body, WINDOWS_1256, ISO_8859_6).orElse(WINDOWS_1252);
        if (arabic.equals(WINDOWS_1252) && "iso-8859-1".equals(declaredLabel) && !hasC1Bytes(body)) {
            return new DecodedText(new String(body, StandardCharsets.ISO_8859_1), declaredLabel, "iso-8859-1");
        }
        return new DecodedText(new String(body, arabic), declaredLabel, nameOf(arabic));
    }

    private static String declared(byte[] body, Charset readAs) {
        int n = Math.min(body.length, 512);
        String head = new String(body, 0, n, readAs);
        return label(DECL_ENCODING, head.startsWith("\uFEFF") ? head.substring(1) : head);
    }

    private static String label(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static Optional<Charset> charsetFor(String label) {
        if (label == null) {
            return Optional.empty();
        }
        try {
            Charset cs = Charset.forName(label);
            // GB2312 and GBK feeds routinely contain GB18030 characters; the superset reads both.
            if (cs.name().equals("GB2312") || cs.name().equals("GBK")) {
                return Optional.of(Charset.forName("GB18030"));
            }
            return Optional.of(cs);
        } catch (IllegalArgumentException unknownOrBogus) {
            return Optional.empty();
        }
    }

    static Optional<String> strict(byte[] body, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // String's own UTF-8 decoding is several times faster than a CharsetDecoder's and gives
            // the same chars; it replaces what is malformed with U+FFFD, so a text without one is
            // the strict decoding (a text with one is decoded strictly below: it may be written).
            String text = new String(body, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return Optional.of(text);
            }
        }
        return strictByDecoder(body, charset);
    }

    /** {@link #strict} by a reporting {@link java.nio.charset.CharsetDecoder}: the definition it is tested against. */
    static Optional<String> strictByDecoder(byte[] body, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException | UnsupportedOperationException e) {
            // Not text in this charset (or a charset that cannot decode): no strict decoding, and
            // the caller tries the next candidate charset. This is the answer, not a placeholder.
            return Optional.empty();
        }
    }

    private static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasC1Bytes(byte[] body) {
        for (byte b : body) {
            int u = b & 0xFF;
            if (u >= 0x80 && u <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    static String nameOf(Charset charset) {
        return charset.name().toLowerCase(Locale.ROOT);
    }
}
