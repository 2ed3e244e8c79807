package org.rawafid.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class HtmlCleanerTest {
    private static final URI BASE = URI.create("https://news.example/section/item.html");
    private final HtmlCleaner cleaner = new HtmlCleaner();

    private String html(String input) {
        return cleaner.clean(input, BASE, "en").html();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            script                | <p>ok</p><script>alert(1)</script>
            event handler         | <p onclick="alert(1)" onmouseover=x>ok</p>
            style attribute       | <p style="background:url(javascript:alert(1))">ok</p>
            style element         | <style>p{}</style><p>ok</p>
            javascript link       | <p><a href="javascript:alert(1)">ok</a></p>
            entity javascript     | <p><a href="&#106;avascript:alert(1)">ok</a></p>
            hex entity javascript | <p><a href="&#x6A;&#x61;vascript&#x3A;alert(1)">ok</a></p>
            tab javascript        | <p><a href="jav&#x09;ascript:alert(1)">ok</a></p>
            newline javascript    | <p><a href="jav&#x0A;ascript:alert(1)">ok</a></p>
            leading space js      | <p><a href="  javascript:alert(1)">ok</a></p>
            upper case js         | <p><a href="JaVaScRiPt:alert(1)">ok</a></p>
            no-semicolon entities | <p><a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)">ok</a></p>
            padded entities       | <p><a href="&#0000106&#0000097vascript:alert(1)">ok</a></p>
            colon entity          | <p><a href="javascript&colon;alert(1)">ok</a></p>
            null byte             | <p><a href="java\0script:alert(1)">ok</a></p>
            control char prefix   | <p><a href="&#x01;javascript:alert(1)">ok</a></p>
            img onerror           | <p>ok<img src=x onerror="alert(1)"></p>
            img lowsrc dynsrc     | <p>ok<img lowsrc="javascript:alert(1)" dynsrc="javascript:alert(1)"></p>
            background attribute  | <table background="javascript:alert(1)"><tr><td>ok</td></tr></table>
            vbscript              | <p><a href="vbscript:msgbox(1)">ok</a></p>
            data link             | <p><a href="data:text/html;base64,PHNjcmlwdD4=">ok</a></p>
            data image            | <p>ok<img src="data:image/svg+xml;base64,PHN2Zz4="></p>
            iframe                | <p>ok</p><iframe src="https://evil.example/"></iframe>
            object embed          | <p>ok</p><object data="x.swf"><embed src="x.swf"></object>
            form                  | <form action="https://evil.example/"><p>ok</p><input name=q><button>b</button></form>
            svg                   | <p>ok</p><svg onload="alert(1)"><script>alert(1)</script></svg>
            math                  | <p>ok</p><math><mi xlink:href="javascript:alert(1)">x</mi></math>
            meta refresh          | <meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>ok</p>
            base                  | <base href="javascript:alert(1)//"><p>ok</p>
            link                  | <link rel=stylesheet href="https://evil.example/x.css"><p>ok</p>
            """)
    void dropsEverythingThatCanRun(String name, String input) {
        String out = html(input);
        assertThat(UnsafeConstructs.in(out)).as(out).isEmpty();
        assertThat(out).contains("ok");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            one by one attributes | <img src="https://news.example/p.gif" width="1" height="1">
            zero width            | <img src="https://news.example/p.gif" width="0">
            display none          | <img src="https://news.example/p.gif" style="display:none">
            feedburner            | <img src="http://feeds.feedburner.com/~r/example/~4/abc">
            doubleclick           | <img src="https://ad.doubleclick.net/ddm/ad/x">
            google analytics      | <img src="https://www.google-analytics.com/collect?v=1">
            wordpress pixel       | <img src="https://pixel.wp.com/g.gif?blog=1">
            wordpress stats       | <img src="https://stats.wordpress.com/b.gif?v=1">
            """)
    void dropsTrackingImages(String name, String pixel) {
        CleanHtml out = cleaner.clean("<p>ok</p>" + pixel, BASE, "en");
        assertThat(out.html()).doesNotContain("<img");
        assertThat(out.leadImageUrl()).isNull();
    }

    @Test
    void resolvesRelativeUrlsAgainstTheBase() {
        String out = html("<p><a href=\"../other.html\">a</a> <a href=\"/root\">b</a><img src=\"pic.jpg\" alt=x></p>");
        assertThat(out).contains("href=\"https://news.example/other.html\"")
                .contains("href=\"https://news.example/root\"")
                .contains("src=\"https://news.example/section/pic.jpg\"");
    }

    @Test
    void addsNoopenerToLinks() {
        assertThat(html("<p><a href=\"https://x.example/\" target=_blank>x</a></p>"))
                .isEqualTo("<p><a href=\"https://x.example/\" rel=\"noopener noreferrer\">x</a></p>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            data-src          | <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/a.jpg">  | https://news.example/img/a.jpg
            data-lazy-src     | <img data-lazy-src="a.jpg">                                                   | https://news.example/section/a.jpg
            data-original     | <img src="/img/placeholder.png" data-original="https://cdn.example/a.jpg">    | https://cdn.example/a.jpg
            srcset largest w  | <img srcset="/s.jpg 320w, /l.jpg 1280w, /m.jpg 640w">                         | https://news.example/l.jpg
            srcset density    | <img srcset="/a1.jpg 1x, /a2.jpg 2x">                                         | https://news.example/a2.jpg
            """)
    void givesLazyImagesARealSource(String name, String input, String expected) {
        CleanHtml out = cleaner.clean(input, BASE, "en");
        assertThat(out.leadImageUrl()).isEqualTo(expected);
        assertThat(out.html()).doesNotContain("data:").doesNotContain("data-");
    }

    @Test
    void removesPlaceholderDataImagesWithoutRealSource() {
        assertThat(html("<p>ok<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></p>")).isEqualTo("<p>ok</p>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            share label             | <div><span>مشاركة :</span><a href="https://fb.example/s">فيسبوك</a></div>
            share verb              | <p>شارك</p>
            share the news          | <p><strong>شارك الخبر</strong></p>
            read also heading+list  | <h3>اقرأ أيضا</h3><ul><li><a href="https://news.example/1">خبر آخر مرتبط</a></li></ul>
            read also tanween fath  | <p>اقرأ أيضًا</p><p><a href="https://news.example/2">خبر آخر مرتبط</a></p>
            read also alef tanween  | <div><span>اقرأ أيضاً:</span><ul><li><a href="https://news.example/3">خبر آخر مرتبط</a></li></ul></div>
            read also inline        | <p>اقرأ أيضا: <a href="https://news.example/4">خبر آخر مرتبط</a></p>
            watch also              | <h4>شاهد أيضا</h4><ul><li><a href="https://news.example/5">فيديو مرتبط</a></li></ul>
            more                    | <p><b>المزيد</b></p><ul><li><a href="https://news.example/6">خبر آخر مرتبط</a></li></ul>
            follow us               | <p>تابعونا على <a href="https://t.me/x">تيليجرام</a> و<a href="https://x.example">إكس</a></p>
            appeared first          | <p>The post <a href="https://blog.example/p">Hello</a> appeared first on <a href="https://blog.example">Blog</a>.</p>
            ad placeholder          | <div class="box"><span>إعلان</span></div>
            ad without hamza        | <p>اعلان</p>
            ad class                | <div class="ad-slot" id="div-gpt-ad-2"><span>x</span></div>
            comment disclaimer      | <p>الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط.</p>
            reading time class      | <div class="time_to_read">2 min</div>
            hidden class            | <span class="d-none">عنوان مكرر</span>
            empty paragraph         | <p></p><p> </p>
            nbsp paragraph          | <p>&nbsp;</p><p>&nbsp;&nbsp;<br></p>
            """)
    void removesArabicBoilerplateAndKeepsContent(String name, String boilerplate) {
        String content = "<p>قال الرئيس إن المفاوضات مستمرة.</p>";
        CleanHtml out = cleaner.clean(content + boilerplate + "<p>وأضاف أن الاتفاق قريب.</p>", BASE, "ar");
        assertThat(out.text()).isEqualTo("قال الرئيس إن المفاوضات مستمرة.\nوأضاف أن الاتفاق قريب.");
        assertThat(out.html()).isEqualTo("<div dir=\"rtl\" lang=\"ar\"><p>قال الرئيس إن المفاوضات مستمرة.</p>"
                + "<p>وأضاف أن الاتفاق قريب.</p></div>");
    }

    @Test
    void keepsAParagraphThatMerelyMentionsAPhrase() {
        String text = "قال إن المزيد من المساعدات سيصل، وشارك الوزير في الاجتماع.";
        assertThat(cleaner.clean("<p>" + text + "</p>", BASE, "ar").text()).isEqualTo(text);
    }

    @Test
    void keepsStructureHeadingsListsTablesAndCaptions() {
        String out = html("<h1>T</h1><blockquote>q</blockquote><ol><li>1</li></ol><figure><img src=\"/a.jpg\" alt=\"a\">"
                + "<figcaption>cap</figcaption></figure><table><caption>c</caption><tr><th>h</th><td colspan=2>d</td>"
                + "</tr></table>");
        assertThat(out).contains("<h2>T</h2>", "<blockquote>q</blockquote>", "<ol><li>1</li></ol>",
                "<figure><img src=\"https://news.example/a.jpg\" alt=\"a\"><figcaption>cap</figcaption></figure>",
                "<caption>c</caption>", "<th>h</th>", "<td colspan=\"2\">d</td>");
    }

    @Test
    void detectsArabicWhenNoLanguageIsGiven() {
        assertThat(cleaner.clean("<p>الرئيس يزور باكو (AP)</p>", BASE, null).html())
                .isEqualTo("<div dir=\"rtl\" lang=\"ar\"><p>الرئيس يزور باكو (AP)</p></div>");
        assertThat(cleaner.clean("<p>Putin visits Baku, says الكرملين</p>", BASE, null).html())
                .isEqualTo("<p>Putin visits Baku, says الكرملين</p>");
    }

    @Test
    void wrapsRightToLeftContentOnlyOnce() {
        String once = cleaner.clean("<p>مرحبا</p>", BASE, "ar").html();
        assertThat(cleaner.clean(once, BASE, "ar").html()).isEqualTo(once);
        assertThat(cleaner.clean("<div dir=\"rtl\"><p>مرحبا</p></div>", BASE, "ar-EG").html())
                .isEqualTo("<div dir=\"rtl\" lang=\"ar\"><p>مرحبا</p></div>");
    }

    @Test
    void usesTheGivenRightToLeftLanguage() {
        assertThat(cleaner.clean("<p>سلام</p>", BASE, "fa").html()).startsWith("<div dir=\"rtl\" lang=\"fa\">");
    }

    @Test
    void turnsPlainTextIntoParagraphs() {
        CleanHtml out = cleaner.clean("First line\nsame paragraph\n\nSecond <not a tag", BASE, "en");
        assertThat(out.html()).isEqualTo("<p>First line<br>same paragraph</p><p>Second &lt;not a tag</p>");
        assertThat(out.text()).isEqualTo("First line\nsame paragraph\nSecond <not a tag");
    }

    @Test
    void keepsTheSpaceThatAnEmptyInlineElementHeld() {
        assertThat(cleaner.clean("<p>بوتين<span> </span>يزور<b></b> باكو</p>", BASE, "ar").text()).isEqualTo("بوتين يزور باكو");
    }

    @Test
    void dropsRelativeUrlsWithoutABase() {
        assertThat(cleaner.clean("<p><a href=\"/x\">x</a></p>", null, "en").html()).isEqualTo("<p>x</p>");
    }

    /** Issue 18: past its CPU budget an item is stored as its text-only form, never dropped. */
    @Test
    void keepsTheTextOnlyFormOfAnItemOverItsCpuBudget() {
        HtmlCleaner exhausted = new HtmlCleaner(java.time.Duration.ZERO);
        CleanHtml clean = exhausted.clean("<p>بوتين <b>يزور</b> باكو</p><p>&lt;img src=x&gt;</p><script>x()</script>",
                URI.create("https://e.org/1"), "ar");
        assertThat(clean.html()).isEqualTo("<div dir=\"rtl\" lang=\"ar\"><p>بوتين يزور باكو</p><p>&lt;img src=x&gt;</p></div>");
        assertThat(clean.text()).isEqualTo("بوتين يزور باكو\n<img src=x>");
    }
}
