package org.rawafid.clean;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding an article's body, readability-style: paragraphs score by length and
 * punctuation (Latin and Arabic ، ؛ ؟), their ancestors collect the scores, class and id names known
 * from Arabic and international news sites weigh in, and link-heavy blocks lose. Written on jsoup
 * because no readability port is among our dependencies and this one can know Arabic sites' names.
 */
final class ContentFinder {
    private static final Pattern UNLIKELY = Pattern.compile("(?i)comment|footer|sidebar|side-bar|menu|navbar|"
            + "\\bnav\\b|share|social|related|most-?read|popular|widget|promo|banner|breadcrumb|newsletter|"
            + "cookie|subscribe|sponsor|\\bads?\\b|advert|outbrain|taboola|tags|ticker|breaking|header|masthead");
    private static final Pattern MAYBE = Pattern.compile("(?i)article|body|content|entry|main|story|details|text|post");
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|main|story|details|"
            + "news-?content|news-?body|news-?text|newsstory|articlebody|post-?content|blog|text|page");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)comment|footer|sidebar|menu|nav|share|social|"
            + "related|widget|promo|most|popular|tags|breadcrumb|ad-|advert|sponsor|meta|date|author|caption");
    private static final Pattern COMMAS = Pattern.compile("[,،؛;]");
    private static final Pattern SENTENCE_ENDS = Pattern.compile("[.!?؟]");
    /** Containers that hold the article body on Arabic news sites (and schema.org markup). */
    private static final String KNOWN_CONTAINERS = "[itemprop=articleBody], .article-body, .articleBody, "
            + ".article-content, .entry-content, .news-content, .news-body, .news-text, #NewsStory, .ArticleDetails, "
            + "#ArticleDetails, .article_details_body, .details-body, .story-body, .post-content, #articleBody, "
            + ".article-text, .field-name-body, .content-article, .article__body, div.details, .news-details-body";
    /** Small blocks inside the body that repeat metadata (source, date, author line) rather than tell the story. */
    private static final Pattern METADATA_NAME = Pattern.compile(
            "(?i)(^|[-_\\s])(metadata|meta|byline|author|source|publish-?date|date|dateline|timestamp|time)($|[-_\\s])");
    private static final int MAX_METADATA_TEXT = 150;
    private static final int MIN_PARAGRAPH = 25;
    private static final int MIN_KNOWN_TEXT = 250;

    private ContentFinder() {
    }

    static Element find(Element body) {
        removeUnlikely(body);
        Element known = knownContainer(body);
        if (known != null) {
            return known;
        }
        Map<Element, Double> scores = score(body);
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double finalScore = e.getValue() * (1 - linkDensity(e.getKey()));
            if (finalScore > best) {
                best = finalScore;
                top = e.getKey();
            }
        }
        return top == null ? null : withSiblings(top, best, scores);
    }

    /** The innermost known container with enough prose; wrappers named "news-content" often hold the whole page. */
    /** Removes metadata blocks (date, source, author lines) from inside a chosen body. */
    static void pruneMetadata(Element content) {
        for (Element el : content.getAllElements()) {
            if (el != content && BoilerplateRemover.isInside(el, content) && !el.normalName().equals("p")
                    && METADATA_NAME.matcher(el.className() + " " + el.id()).find()
                    && el.text().length() < MAX_METADATA_TEXT && el.select("img").isEmpty()) {
                el.remove();
            }
        }
    }

    private static Element knownContainer(Element body) {
        List<Element> passing = body.select(KNOWN_CONTAINERS).stream()
                .filter(el -> el.text().length() >= MIN_KNOWN_TEXT && linkDensity(el) < 0.3).toList();
        Element best = null;
        for (Element el : passing) {
            boolean innermost = passing.stream().noneMatch(other -> other != el && BoilerplateRemover.isInside(other, el));
            if (innermost && (best == null || el.text().length() > best.text().length())) {
                best = el;
            }
        }
        return best;
    }

    private static void removeUnlikely(Element body) {
        body.select("nav, aside, footer, header:not(article header), form:not(body > form)").stream()
                .filter(el -> el.select("p").stream().filter(p -> p.text().length() > 120).count() < 2)
                .forEach(Element::remove);
        for (Element el : body.getAllElements()) {
            String names = el.className() + " " + el.id();
            if (el != body && BoilerplateRemover.isInside(el, body) && !el.normalName().matches("article|main|body|html")
                    && UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find()) {
                el.remove();
            }
        }
    }

    private static Map<Element, Double> score(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element para : body.select("p, pre, td, blockquote, div, section")) {
            String text = para.normalName().matches("div|section") ? para.ownText() : para.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double points = 1 + COMMAS.matcher(text).results().count() + SENTENCE_ENDS.matcher(text).results().count() * 0.5
                    + Math.min(text.length() / 100.0, 3);
            Element target = para.normalName().matches("div|section") ? para : para.parent();
            double share = 1;
            for (int level = 0; target != null && level < 3; level++, target = target.parent()) {
                scores.merge(target, points / share, Double::sum);
                scores.putIfAbsent(target, 0.0);
                share = level == 0 ? 2 : share * 1.5;
            }
        }
        scores.replaceAll((el, s) -> s + initialWeight(el));
        return scores;
    }

    private static double initialWeight(Element el) {
        double weight = switch (el.normalName()) {
            case "div", "article" -> 5;
            case "section", "td", "blockquote", "pre" -> 3;
            case "ul", "ol", "li", "form", "address", "dl", "dd", "dt" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = el.className() + " " + el.id();
        if (!names.isBlank()) {
            weight += NEGATIVE.matcher(names).find() ? -25 : 0;
            weight += POSITIVE.matcher(names).find() ? 25 : 0;
        }
        return weight;
    }

    /** Keeps siblings that score well or read as prose; a body split around an ad or image is one body. */
    private static Element withSiblings(Element top, double best, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null) {
            return top;
        }
        double threshold = Math.max(10, best * 0.2);
        Element merged = new Element("div");
        for (Element sibling : parent.children()) {
            if (sibling == top || scores.getOrDefault(sibling, 0.0) * (1 - linkDensity(sibling)) >= threshold
                    || isProse(sibling)) {
                merged.appendChild(sibling.clone());
            }
        }
        return merged.childrenSize() == 1 ? top : merged;
    }

    private static boolean isProse(Element el) {
        if (!el.normalName().equals("p")) {
            return false;
        }
        String text = el.text();
        double density = linkDensity(el);
        return text.length() > 80 && density < 0.25
                || text.length() > 0 && density == 0 && SENTENCE_ENDS.matcher(text).find() && text.length() > 40;
    }

    static double linkDensity(Element el) {
        int length = el.text().length();
        if (length == 0) {
            return 0;
        }
        int linked = el.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1.0, (double) linked / length);
    }
}
