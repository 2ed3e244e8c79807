package org.rawafid.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A byte-order mark and the charset it announces (XML 1.0 appendix F). */
record Bom(Charset charset, int length) {
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    static Optional<Bom> sniff(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(new Bom(UTF_32BE, 4));
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(new Bom(UTF_32LE, 4));
        }
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
        }
        if (starts(b, 0xFE, 0xFF)) {
            return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
        }
        if (starts(b, 0xFF, 0xFE)) {
            return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
        }
        return Optional.empty();
    }

    /** UTF-16/32 without a BOM, recognised by how {@code <} or {@code <?} is laid out in the first bytes. */
    static Optional<Charset> unmarkedUtf16or32(byte[] b) {
        if (starts(b, 0x00, 0x00, 0x00, 0x3C)) {
            return Optional.of(UTF_32BE);
        }
        if (starts(b, 0x3C, 0x00, 0x00, 0x00)) {
            return Optional.of(UTF_32LE);
        }
        if (starts(b, 0x00, 0x3C, 0x00)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (starts(b, 0x3C, 0x00)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
