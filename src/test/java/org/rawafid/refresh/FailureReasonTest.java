package org.rawafid.refresh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 18, row 6: whatever a source provokes is recorded as one line against that source. */
class FailureReasonTest {
    @Test
    void namesAStackOverflowWithoutItsTrace() {
        assertThat(SourceRefresher.failureReason(new StackOverflowError()))
                .isEqualTo("internal error: input nested too deeply to process (stack overflow)");
    }

    @Test
    void keepsAnyReasonOnOneBoundedLine() {
        String reason = SourceRefresher.failureReason(new IllegalStateException("a\nb\r\u001b[31mc\u2028d" + "x".repeat(900)));
        assertThat(reason).startsWith("internal error: java.lang.IllegalStateException: a b  [31mc d")
                .doesNotContain("\n", "\r", "\u001b", "\u2028").hasSizeLessThanOrEqualTo(500);
    }
}
