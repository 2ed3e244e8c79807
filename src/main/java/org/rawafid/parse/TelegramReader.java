package org.rawafid.parse;

import java.net.URI;
import java.util.Objects;
import org.rawafid.model.ParsedFeed;

final class TelegramReader implements KindReader {
    private final DateParser dates;

    TelegramReader(DateParser dates) {
        this.dates = Objects.requireNonNull(dates, "dates");
    }

    @Override
    public ParsedFeed read(byte[] body, String contentType, URI url) throws ParseException {
        throw new ParseException(url, "telegram: not yet");
    }
}
