package org.rawafid.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, eighth round: {@link CharsetDecoder#strict} reads UTF-8 through {@code new String} and
 * checks for U+FFFD instead of decoding with a reporting decoder. Both must give the same answer
 * — the same text, or none — for every body: every fixture file, and bytes built to be malformed.
 */
class StrictUtf8Test {
    private static final Charset UTF_8 = StandardCharsets.UTF_8;

    private static void same(byte[] body) {
        assertThat(CharsetDecoder.strict(body, UTF_8)).isEqualTo(CharsetDecoder.strictByDecoder(body, UTF_8));
    }

    @Test
    void everyFixtureFileReadsAsTheReportingDecoderReadsIt() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(Path.of("../shared/fixtures"))) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThan(1000);
        int valid = 0;
        for (Path file : files) {
            byte[] body = Files.readAllBytes(file);
            same(body);
            if (CharsetDecoder.strictByDecoder(body, UTF_8).isPresent()) {
                valid++;
            }
        }
        assertThat(valid).as("most fixtures are UTF-8, some are not").isBetween(files.size() / 2, files.size() - 1);
    }

    @Test
    void malformedAndBorderlineSequencesGiveTheSameAnswer() {
        String[] cases = {
            "", "abc", "نص عربي", "\uFEFFمع علامة", "كتب \uFFFD حرفيا", "😀 رمز", "\u0000",
        };
        for (String text : cases) {
            same(text.getBytes(UTF_8));
        }
        int[][] raw = {
            {0xC0, 0xAF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xED, 0xBF, 0xBF}, {0xF4, 0x90, 0x80, 0x80},
            {0xF8, 0x88, 0x80, 0x80, 0x80}, {0x80}, {0xBF}, {0xD8}, {0xD8, 0x41}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98},
            {0xEF, 0xBF, 0xBD}, {0xEF, 0xBB, 0xBF, 0x41}, {0xFE, 0xFF}, {0xFF}, {0xC2, 0xA0}, {0xF4, 0x8F, 0xBF, 0xBF},
        };
        for (int[] bytes : raw) {
            byte[] body = new byte[bytes.length + 4];
            body[0] = 'a';
            for (int i = 0; i < bytes.length; i++) {
                body[i + 1] = (byte) bytes[i];
            }
            body[bytes.length + 1] = 'b';
            body[bytes.length + 2] = (byte) 0xD8;
            body[bytes.length + 3] = (byte) 0xA7; // ا: valid after the case, so only the case decides
            same(body);
        }
    }

    @Test
    void randomBytesAndCorruptedArabicGiveTheSameAnswer() {
        SplittableRandom random = new SplittableRandom(14);
        byte[] arabic = "الرئيس يستقبل وفدا من رجال الأعمال العرب في القاهرة 2026".getBytes(UTF_8);
        for (int n = 0; n < 20_000; n++) {
            byte[] body;
            if (n % 2 == 0) {
                body = new byte[random.nextInt(1, 24)];
                for (int i = 0; i < body.length; i++) {
                    body[i] = (byte) random.nextInt(256);
                }
            } else {
                body = arabic.clone();
                body[random.nextInt(body.length)] = (byte) random.nextInt(256);
            }
            same(body);
        }
    }
}
