package org.rawafid.parse;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.rawafid.model.ParsedFeed;
import org.rawafid.model.ParsedItem;

/**
 * Reads a public Telegram channel's web preview ({@code https://t.me/s/NAME}, {@code type: telegram}):
 * one item per post, linked {@code https://t.me/NAME/ID} from its {@code data-post}, dated by its
 * {@code <time datetime>}, its text as content with line breaks kept and the channel's follow-us lines
 * removed, its first sentence (at most {@link #TITLE_CHARS} characters, cut at a word) as title, its
 * photo (or video thumbnail) as image. An album is one post with several photos. A forwarded post's
 * "Forwarded from" line and a reply's quoted preview stay out of the text. The newest page is enough:
 * {@code ?before=} paging is not followed. Thread-safe.
 */
final class TelegramReader implements KindReader {
    static final int TITLE_CHARS = 140;
    /** Lines channels append to every post to ask for followers; they say nothing about the news. */
    private static final List<String> BOILERPLATE = List.of("تابعونا على", "تابعونا عبر", "تابعونا في", "تابعوا قناتنا",
            "تابعوا قناة", "اشترك في القناة", "اشتركوا في", "للاشتراك في", "انضموا إلى", "انضموا الى", "انضم إلى قناتنا",
            "انضم الى قناتنا", "رابط القناة", "قناتنا على تيليجرام", "قناتنا على تلغرام", "follow us", "subscribe to");

    private final DateParser dates;

    TelegramReader(DateParser dates) {
        this.dates = Objects.requireNonNull(dates, "dates");
    }

    @Override
    public ParsedFeed read(byte[] body, String contentType, URI url) throws ParseException {
        Document doc = ListingReader.parse(body, contentType, url);
        List<ParsedItem> items = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        String channel = null;
        for (Element post : doc.select(".tgme_widget_message[data-post]")) {
            String id = post.attr("data-post").strip();
            if (id.indexOf('/') <= 0 || post.hasClass("service_message") || !seen.add(id)) {
                continue;
            }
            channel = id.substring(0, id.indexOf('/'));
            ParsedItem item = item(post, "https://t.me/" + id);
            if (item != null) {
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            throw new ParseException(url, "telegram: no posts found (is this a public channel's preview page, "
                    + "https://t.me/s/NAME?)");
        }
        String title = text(doc.selectFirst(".tgme_channel_info_header_title"))
                .orElse(Pages.meta(doc, "og:title").orElse(channel));
        return new ParsedFeed(title, channel == null ? null : "https://t.me/" + channel,
                Pages.meta(doc, "og:description").orElse(null), null, null, null,
                doc.charset().name().toLowerCase(Locale.ROOT), "telegram", items);
    }

    private ParsedItem item(Element post, String link) {
        Element textEl = null;
        for (Element t : post.select(".tgme_widget_message_text, .tgme_widget_message_poll_question")) {
            if (t.closest(".tgme_widget_message_reply, .tgme_widget_message_link_preview") == null) {
                textEl = t;
                break;
            }
        }
        String text = textEl == null ? "" : withoutBoilerplate(lines(textEl));
        List<String> photos = new ArrayList<>();
        for (Element media : post.select(".tgme_widget_message_photo_wrap, .tgme_widget_message_video_thumb")) {
            String photo = Pages.styleUrl(media);
            if (photo != null && media.closest(".tgme_widget_message_reply, .tgme_widget_message_link_preview") == null
                    && !photos.contains(photo)) {
                photos.add(photo);
            }
        }
        if (text.isBlank() && photos.isEmpty()) {
            return null; // a sticker, poll or unsupported media: nothing a reader could use
        }
        StringBuilder html = new StringBuilder(PlainText.toHtml(text));
        for (String photo : photos) {
            html.append("<p><img src=\"").append(PlainText.escape(photo)).append("\" alt=\"\"></p>");
        }
        Element time = post.selectFirst(".tgme_widget_message_date time[datetime], time[datetime]");
        Instant published = time == null ? null : Pages.date(time, dates);
        return new ParsedItem(link, link, PlainText.escape(title(text)), html.toString(), null, null, published, null,
                List.of(), photos.isEmpty() ? null : photos.get(0), link);
    }

    /** The element's text with {@code <br>} and block boundaries as line breaks. */
    private static String lines(Element el) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e && (e.nameIs("br") || depth > 0 && e.isBlock())) {
                    out.append('\n');
                }
            }
        }, el);
        return out.toString();
    }

    /** Drops the lines that ask readers to follow the channel. */
    static String withoutBoilerplate(String text) {
        StringBuilder kept = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (BOILERPLATE.stream().noneMatch(lower::contains) && !isChannelPointer(lower.strip())) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString().strip();
    }

    /** A line that is only the channel's handle or link ({@code @name}, {@code t.me/name}): a signature, not news. */
    private static boolean isChannelPointer(String line) {
        String l = line.startsWith("https://") ? line.substring(8) : line;
        boolean oneToken = !l.isEmpty() && l.chars().noneMatch(Character::isWhitespace);
        return oneToken && (l.startsWith("@") || l.startsWith("t.me/") || l.startsWith("telegram.me/"));
    }

    /**
     * The first sentence (up to {@code . ! ? ؟ ۔ …} or the end of the first line), at most {@link #TITLE_CHARS}
     * characters: a longer one is cut at the last space before the limit, so the title is always the start
     * of the post's text.
     */
    static String title(String text) {
        String t = text.strip();
        int end = 0;
        while (end < t.length() && ".!?؟۔…\n".indexOf(t.charAt(end)) < 0) {
            end++;
        }
        String sentence = t.substring(0, end).strip();
        if (sentence.length() <= TITLE_CHARS) {
            return sentence.isEmpty() ? null : sentence;
        }
        int cut = sentence.lastIndexOf(' ', TITLE_CHARS);
        if (cut <= 0) {
            cut = Character.isHighSurrogate(sentence.charAt(TITLE_CHARS - 1)) ? TITLE_CHARS - 1 : TITLE_CHARS;
        }
        return sentence.substring(0, cut).strip();
    }

    private static java.util.Optional<String> text(Element el) {
        return el == null || el.text().isBlank() ? java.util.Optional.empty() : java.util.Optional.of(el.text().strip());
    }
}
