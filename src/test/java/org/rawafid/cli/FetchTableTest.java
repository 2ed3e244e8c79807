package org.rawafid.cli;

import org.junit.jupiter.api.Test;
import org.rawafid.refresh.RefreshReport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FetchTableTest {
    /** Issue 18 row 12: an error quoting a source (newline, ESC) is one visible row, not terminal control. */
    @Test
    void errorsWithControlCharactersStayOnTheirRow() {
        StringWriter out = new StringWriter();

        FetchTable.print(List.of(new RefreshReport("evil", "failed", null, Duration.ofMillis(10),
                "parse: <skipHours><hour>1\nok    fetched  200\u001b[2J\u0085")), new PrintWriter(out, true));

        assertThat(out.toString().lines()).hasSize(3); // header, the row, the summary
        assertThat(out.toString()).contains("<hour>1\\nok    fetched  200\\u001b[2J\\u0085").doesNotContain("\u001b");
    }
}
