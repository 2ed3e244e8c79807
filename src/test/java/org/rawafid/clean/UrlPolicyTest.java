package org.rawafid.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlPolicyTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tracker host itself       | https://doubleclick.net/ad.gif                  | true
            a subdomain of it         | https://ad.doubleclick.net/ddm/ad/x             | true
            its name after //         | https://facebook.com/tr?id=1&ev=PageView        | true
            upper case                | HTTPS://Stats.WordPress.COM/g.gif               | true
            only ends like one        | https://notdoubleclick.net/photo.jpg            | false
            a pixel host              | https://pixel.example.com/p.gif                 | true
            a pixel path              | https://cdn.example.com/img/1x1.gif             | true
            feedburner flare          | https://example.com/~ff/feed?a=1                | true
            an article photo          | https://www.aljazeera.net/wp-content/photo.jpg  | false
            """)
    void tellsTrackersFromPhotos(String what, String url, boolean tracker) {
        assertThat(UrlPolicy.isTracker(url)).isEqualTo(tracker);
    }
}
