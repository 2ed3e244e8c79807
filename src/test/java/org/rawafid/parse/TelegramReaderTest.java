package org.rawafid.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rawafid.config.Source;
import org.rawafid.model.ParsedFeed;
import org.rawafid.model.ParsedItem;

/** {@code type: telegram}: a public channel's preview page, one item per post. */
class TelegramReaderTest {
    private static final String URL = "https://t.me/s/alqaheranewstv";
    private final SourceParser parser = new SourceParser();

    private ParsedFeed read(byte[] body) throws ParseException {
        return parser.parse(Sources.of(Source.Type.TELEGRAM, URL, null), body, "text/html; charset=utf-8",
                URI.create(URL), LinkedFetch.NONE);
    }

    private List<ParsedItem> posts() throws ParseException {
        return read(Sources.fixture("telegram-channel.html")).items();
    }

    @Test
    void readsOneItemPerPostLinkedAndDatedByTelegram() throws Exception {
        ParsedFeed feed = read(Sources.fixture("telegram-channel.html"));

        assertThat(feed.title()).isEqualTo("القاهرة الإخبارية");
        assertThat(feed.siteUrl()).isEqualTo("https://t.me/alqaheranewstv");
        assertThat(feed.format()).isEqualTo("telegram");
        assertThat(feed.items()).extracting(ParsedItem::link).containsExactly(
                "https://t.me/alqaheranewstv/1200", "https://t.me/alqaheranewstv/1201",
                "https://t.me/alqaheranewstv/1202", "https://t.me/alqaheranewstv/1203",
                "https://t.me/alqaheranewstv/1204");
        assertThat(feed.items().get(0).published()).isEqualTo(Instant.parse("2026-11-28T10:15:02Z"));
    }

    @Test
    void keepsLineBreaksDropsFollowUsLinesAndTitlesByTheFirstSentence() throws Exception {
        ParsedItem text = posts().get(0);

        assertThat(text.title()).isEqualTo("🔴 عاجل | الرئيس السيسي يستقبل رئيس وزراء اليونان في القاهرة");
        assertThat(text.contentHtml()).isEqualTo("<p>🔴 عاجل | الرئيس السيسي يستقبل رئيس وزراء اليونان في القاهرة."
                + " وتناول اللقاء العلاقات الثنائية.<br>وأكد الجانبان أهمية التعاون في مجال الطاقة.</p>");
        assertThat(text.contentHtml()).doesNotContain("تابعونا");
        assertThat(text.imageUrl()).isNull();
    }

    @Test
    void takesThePhotoAsImageAndCutsALongTitleAtAWord() throws Exception {
        ParsedItem photo = posts().get(1);

        assertThat(photo.imageUrl()).isEqualTo("https://cdn4.telegram-cdn.org/file/photo-1201.jpg");
        assertThat(photo.title()).hasSizeLessThanOrEqualTo(TelegramReader.TITLE_CHARS)
                .startsWith("افتتاح المتحف المصري الكبير");
        // cut at a word: the text goes on with a space right after the title
        assertThat(photo.contentHtml()).startsWith("<p>" + photo.title() + " ");
    }

    @Test
    void leavesForwardedFromAndReplyPreviewsOutOfTheText() throws Exception {
        ParsedItem forwarded = posts().get(2);
        ParsedItem reply = posts().get(3);

        assertThat(forwarded.contentHtml()).doesNotContain("Forwarded").doesNotContain("وزارة الخارجية المصرية")
                .contains("وزير الخارجية يتلقى اتصالا");
        assertThat(reply.contentHtml()).isEqualTo("<p>المتحدث الرسمي: الزيارة تستمر يومين وتشمل توقيع خمس اتفاقيات</p>");
        assertThat(reply.title()).isEqualTo("المتحدث الرسمي: الزيارة تستمر يومين وتشمل توقيع خمس اتفاقيات");
    }

    @Test
    void readsAnAlbumAsOneItemWithEveryPhoto() throws Exception {
        ParsedItem album = posts().get(4);

        assertThat(album.imageUrl()).isEqualTo("https://cdn4.telegram-cdn.org/file/album-a.jpg");
        assertThat(album.contentHtml()).contains("album-a.jpg", "album-b.jpg", "album-c.jpg");
        assertThat(posts()).extracting(ParsedItem::link).doesNotContain("https://t.me/alqaheranewstv/1205");
    }

    @Test
    void aPageWithoutPostsFails() {
        assertThatThrownBy(() -> read("<html><body>Private channel</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ParseException.class).hasMessageContaining("telegram: no posts found");
    }
}
