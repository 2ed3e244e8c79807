package org.rawafid.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Reads {@code file:} sources (handy for local dumps and tests). The file's modification
 * time plays the part of {@code Last-Modified}, so an unchanged file is "not modified"
 * and costs no parse, like a 304.
 */
final class LocalFileReader {

    FetchOutcome read(FetchRequest request, FailureDescriber failures) {
        Path path;
        try {
            path = Path.of(request.url());
        } catch (IllegalArgumentException e) {
            return failures.failed(request.url(), null, "not a local file URL");
        }
        try {
            String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(Files.getLastModifiedTime(path).toInstant().atOffset(ZoneOffset.UTC));
            if (lastModified.equals(request.lastModified())) {
                return new FetchOutcome.NotModified(null, lastModified, null, null);
            }
            byte[] body = readLimited(path, request.maxBytes());
            return new FetchOutcome.Fetched(200, body, Files.probeContentType(path), null, lastModified,
                    request.url(), null);
        } catch (NoSuchFileException e) {
            return failures.failed(request.url(), null, "no such file");
        } catch (BodyTooLargeException e) {
            return failures.failed(request.url(), null, e.getMessage());
        } catch (IOException e) {
            return failures.failed(request.url(), null, "cannot read: " + e);
        }
    }

    // Reads at most maxBytes + 1 so a huge (or growing) file is refused without loading it.
    private static byte[] readLimited(Path path, long maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                throw new BodyTooLargeException("file", maxBytes);
            }
            return body;
        }
    }
}
