package org.rawafid.clean;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what Arabic news sites wrap around (and inside) their articles: share bars, "اقرأ أيضا"
 * related-link blocks with their links, "تابعونا على" prompts, ad slots, and WordPress's
 * "The post … appeared first on …" footer. Phrases compare after {@link ArabicText#fold}, so
 * أيضا / أيضًا / أيضاً and إعلان / اعلان are one phrase each.
 */
final class BoilerplateRemover {
    private static final Set<String> READ_ALSO = folded("اقرأ أيضا", "اقرأ أيضًا", "إقرأ أيضا", "شاهد أيضا",
            "طالع أيضا", "اقرأ كذلك", "اقرأ المزيد", "المزيد", "شاهد المزيد", "أخبار ذات صلة", "مواضيع ذات صلة",
            "أخبار متعلقة", "مقالات ذات صلة", "read also", "read more", "related", "related articles", "see also");
    private static final Set<String> SHARE = folded("مشاركة", "شارك", "شارك الخبر", "شارك المقال", "شاركها",
            "انشر", "نسخ الرابط", "share", "share this", "share this article");
    private static final Set<String> AD = folded("إعلان", "إعلانات", "مساحة إعلانية", "advertisement", "ad", "ads",
            "sponsored");
    private static final List<String> FOLLOW = List.of(ArabicText.fold("تابعونا على"), ArabicText.fold("تابعونا عبر"),
            ArabicText.fold("تابعنا على"), ArabicText.fold("تابعنا عبر"), "follow us");
    private static final Pattern APPEARED_FIRST = Pattern.compile(
            "(?is)^(the post .+ appeared first on .+|ظهرت المقالة .+ أولاً على .+|ظهرت المقالة .+ أولا على .+)$");
    /** Class and id words that name boilerplate containers on Arabic and international news sites. */
    private static final Pattern BOILERPLATE_NAME = Pattern.compile("(?i)(^|[-_\\s])(share|sharing|sharethis|social|"
            + "socials|related|advert\\w*|ads?|adslot|ad-slot|gpt|sponsored|newsletter|follow|readalso|read-also|"
            + "readmore|most-?read|tags|keywords|breadcrumbs?|print-?link|addthis|outbrain|taboola|prev[-_]?next|"
            + "next[-_]?prev|pagination|pager|time[-_]to[-_]read|reading[-_]time|comments?)($|[-_\\s\\d])");
    /** Comment-section policies and disclaimers sites print under the article ("الآراء الواردة أدناه لا تعبر…"). */
    private static final Pattern COMMENT_POLICY = Pattern.compile("(?s)(الآراء|التعليقات|المشاركات).{0,40}"
            + "(لا تعبر|لا تعكس)\\s+عن\\s+(رأي|وجهة نظر)|ترحب\\s.{0,30}\\sبالنقاش|^comments are moderated");
    private static final int FOLLOW_MAX_CHARS = 120;
    /**
     * Every phrase matched on folded text is at most FOLLOW_MAX_CHARS long, and folding only
     * drops marks (at most a shadda and a vowel per letter) from text jsoup already collapsed:
     * longer blocks can't match, so they skip the fold, which otherwise ran over whole articles
     * for every element.
     */
    private static final int FOLD_LIMIT = 4 * FOLLOW_MAX_CHARS;
    private static final int SHARE_BAR_MAX_CHARS = 80;

    private BoilerplateRemover() {
    }

    static void remove(Element root) {
        remove(root, false);
    }

    /** {@link #remove} as first written (every paragraph's text built): what it is tested against. */
    static void removeAsFirstWritten(Element root) {
        remove(root, true);
    }

    private static void remove(Element root, boolean firstWritten) {
        removeNamedContainers(root);
        for (Element el : root.getAllElements()) {
            if (el != root && isInside(el, root) && (firstWritten || !isOrdinaryLongParagraph(el))) {
                removeIfBoilerplate(el, root);
            }
        }
    }

    /**
     * True for a paragraph {@link #removeIfBoilerplate} would leave alone, decided without building its
     * text (which it did for every paragraph of every item): one whose text folds longer than any phrase,
     * that is no "read also" label beside links, and whose text nodes, joined, hold none of the words
     * {@link #mayBeFooter} looks for. Sound because {@code el.text()} keeps every char of the text
     * nodes but whitespace and the two invisible chars jsoup drops (soft hyphen, zero-width space), and
     * adds only spaces: a word without those chars found in the text is found in the joined nodes, and
     * more than {@link #FOLLOW_MAX_CHARS} chars that folding keeps there are more in the text too.
     */
    private static boolean isOrdinaryLongParagraph(Element el) {
        if (!el.normalName().equals("p") || !foldsLongerThanAnyPhrase(el) || readAlsoWithLinks(el)) {
            return false;
        }
        StringBuilder joined = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                if (s.indexOf('\u00AD') < 0 && s.indexOf('\u200B') < 0) {
                    joined.append(s);
                } else {
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (c != '\u00AD' && c != '\u200B') {
                            joined.append(c);
                        }
                    }
                }
            }
        }, el);
        return !mayBeFooter(joined.toString());
    }

    /**
     * Whether more than {@link #FOLLOW_MAX_CHARS} chars of {@code el}'s text nodes are ones fold keeps
     * (soft hyphens not counted: {@code text()} may drop them); stops counting once that is certain.
     */
    private static boolean foldsLongerThanAnyPhrase(Element el) {
        int[] kept = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        char c = s.charAt(i);
                        if (c != '\u00AD' && !ArabicText.foldMayRemove(c) && ++kept[0] > FOLLOW_MAX_CHARS) {
                            return FilterResult.STOP;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, el);
        return kept[0] > FOLLOW_MAX_CHARS;
    }

    private static void removeNamedContainers(Element root) {
        for (Element el : root.getAllElements()) {
            if (el != root && isInside(el, root) && isNamedBoilerplate(el)) {
                el.remove();
            }
        }
    }

    /** A boilerplate class name on a container that still holds several real paragraphs is a site quirk: keep it. */
    private static boolean isNamedBoilerplate(Element el) {
        String names = el.className() + " " + el.id();
        if (names.isBlank() || !BOILERPLATE_NAME.matcher(names).find() || el.normalName().equals("body")) {
            return false;
        }
        long longParagraphs = el.select("p").stream().filter(p -> p.text().length() > 120).count();
        return longParagraphs < 2;
    }

    private static void removeIfBoilerplate(Element el, Element root) {
        boolean paragraph = el.normalName().equals("p");
        if (!paragraph && !mayHoldAPhrase(el)) {
            return; // its text is too long for any phrase, and only a paragraph is checked in full
        }
        String raw = el.text();
        // Every phrase compared below is at most FOLLOW_MAX_CHARS long once folded; longer text can't match.
        String text = raw.length() <= FOLD_LIMIT && !ArabicText.foldsLongerThan(raw, FOLLOW_MAX_CHARS)
                ? ArabicText.fold(raw) : "";
        if (READ_ALSO.contains(text) || readAlsoWithLinks(el)) {
            Element block = widen(el, root);
            removeFollowingLinkLists(block);
            removeWithEmptyAncestors(block, root);
        } else if (SHARE.contains(text)) {
            removeShareBar(widen(el, root), root);
        } else if (AD.contains(text)) {
            removeWithEmptyAncestors(widen(el, root), root);
        } else if (text.length() <= FOLLOW_MAX_CHARS && FOLLOW.stream().anyMatch(text::startsWith)) {
            removeWithEmptyAncestors(widen(el, root), root);
        } else if (el.normalName().equals("p") && mayBeFooter(raw)) {
            String spaced = ArabicText.foldSpaces(raw);
            if (raw.length() < 400 && COMMENT_POLICY.matcher(spaced).find()
                    || APPEARED_FIRST.matcher(spaced).matches()) {
                el.remove();
            }
        }
    }

    /**
     * False when neither {@link #COMMENT_POLICY} nor {@link #APPEARED_FIRST} can match: each needs one
     * of these words, none of which holds a space, so folding spaces can't create or hide them.
     * Spares two whole-paragraph regex passes for every ordinary paragraph.
     */
    static boolean mayBeFooter(String raw) {
        // String.indexOf per word (vectorised) rather than a switch on every char: alef, the first
        // letter of three of the words, is the commonest letter of Arabic text.
        return raw.contains("الآراء") || raw.contains("التعليقات") || raw.contains("المشاركات")
                || raw.contains("ترحب") || raw.contains("ظهرت") || raw.contains("comments")
                || containsAppeared(raw);
    }

    /** Whether {@code raw} holds "appeared" in any case, as {@code regionMatches(true, …)} compares. */
    private static boolean containsAppeared(String raw) {
        if (raw.indexOf('p') < 0 && raw.indexOf('P') < 0) {
            return false; // the common case: no Latin p at all
        }
        for (int at = 0; at + 8 <= raw.length(); at++) {
            if (raw.regionMatches(true, at, "appeared", 0, 8)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #mayBeFooter} as first written, a switch on every char: what it is tested against. */
    static boolean mayBeFooterByScan(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            boolean found = switch (raw.charAt(i)) {
                case 'ا' -> raw.startsWith("الآراء", i) || raw.startsWith("التعليقات", i)
                        || raw.startsWith("المشاركات", i);
                case 'ت' -> raw.startsWith("ترحب", i);
                case 'ظ' -> raw.startsWith("ظهرت", i);
                case 'c' -> raw.startsWith("comments", i);
                case 'a', 'A' -> raw.regionMatches(true, i, "appeared", 0, 8);
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    /**
     * False when no test below can succeed: more than {@link #FOLLOW_MAX_CHARS} chars that folding
     * keeps lie outside links (so neither the whole text nor the label beside links can fold to a
     * phrase). Stops counting as soon as that is certain, so an ancestor of a long article costs a
     * few nodes, not its whole subtree: {@code el.text()} for every element was quadratic in the
     * nesting (issue 18, row 4).
     */
    private static boolean mayHoldAPhrase(Element el) {
        int[] kept = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node != el && node instanceof Element e && e.normalName().equals("a")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        if (!ArabicText.foldMayRemove(s.charAt(i)) && ++kept[0] > FOLLOW_MAX_CHARS) {
                            return FilterResult.STOP;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, el);
        return kept[0] <= FOLLOW_MAX_CHARS;
    }

    /** "اقرأ أيضا: <a>…</a>" in one block: the label is the only text outside links. */
    private static boolean readAlsoWithLinks(Element el) {
        if (!hasLinkAndShortTextOutside(el)) {
            return false;
        }
        Element copy = el.clone();
        copy.select("a").remove();
        return READ_ALSO.contains(ArabicText.fold(copy.text()));
    }

    /**
     * Whether {@code el} holds a link and, outside links, no more than {@link #FOLLOW_MAX_CHARS}
     * chars that folding keeps — the only case where the label test can succeed; saves cloning
     * every paragraph that holds a link. Counts what {@code text()} of the link-less copy would.
     */
    private static boolean hasLinkAndShortTextOutside(Element el) {
        boolean[] link = {false};
        int[] kept = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("a")) {
                    link[0] = true;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length(); i++) {
                        if (!ArabicText.foldMayRemove(s.charAt(i)) && ++kept[0] > FOLLOW_MAX_CHARS) {
                            return FilterResult.STOP; // the answer is no, link or not
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, el);
        return link[0] && kept[0] <= FOLLOW_MAX_CHARS;
    }

    /** Climbs wrappers that hold nothing but the label, e.g. {@code <p><strong>اقرأ أيضا</strong></p>}. */
    private static Element widen(Element el, Element root) {
        Element block = el;
        while (block.parent() != null && block.parent() != root
                && block.parent().text().strip().equals(block.text().strip())
                && block.parent().select("img").size() == block.select("img").size()) {
            block = block.parent();
        }
        return block;
    }

    private static void removeFollowingLinkLists(Element block) {
        Element next = block.nextElementSibling();
        while (next != null && isLinkList(next)) {
            Element after = next.nextElementSibling();
            next.remove();
            next = after;
        }
    }

    static boolean isLinkList(Element el) {
        String all = el.text().strip();
        if (all.isEmpty()) {
            return el.normalName().equals("ul") || el.normalName().equals("ol");
        }
        int linked = el.select("a").stream().mapToInt(a -> a.text().strip().length()).sum();
        return linked >= 0.8 * all.length();
    }

    /** Removes the share label and the bar of (icon) links around it. */
    private static void removeShareBar(Element label, Element root) {
        Element parent = label.parent();
        label.remove();
        while (parent != null && parent != root && parent.select("img").isEmpty()
                && (parent.text().isBlank() || parent.text().length() <= SHARE_BAR_MAX_CHARS && isLinkList(parent))) {
            Element up = parent.parent();
            parent.remove();
            parent = up;
        }
    }

    /** Removes {@code el}, then every ancestor left with no text and no image (the bar that held it). */
    private static void removeWithEmptyAncestors(Element el, Element root) {
        Element parent = el.parent();
        el.remove();
        while (parent != null && parent != root && parent.text().isBlank() && parent.select("img").isEmpty()) {
            Element up = parent.parent();
            parent.remove();
            parent = up;
        }
    }

    /** Removed elements keep their own subtree, so "still attached" means "root is an ancestor". */
    static boolean isInside(Element el, Element root) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> folded(String... phrases) {
        return java.util.Arrays.stream(phrases).map(ArabicText::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
