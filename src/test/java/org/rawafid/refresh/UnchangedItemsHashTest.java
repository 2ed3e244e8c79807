package org.rawafid.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rawafid.model.ParsedItem;

/**
 * {@link UnchangedItems#hash} against the SHA-256 form it replaced (same items equal, different items
 * different), and that SHA-256 form (bytes fed field by field) against the string-building one.
 */
class UnchangedItemsHashTest {
    private static final String ALPHABET = "abcXYZ019 :\t\n\u0000<>&\"ابتةىأإآءًّـ٠٩\u00A0\u200F\uD83D\uDE00\uD800\uDC00é";

    private static String text(Random random, int max) {
        if (random.nextInt(8) == 0) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(max);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    private static ParsedItem item(Random random) {
        return new ParsedItem(text(random, 8), text(random, 30), text(random, 40), text(random, 300),
                text(random, 100), text(random, 10), random.nextBoolean() ? null : Instant.ofEpochSecond(random.nextInt()),
                random.nextBoolean() ? null : Instant.ofEpochMilli(random.nextLong() >> 20),
                random.nextBoolean() ? List.of() : List.of("سياسة", "a\tb"), text(random, 20), text(random, 20));
    }

    /** One field of {@code p} changed by one char (changed, inserted or removed), moved to the next field, or made null. */
    private static ParsedItem variant(ParsedItem p, Random random) {
        String[] f = {p.guid(), p.link(), p.title(), p.contentHtml(), p.summaryHtml(), p.author(), p.imageUrl(), p.baseUri()};
        int at = random.nextInt(f.length);
        String s = f[at] == null ? "" : f[at];
        int i = s.isEmpty() ? 0 : random.nextInt(s.length());
        char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        switch (random.nextInt(5)) {
            case 0 -> f[at] = s.isEmpty() ? String.valueOf(c) : s.substring(0, i) + c + s.substring(i + 1);
            case 1 -> f[at] = s.substring(0, i) + c + s.substring(i);
            case 2 -> f[at] = s.isEmpty() ? null : s.substring(0, i) + s.substring(i + 1);
            case 3 -> {
                if (at + 1 < f.length && !s.isEmpty()) {
                    f[at] = s.substring(0, s.length() - 1);
                    f[at + 1] = s.charAt(s.length() - 1) + (f[at + 1] == null ? "" : f[at + 1]);
                }
            }
            default -> f[at] = null;
        }
        return new ParsedItem(f[0], f[1], f[2], f[3], f[4], f[5], p.published(), p.updated(), p.categories(), f[6], f[7]);
    }

    private static List<String> fields(ParsedItem p, String context) {
        return java.util.stream.Stream.of(context, p.guid(), p.link(), p.title(), p.contentHtml(), p.summaryHtml(),
                p.author(), p.published(), p.updated(), p.categories(), p.imageUrl(), p.baseUri()).map(String::valueOf).toList();
    }

    /** 64 bits of SHA-256 over every field, each prefixed by its length: what {@link UnchangedItems#hash} was before. */
    private static long sha256Hash(ParsedItem p, String context) {
        MessageDigest sha = sha256();
        for (String s : fields(p, context)) {
            // The bytes of (s.length() + ":" + s), without copying s into that string first: the
            // prefix is ASCII, so its UTF-8 ends where the UTF-8 of s begins.
            sha.update(Integer.toString(s.length()).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(s.getBytes(StandardCharsets.UTF_8));
        }
        return first64Bits(sha.digest());
    }

    /** {@link #sha256Hash} as first written, building each field's prefixed string. */
    private static long hashByConcatenation(ParsedItem p, String context) {
        MessageDigest sha = sha256();
        for (String s : fields(p, context)) {
            sha.update((s.length() + ":" + s).getBytes(StandardCharsets.UTF_8));
        }
        return first64Bits(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long first64Bits(byte[] d) {
        long h = 0;
        for (int i = 0; i < 8; i++) {
            h = h << 8 | (d[i] & 0xFF);
        }
        return h;
    }

    private static List<String> utf8(List<String> fields) {
        return fields.stream().map(f -> new String(f.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void equalExactlyForEqualItemsAsSha256WasButForUnpairedSurrogates() {
        Random random = new Random(15);
        int differing = 0;
        for (int round = 0; round < 50_000; round++) {
            ParsedItem p = item(random);
            String context = text(random, 50);
            ParsedItem q = random.nextInt(10) == 0 ? p : random.nextBoolean() ? variant(p, random) : item(random);
            String otherContext = random.nextInt(10) == 0 ? text(random, 50) : context;
            boolean same = fields(p, context).equals(fields(q, otherContext));
            boolean sha256Same = sha256Hash(p, context) == sha256Hash(q, otherContext);
            assertThat(UnchangedItems.hash(p, context) == UnchangedItems.hash(q, otherContext)).isEqualTo(same);
            // SHA-256 saw the UTF-8 of the fields, where every unpaired surrogate is the same '?':
            // only there did it call two different items the same.
            assertThat(sha256Same).isEqualTo(same || utf8(fields(p, context)).equals(utf8(fields(q, otherContext))));
            assertThat(UnchangedItems.hash(p, context)).isEqualTo(UnchangedItems.hash(
                    new ParsedItem(p.guid(), p.link(), p.title(), p.contentHtml(), p.summaryHtml(), p.author(), p.published(),
                            p.updated(), p.categories(), p.imageUrl(), p.baseUri()), context == null ? null : new String(context)));
            differing += same ? 0 : 1;
        }
        assertThat(differing).isGreaterThan(40_000);
    }

    @Test
    void sha256FormEqualsTheConcatenatingHashOnRandomItems() {
        Random random = new Random(14);
        for (int round = 0; round < 20_000; round++) {
            ParsedItem p = new ParsedItem(text(random, 8), text(random, 30), text(random, 40), text(random, 300),
                    text(random, 100), text(random, 10), random.nextBoolean() ? null : Instant.ofEpochSecond(random.nextInt()),
                    random.nextBoolean() ? null : Instant.ofEpochMilli(random.nextLong() >> 20),
                    random.nextBoolean() ? List.of() : List.of("سياسة", "a\tb"), text(random, 20), text(random, 20));
            String context = text(random, 50);
            assertThat(sha256Hash(p, context)).isEqualTo(hashByConcatenation(p, context));
        }
    }
}
