package org.rawafid.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** robots.txt groups and rules as RFC 9309 reads them. */
class RobotsRulesTest {
    private static final String ROBOTS = """
            # site rules
            User-agent: Googlebot
            Disallow: /

            User-agent: *
            Disallow: /private/
            Disallow: /*.pdf$
            Allow: /private/open
            Disallow: /search?
            """;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "/news/1, true",
            "/private/x, false",
            "/private/open/y, true",
            "/files/a.pdf, false",
            "/files/a.pdf?x=1, true",
            "/search?q=1, false",
            "/searching, true",
    })
    void appliesTheStarGroupWithLongestMatchAndAllowOnTies(String path, boolean allowed) {
        assertThat(RobotsRules.parse(ROBOTS, "Rawafid").isAllowed(path)).isEqualTo(allowed);
    }

    @Test
    void aGroupNamingUsReplacesTheStarGroupCaseInsensitively() {
        String robots = "User-agent: *\nDisallow: /\n\nuser-agent: rawafid\nDisallow: /admin\n";
        RobotsRules rules = RobotsRules.parse(robots, "Rawafid");
        assertThat(rules.isAllowed("/news/1")).isTrue();
        assertThat(rules.isAllowed("/admin/x")).isFalse();
    }

    @Test
    void aGroupForUsOverridesStarAndAnEmptyDisallowMeansNothing() {
        assertThat(RobotsRules.parse("User-agent: Rawafid\nAllow: /\n\nUser-agent: *\nDisallow: /\n", "Rawafid")
                .isAllowed("/x")).isTrue();
        // a blank line does not end a group: both agents share "Disallow: /" (RFC 9309 section 2.2.1)
        assertThat(RobotsRules.parse("User-agent: Rawafid\n\nUser-agent: *\nDisallow: /\n", "Rawafid")
                .isAllowed("/x")).isFalse();
        assertThat(RobotsRules.parse("User-agent: *\nDisallow:\n", "Rawafid").isAllowed("/x")).isTrue();
    }

    @Test
    void groupsWithSeveralAgentsApplyToEachOfThem() {
        String robots = "User-agent: Bingbot\nUser-agent: Rawafid\nDisallow: /news/\n";
        assertThat(RobotsRules.parse(robots, "Rawafid").isAllowed("/news/5")).isFalse();
        assertThat(RobotsRules.parse(robots, "Other").isAllowed("/news/5")).isTrue();
    }

    @Test
    void wildcardMatchingStaysLinearOnHostileInput() {
        String pattern = "/" + "*a".repeat(2_000) + "$";
        String path = "/" + "a".repeat(20_000) + "b";
        long start = System.nanoTime();
        assertThat(RobotsRules.matches(pattern, path)).isFalse();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }
}
