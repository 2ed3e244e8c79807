package org.rawafid.fetch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BodyDecoderTest {
    static final byte[] TEXT = "<rss><channel><title>روافد</title></channel></rss>".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @ValueSource(strings = {"", "identity", " IDENTITY "})
    void passesIdentityThrough(String encoding) throws IOException {
        assertThat(BodyDecoder.decode(encoding, TEXT, 10)).isSameAs(TEXT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "x-gzip", "GZIP"})
    void decodesGzip(String encoding) throws IOException {
        assertThat(BodyDecoder.decode(encoding, FeedFetcherTest.gzip(TEXT), 1000)).isEqualTo(TEXT);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void decodesZlibAndRawDeflate(boolean raw) throws IOException {
        assertThat(BodyDecoder.decode("deflate", deflate(TEXT, raw), 1000)).isEqualTo(TEXT);
    }

    @Test
    void stopsDecodingAtTheLimit() throws IOException {
        byte[] bomb = FeedFetcherTest.gzipZeros(20 * 1024 * 1024);

        assertThatThrownBy(() -> BodyDecoder.decode("gzip", bomb, 1024 * 1024))
                .isInstanceOf(BodyTooLargeException.class)
                .hasMessage("decoded body exceeds the limit of 1048576 bytes");
    }

    @Test
    void acceptsBodyExactlyAtTheLimit() throws IOException {
        assertThat(BodyDecoder.decode("gzip", FeedFetcherTest.gzip(TEXT), TEXT.length)).isEqualTo(TEXT);
    }

    @Test
    void reportsTruncatedGzipAsCorrupt() throws IOException {
        byte[] whole = FeedFetcherTest.gzip(TEXT);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> BodyDecoder.decode("gzip", cut, 1000)).isInstanceOf(ZipException.class);
    }

    @Test
    void refusesEncodingsWeDidNotAskFor() {
        assertThatThrownBy(() -> BodyDecoder.decode("br", TEXT, 1000)).hasMessage("unsupported Content-Encoding br");
    }

    static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            d.write(data);
        }
        return out.toByteArray();
    }
}
