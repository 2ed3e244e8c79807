package org.rawafid.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** Finds, by parsing and walking the tree (not by substring), every construct that could run, load or track. */
final class UnsafeConstructs {
    private static final Set<String> FORBIDDEN_TAGS = Set.of("script", "style", "iframe", "frame", "frameset",
            "object", "embed", "applet", "svg", "math", "form", "input", "button", "select", "textarea", "meta",
            "link", "base", "noscript", "template", "audio", "video", "source", "canvas", "param", "xml", "xmp",
            "title", "head", "img-src", "isindex", "layer", "ilayer", "bgsound", "marquee", "portal");
    private static final Set<String> URL_ATTRS = Set.of("href", "src", "action", "formaction", "background",
            "lowsrc", "dynsrc", "poster", "data", "codebase", "cite", "longdesc", "usemap", "srcset", "xlink:href");

    private UnsafeConstructs() {
    }

    static List<String> in(String html) {
        List<String> found = new ArrayList<>();
        for (Element el : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            String tag = el.normalName();
            if (FORBIDDEN_TAGS.contains(tag) || tag.contains(":")) {
                found.add("<" + tag + ">");
            }
            for (Attribute attr : el.attributes()) {
                String key = attr.getKey().toLowerCase(Locale.ROOT);
                String value = attr.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("style") || key.startsWith("xmlns") || key.equals("srcdoc")) {
                    found.add(tag + "[" + key + "]");
                } else if (URL_ATTRS.contains(key) && !(value.startsWith("http://") || value.startsWith("https://")
                        || value.startsWith("mailto:"))) {
                    found.add(tag + "[" + key + "=" + attr.getValue() + "]");
                } else if (!URL_ATTRS.contains(key) && !Set.of("alt", "width", "height", "dir", "lang", "rel",
                        "colspan", "rowspan").contains(key)) {
                    found.add(tag + "[" + key + "] unexpected");
                }
            }
            if (tag.equals("img") && UrlPolicy.isTracker(el.attr("src"))) {
                found.add("tracker " + el.attr("src"));
            }
        }
        return found;
    }
}
