package org.rawafid.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CursorTest {
    @Test
    void decodesWhatItEncodes() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-28T18:00:00.123456789Z"), 4711);
        assertThat(Cursor.decode(cursor.encode())).contains(cursor);
    }

    @Test
    void encodesTheSamePositionToTheSameUrlSafeText() {
        String a = new Cursor(Instant.parse("2026-11-28T18:00:00Z"), 9).encode();
        String b = new Cursor(Instant.parse("2026-11-28T18:00:00Z"), 9).encode();
        assertThat(a).isEqualTo(b).matches("[A-Za-z0-9_-]+");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"garbage!", "djE", "%%%", "djF-MS0xLTE", "djJ-MTc-MC0x", "djF-eC0wLTE",
            "djF-MTc-MC0tNQ", "djF-MTc-MC0x-extra"})
    void rejectsGarbageAsEmpty(String text) {
        assertThat(Cursor.decode(text)).isEmpty();
    }

    /** Issue 18 row 14: a well-formed cursor at a time the store cannot hold is refused, not a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"+1000000000-12-31T23:59:59.999999999Z", "-1000000000-01-01T00:00:00Z",
            "+292278994-08-17T07:12:55.808Z"})
    void rejectsTimesBeyondEpochMilliseconds(String time) {
        assertThat(Cursor.decode(new Cursor(Instant.parse(time), 1).encode())).isEmpty();
    }

    @Test
    void aCoverageCursorRoundTripsAndTellsItselfApart() {
        Cursor coverage = new Cursor(Instant.parse("2026-11-28T18:00:00Z"), 42, 5);
        Cursor recent = new Cursor(Instant.parse("2026-11-28T18:00:00Z"), 42);

        assertThat(Cursor.decode(coverage.encode())).contains(coverage);
        assertThat(coverage.isCoverage()).isTrue();
        assertThat(recent.isCoverage()).isFalse();
        assertThat(recent.encode()).as("recency cursors keep their v1 form").isEqualTo("djF-MTc5NTg4ODgwMH4wfjQy");
        assertThat(Cursor.decode("djJ-MTc5NTg4ODgwMH4wfjQyfjA")).as("v2 with no outlets").isEmpty();
    }

    @Test
    void rejectsOverlongInput() {
        assertThat(Cursor.decode("A".repeat(500))).isEmpty();
    }
}
