package org.rawafid.publish;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rawafid.publish.Xml.children;
import static org.rawafid.publish.Xml.text;

class OpmlWriterTest {
    private final Element opml = Xml.parse(new OpmlWriter().write("مصادر روافد & غيرها", List.of(
            new OpmlSource("القاهرة الإخبارية", "https://alqaheranews.net/rss.xml?a=1&b=2", "https://alqaheranews.net/",
                    "ar", List.of("egypt", "news")),
            new OpmlSource("\"Quoted\" <feed>", "https://example.org/feed", null, null, List.of())))).getDocumentElement();

    @Test
    void isOpml20WithTheTitle() {
        assertThat(opml.getTagName()).isEqualTo("opml");
        assertThat(opml.getAttribute("version")).isEqualTo("2.0");
        assertThat(text(children(opml, null, "head").get(0), null, "title")).isEqualTo("مصادر روافد & غيرها");
    }

    @Test
    void writesEverySourceAsAnRssOutlineWithTagsAsCategories() {
        List<Element> outlines = children(children(opml, null, "body").get(0), null, "outline");
        assertThat(outlines).hasSize(2);
        Element first = outlines.get(0);
        assertThat(first.getAttribute("type")).isEqualTo("rss");
        assertThat(first.getAttribute("text")).isEqualTo("القاهرة الإخبارية");
        assertThat(first.getAttribute("title")).isEqualTo("القاهرة الإخبارية");
        assertThat(first.getAttribute("xmlUrl")).isEqualTo("https://alqaheranews.net/rss.xml?a=1&b=2");
        assertThat(first.getAttribute("htmlUrl")).isEqualTo("https://alqaheranews.net/");
        assertThat(first.getAttribute("language")).isEqualTo("ar");
        assertThat(first.getAttribute("category")).isEqualTo("/egypt,/news");
        assertThat(outlines.get(1).getAttribute("text")).isEqualTo("\"Quoted\" <feed>");
        assertThat(outlines.get(1).hasAttribute("htmlUrl")).isFalse();
        assertThat(outlines.get(1).hasAttribute("category")).isFalse();
    }
}
