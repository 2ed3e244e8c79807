package org.rawafid.clean;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Turns untrusted item HTML into safe, readable HTML and its plain text.
 *
 * <p>Keeps structure (paragraphs, headings, lists, quotes, links, images with captions, simple
 * tables); drops everything that can run, load or track; resolves relative URLs; gives lazy images a
 * real {@code src}; removes Arabic-site boilerplate; wraps right-to-left content once in
 * {@code <div dir="rtl" lang="ar">}. Example:
 * <pre>{@code new HtmlCleaner().clean("<p onclick=x>مرحبا</p>", null, "ar").html()
 *   // <div dir="rtl" lang="ar"><p>مرحبا</p></div>}</pre>
 *
 * <p>Thread-safe: the safelist is built once and never changed.
 */
public final class HtmlCleaner {
    private static final Logger LOG = LoggerFactory.getLogger(HtmlCleaner.class);
    /** One item's cleaning budget (issue 18): a normal article takes a few milliseconds. */
    public static final Duration CPU_BUDGET = Duration.ofMillis(250);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final long cpuBudgetNanos;
    private static final Safelist SAFELIST = buildSafelist();
    private static final Cleaner CLEANER = new Cleaner(SAFELIST);
    private static final double RTL_SHARE = 0.3;
    /** Selectors parsed once: {@code select(String)} re-parses its query on every call (jsoup 1.18). */
    private static final Evaluator BLOCKS = QueryParser.parse("p, div, span, h2, h3, h4, h5, h6, li, ul, ol, "
            + "blockquote, figure, figcaption, b, strong, i, em, u, table, tr, td, th, caption, thead, tbody, tfoot");
    private static final Evaluator IMG_OR_HR = QueryParser.parse("img, hr");
    private static final Evaluator IMG = QueryParser.parse("img");
    private static final Evaluator IMG_WITH_SRC = QueryParser.parse("img[src]");
    private static final Evaluator LINK = QueryParser.parse("a");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final java.util.Set<String> INLINE = java.util.Set.of("span", "b", "strong", "i", "em", "u");

    private static Safelist buildSafelist() {
        return new Safelist()
                .addTags("p", "br", "div", "span", "h2", "h3", "h4", "h5", "h6", "b", "strong", "i", "em", "u",
                        "sub", "sup", "code", "pre", "hr", "ul", "ol", "li", "blockquote", "a", "img", "figure",
                        "figcaption", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption")
                .addAttributes(":all", "dir", "lang")
                .addAttributes("a", "href")
                .addAttributes("img", "src", "alt", "width", "height")
                .addAttributes("th", "colspan", "rowspan")
                .addAttributes("td", "colspan", "rowspan")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addProtocols("img", "src", "http", "https")
                .addEnforcedAttribute("a", "rel", "noopener noreferrer");
    }

    /**
     * Cleans one piece of HTML (or plain text, which becomes paragraphs).
     *
     * @param html     untrusted HTML or plain text
     * @param baseUri  the item link or xml:base relative URLs resolve against; {@code null} drops relative URLs
     * @param language the configured or feed language, or {@code null} to detect right-to-left script
     */
    public HtmlCleaner() {
        this(CPU_BUDGET);
    }

    /** @param cpuBudget CPU time one piece of HTML may take before its text-only form is used instead */
    HtmlCleaner(Duration cpuBudget) {
        this.cpuBudgetNanos = cpuBudget.toNanos();
    }

    public CleanHtml clean(String html, URI baseUri, String language) {
        Objects.requireNonNull(html, "html");
        String base = baseUri == null ? "" : baseUri.toString();
        if (NestingScanner.nestsDeeperThan(html, DepthLimiter.MAX_DEPTH)) {
            LOG.warn("clean: markup under {} nests deeper than {} elements; kept as text only",
                    base.isEmpty() ? "(no link)" : base, DepthLimiter.MAX_DEPTH);
            return textOnly(html, baseUri, language);
        }
        long start = cpuNanos();
        Document dirty = Jsoup.parseBodyFragment(MarkupSniffer.hasTagOrEntity(html) ? html : paragraphs(html), base);
        prepare(dirty.body());
        Document clean = CLEANER.clean(dirty);
        Element body = clean.body();
        tidy(body);
        long spent = cpuNanos() - start;
        if (spent > cpuBudgetNanos) {
            // Checked once the costly DOM passes are done: what is past the budget is kept, as text.
            LOG.warn("clean: item under {} took {} ms of CPU (budget {} ms); kept as text only",
                    base.isEmpty() ? "(no link)" : base, spent / 1_000_000, cpuBudgetNanos / 1_000_000);
            return textOnly(html, baseUri, language);
        }
        String text = TextRenderer.render(body);
        wrapIfRightToLeft(body, text, language);
        clean.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        Element img = body.selectFirst(IMG_WITH_SRC);
        return new CleanHtml(body.html(), text, img == null ? null : img.attr("src"));
    }

    /**
     * The text-only form of {@code html}: its text in paragraphs, no markup kept, built without a
     * tree in time linear in the input. For markup too deep or too costly to clean (issue 18).
     */
    public CleanHtml textOnly(String html, URI baseUri, String language) {
        Objects.requireNonNull(html, "html");
        String[] lines = NestingScanner.text(html).split("\n", -1);
        StringBuilder markup = new StringBuilder(html.length() / 2);
        StringBuilder text = new StringBuilder(html.length() / 2);
        boolean inParagraph = false;
        for (String line : lines) {
            String folded = ArabicText.foldSpaces(line);
            if (folded.isEmpty()) {
                markup.append(inParagraph ? "</p>" : "");
                inParagraph = false;
                continue;
            }
            markup.append(inParagraph ? "<br>" : "<p>").append(Entities.escape(folded));
            text.append(text.isEmpty() ? "" : "\n").append(folded);
            inParagraph = true;
        }
        markup.append(inParagraph ? "</p>" : "");
        String lang = rightToLeftLanguage(text.toString(), language);
        String body = lang == null || markup.isEmpty() ? markup.toString()
                : "<div dir=\"rtl\" lang=\"" + lang + "\">" + markup + "</div>";
        return new CleanHtml(body, text.toString(), null);
    }

    /** This thread's CPU time, or wall time where the JVM does not measure it. */
    private static long cpuNanos() {
        long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        return cpu >= 0 ? cpu : System.nanoTime();
    }

    private static String paragraphs(String plain) {
        StringBuilder out = new StringBuilder();
        for (String para : plain.strip().split("\\R\\s*\\R")) {
            String escaped = Entities.escape(para.strip()).replaceAll("\\R", "<br>");
            if (!escaped.isBlank()) {
                out.append("<p>").append(escaped).append("</p>");
            }
        }
        return out.toString();
    }

    /** DOM work that needs attributes the safelist strips (classes, data-src, style, width). */
    private static void prepare(Element body) {
        DepthLimiter.limit(body, DepthLimiter.MAX_DEPTH);
        DomScrubber.scrub(body);
        BoilerplateRemover.remove(body);
        body.select(H1).tagName("h2");
    }

    private static void tidy(Element body) {
        for (Element img : body.select(IMG)) {
            if (!img.hasAttr("src")) {
                img.remove();
            }
        }
        for (Element a : body.select(LINK)) {
            if (!a.hasAttr("href")) {
                a.unwrap();
            }
        }
        removeEmptyBlocks(body);
    }

    /** Empty paragraphs and {@code &nbsp;}-only blocks carry no content, only vertical gaps. */
    private static void removeEmptyBlocks(Element body) {
        trimBreaks(body);
        var all = body.select(BLOCKS);
        for (int i = all.size() - 1; i >= 0; i--) {
            Element el = all.get(i);
            if (!hasVisibleText(el) && el.select(IMG_OR_HR).isEmpty()) {
                if (INLINE.contains(el.normalName())) {
                    el.unwrap(); // its whitespace may be the only space between two words
                } else {
                    el.remove();
                }
            }
        }
    }

    /**
     * Whether any text under {@code el} is more than folded space: the answer of
     * {@code !ArabicText.isBlank(el.text())}, stopping at the first such text instead of building
     * the text of every block (quadratic in the nesting; issue 18, row 4).
     */
    private static boolean hasVisibleText(Element el) {
        boolean[] found = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t && !ArabicText.isBlank(t.getWholeText())) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, el);
        return found[0];
    }

    private static void trimBreaks(Element body) {
        for (Element p : body.select(PARAGRAPH)) {
            while (p.childNodeSize() > 0 && isBreakOrBlank(p.childNode(p.childNodeSize() - 1))) {
                p.childNode(p.childNodeSize() - 1).remove();
            }
        }
    }

    private static boolean isBreakOrBlank(Node node) {
        return node instanceof Element el && el.normalName().equals("br")
                || node instanceof TextNode t && ArabicText.isBlankText(t.getWholeText());
    }

    private static void wrapIfRightToLeft(Element body, String text, String language) {
        String lang = rightToLeftLanguage(text, language);
        if (lang == null || body.childNodeSize() == 0) {
            return;
        }
        Element only = body.children().size() == 1 && body.ownText().isBlank() ? body.child(0) : null;
        if (only != null && only.normalName().equals("div") && only.attr("dir").equalsIgnoreCase("rtl")) {
            only.attr("dir", "rtl");
            if (!only.hasAttr("lang")) {
                only.attr("lang", lang);
            }
            return;
        }
        Element wrapper = new Element("div").attr("dir", "rtl").attr("lang", lang);
        wrapper.appendChildren(body.childNodes());
        body.appendChild(wrapper);
    }

    /** The language to declare when the content is right-to-left, else {@code null}. */
    private static String rightToLeftLanguage(String text, String language) {
        if (language != null && !language.isBlank()) {
            String primary = language.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
            return switch (primary) {
                case "ar", "fa", "ur", "he", "ps", "ckb", "yi", "sd", "ug", "dv" -> primary;
                default -> null;
            };
        }
        return ArabicText.isMostlyRightToLeft(text, RTL_SHARE) ? "ar" : null;
    }
}
