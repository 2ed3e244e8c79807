package org.rawafid.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XmlRepairsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a &nbsp; b                    | a &#160; b
            &hellip;&raquo;               | &#8230;&#187;
            AT&T                          | AT&amp;T
            a & b                         | a &amp; b
            &amp; &lt; &gt; &quot; &apos; | &amp; &lt; &gt; &quot; &apos;
            &#1575; &#x627;               | &#1575; &#1575;
            &#146;                        | &#8217;
            &#0;x                         | x
            &nbspx                        | &#160;x
            &unknown;                     | &amp;unknown;
            <![CDATA[&nbsp; & x]]>        | <![CDATA[&nbsp; & x]]>
            <!-- a & b -->                | <!-- a & b -->
            &NotNestedLessLess;           | &#10913;&#824;
            """)
    void rewritesAmpersandsOutsideCdataAndComments(String input, String expected) {
        assertThat(XmlRepairs.fixEntities(input)).isEqualTo(expected);
    }

    @Test
    void declaresKnownPrefixesWithTheirRealNamespaces() {
        String fixed = XmlRepairs.declareMissingNamespaces("<rss version=\"2.0\"><channel><item><dc:creator>x</dc:creator>"
                + "<content:encoded>y</content:encoded><foo:bar/></item></channel></rss>");

        assertThat(fixed).startsWith("<rss xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:foo=\"urn:rawafid:undeclared:foo\"");
    }

    @Test
    void leavesDeclaredPrefixesAlone() {
        String xml = "<rss xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>x</dc:title></rss>";

        assertThat(XmlRepairs.declareMissingNamespaces(xml)).isEqualTo(xml);
    }

    @Test
    void dropsJunkAroundTheFeed() {
        assertThat(XmlRepairs.stripLeadingJunk("Notice: x<br>\n<?xml version=\"1.0\"?><rss/>")).isEqualTo("<?xml version=\"1.0\"?><rss/>");
        assertThat(XmlRepairs.stripLeadingJunk("\n\n  <rss></rss>")).isEqualTo("<rss></rss>");
        assertThat(XmlRepairs.stripTrailingJunk("<rss a=\"1\"></rss><div>debug</div>")).isEqualTo("<rss a=\"1\"></rss>");
    }

    @Test
    void removesCharactersXmlForbids() {
        assertThat(XmlRepairs.removeInvalidChars("a\u0000b\u0008c\uFFFEd\ud800e\tf")).isEqualTo("abcde\tf");
    }
}
