package org.rawafid.parse;

import java.net.URI;
import org.rawafid.model.ParsedFeed;

/**
 * One kind of source (feed, JSON Feed, sitemap, listing page, Telegram channel): the fetched
 * bytes, their Content-Type and URL in, the items out. {@link SourceParser} picks the reader.
 * Implementations are thread-safe.
 */
interface KindReader {
    /**
     * @param contentType the HTTP Content-Type, or {@code null}
     * @param url         where the bytes came from: relative links resolve against it, errors name it
     * @throws ParseException when the bytes are not of this kind or yield no items
     */
    ParsedFeed read(byte[] body, String contentType, URI url) throws ParseException;
}
