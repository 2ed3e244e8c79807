package org.rawafid.parse;

import java.net.URI;
import java.util.Objects;
import org.rawafid.config.Source;
import org.rawafid.model.ParsedFeed;

final class ListingReader implements KindReader {
    private final Source.Select select;
    private final DateParser dates;

    ListingReader(Source.Select select, DateParser dates) {
        this.select = select;
        this.dates = Objects.requireNonNull(dates, "dates");
    }

    @Override
    public ParsedFeed read(byte[] body, String contentType, URI url) throws ParseException {
        throw new ParseException(url, "html: not yet");
    }
}
