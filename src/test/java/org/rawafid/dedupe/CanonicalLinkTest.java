package org.rawafid.dedupe;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalLinkTest {
    private final CanonicalLink links = new CanonicalLink();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unchanged                  | https://example.org/news/1                          | https://example.org/news/1
            lower-case scheme          | HTTPS://example.org/a                               | https://example.org/a
            lower-case host            | https://Example.ORG/a                               | https://example.org/a
            path case kept             | https://example.org/News/A                          | https://example.org/News/A
            drops www                  | https://www.example.org/a                           | https://example.org/a
            drops WWW upper case       | https://WWW.Example.org/a                           | https://example.org/a
            keeps other subdomain      | https://arabic.rt.com/a                             | https://arabic.rt.com/a
            drops http default port    | http://example.org:80/a                             | http://example.org/a
            drops https default port   | https://example.org:443/a                           | https://example.org/a
            keeps other port           | https://example.org:8443/a                          | https://example.org:8443/a
            keeps 443 on http          | http://example.org:443/a                            | http://example.org:443/a
            empty path becomes slash   | https://example.org                                 | https://example.org/
            drops fragment             | https://example.org/a#comments                      | https://example.org/a
            drops empty fragment       | https://example.org/a#                              | https://example.org/a
            drops utm_source           | https://example.org/a?utm_source=twitter            | https://example.org/a
            drops every utm            | https://example.org/a?utm_source=x&utm_medium=y&utm_campaign=z&utm_term=t&utm_content=c | https://example.org/a
            drops UTM upper case       | https://example.org/a?UTM_Source=x                  | https://example.org/a
            drops fbclid               | https://example.org/a?fbclid=IwAR0abc               | https://example.org/a
            drops gclid                | https://example.org/a?gclid=Cj0KCQ                  | https://example.org/a
            drops traffic_source       | https://example.org/a?traffic_source=rss            | https://example.org/a
            drops ref                  | https://example.org/a?ref=homepage                  | https://example.org/a
            keeps id beside trackers   | https://example.org/a?id=5&utm_source=x&fbclid=1    | https://example.org/a?id=5
            keeps ref-like param       | https://example.org/a?reference=5                   | https://example.org/a?reference=5
            sorts query                | https://example.org/a?b=2&a=1                       | https://example.org/a?a=1&b=2
            sorts repeated keys        | https://example.org/a?t=2&t=1                       | https://example.org/a?t=1&t=2
            drops empty params         | https://example.org/a?&a=1&&                        | https://example.org/a?a=1
            drops amp=1                | https://example.org/a?amp=1                         | https://example.org/a
            drops bare amp             | https://example.org/a?amp                           | https://example.org/a
            drops outputType=amp       | https://example.org/a?outputType=amp&p=2            | https://example.org/a?p=2
            keeps other outputType     | https://example.org/a?outputType=rss                | https://example.org/a?outputType=rss
            drops amp path segment     | https://example.org/amp/news/1                      | https://example.org/news/1
            drops inner amp segment    | https://example.org/news/amp/1                      | https://example.org/news/1
            drops trailing amp         | https://example.org/news/1/amp                      | https://example.org/news/1
            drops trailing amp slash   | https://example.org/news/1/amp/                     | https://example.org/news/1/
            keeps amp inside word      | https://example.org/news/camp                       | https://example.org/news/camp
            upper-cases escapes        | https://example.org/%d8%a3                          | https://example.org/%D8%A3
            decodes unreserved escapes | https://example.org/%7Euser/%41%2d                  | https://example.org/~user/A-
            keeps reserved escapes     | https://example.org/a%2Fb?q=a%26b                   | https://example.org/a%2Fb?q=a%26b
            escapes raw arabic path    | https://example.org/أخبار                           | https://example.org/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1
            raw and escaped arabic agree | https://example.org/%d8%a3%D8%AE%D8%A8%D8%A7%D8%B1 | https://example.org/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1
            escapes in query           | https://example.org/a?q=%e2%9c%93                   | https://example.org/a?q=%E2%9C%93
            trims whitespace           | '  https://example.org/a  '                         | https://example.org/a
            keeps user info            | https://user@example.org/a                          | https://user@example.org/a
            ipv6 host                  | http://[::1]:8080/a                                 | http://[::1]:8080/a
            combined                   | HTTP://WWW.Youm7.com:80/story/2026/3/10/88/amp?utm_source=rss&b=1&a=%7e#top | http://youm7.com/story/2026/3/10/88?a=~&b=1
            invalid url kept trimmed   | ' https://exa mple.org/a b '                        | https://exa mple.org/a b
            relative url kept          | /news/1?utm_source=x                                | /news/1?utm_source=x
            mailto kept                | mailto:desk@example.org                             | mailto:desk@example.org
            ftp kept                   | ftp://Example.org/a                                 | ftp://Example.org/a
            amp only path              | https://example.org/amp                             | https://example.org/
            not a url                  | خبر عاجل                                            | خبر عاجل
            """)
    void canonicalizes(String rule, String input, String expected) {
        assertThat(links.canonicalize(input)).isEqualTo(expected);
    }
}
