package org.rawafid.parse;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Reads what Rome drops or normalises away straight from the XML tree: the raw text of date
 * elements (Rome cannot read Arabic dates), guids exactly as written, {@code xml:base}, image
 * URLs and {@code <ttl>}. Stateless and thread-safe.
 */
final class RawElements {
    private static final List<String> PUBLISHED = List.of("pubDate", "published", "issued", "date", "created");
    private static final List<String> UPDATED = List.of("updated", "modified");
    private static final String MEDIA = "http://search.yahoo.com/mrss/";

    private RawElements() {
    }

    /** The item/entry elements in document order, as Rome lists its entries. */
    static List<Element> items(Element root) {
        List<Element> items = new ArrayList<>();
        for (Element child : root.getChildren()) {
            String name = child.getName();
            if (name.equals("item") || name.equals("entry")) {
                items.add(child);
            } else if (name.equals("channel")) {
                child.getChildren().stream().filter(e -> e.getName().equals("item")).forEach(items::add);
            }
        }
        return items;
    }

    /**
     * Detaches every child of {@code item} named as a published or updated date (in any namespace)
     * and returns them with their places, for {@link #reattach}.
     */
    static List<Detached> detachDates(Element item) {
        List<Detached> out = new ArrayList<>();
        List<org.jdom2.Content> content = item.getContent();
        for (int i = 0; i < content.size(); i++) {
            if (content.get(i) instanceof Element e && (PUBLISHED.contains(e.getName()) || UPDATED.contains(e.getName()))) {
                out.add(new Detached(item, i, e));
            }
        }
        for (int i = out.size() - 1; i >= 0; i--) {
            item.removeContent(out.get(i).index());
        }
        return out;
    }

    /** Puts back what {@link #detachDates} took, each child at its old place (in the order taken). */
    static void reattach(List<Detached> detached) {
        for (Detached d : detached) {
            d.parent().addContent(d.index(), d.child());
        }
    }

    /** A child taken out of {@code parent} at {@code index}. */
    record Detached(Element parent, int index, Element child) {
    }

    static Optional<String> publishedText(Element item) {
        return firstText(item, PUBLISHED);
    }

    static Optional<String> updatedText(Element item) {
        return firstText(item, UPDATED);
    }

    /** RSS {@code <guid>}, Atom {@code <id>}, or the RSS 1.0 {@code rdf:about} resource. */
    static Optional<String> guid(Element item) {
        Optional<String> text = firstText(item, List.of("guid", "id"));
        if (text.isPresent()) {
            return text;
        }
        String about = item.getAttributeValue("about", Namespace.getNamespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#"));
        return nonBlank(about);
    }

    /** The element holding the item's body, whose base is the one relative links in the body resolve against. */
    static Element bodyElement(Element item) {
        for (String name : List.of("content", "encoded", "description", "summary")) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name) && !MEDIA.equals(child.getNamespaceURI())) {
                    return child;
                }
            }
        }
        return item;
    }

    /** The base URI in force at {@code element}: its and its ancestors' xml:base resolved against the feed URL. */
    static URI base(Element element, URI feedUrl) {
        List<String> bases = new ArrayList<>();
        for (Element e = element; e != null; e = e.getParentElement()) {
            String base = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
            if (base != null && !base.isBlank()) {
                bases.add(0, base.strip());
            }
        }
        URI uri = feedUrl;
        for (String base : bases) {
            uri = Links.resolve(uri, base).flatMap(RawElements::toUri).orElse(uri);
        }
        return uri;
    }

    /**
     * The decoded text of a child that carries base64: Atom 1.0 content whose type is neither
     * text nor XML (RFC 4287 section 4.1.3.3), or Atom 0.3 {@code mode="base64"}. Rome returns
     * such content still encoded.
     */
    static Optional<String> base64Text(Element parent, String name) {
        for (Element child : parent.getChildren()) {
            if (child.getName().equals(name) && isBase64(child)) {
                try {
                    byte[] bytes = java.util.Base64.getMimeDecoder().decode(child.getTextTrim());
                    return nonBlank(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                } catch (IllegalArgumentException notBase64) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isBase64(Element e) {
        String type = e.getAttributeValue("type", "").toLowerCase(java.util.Locale.ROOT);
        boolean binaryType = type.contains("/") && !type.startsWith("text/") && !type.endsWith("xml");
        return binaryType || "base64".equals(e.getAttributeValue("mode"));
    }

    /** {@code <category>} text or {@code term}, and {@code dc:subject}: for when Rome maps none. */
    static List<String> categories(Element item) {
        List<String> names = new ArrayList<>();
        for (Element child : item.getChildren()) {
            if (child.getName().equals("category") || child.getName().equals("subject")) {
                nonBlank(child.getAttributeValue("term")).or(() -> nonBlank(child.getTextNormalize())).ifPresent(names::add);
            }
        }
        return names;
    }

    /** A malformed xml:base is ignored, as browsers ignore a malformed {@code <base href>}. */
    private static Optional<URI> toUri(String text) {
        try {
            return Optional.of(new URI(text));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * The {@code url} attributes of Media RSS elements that Rome cannot read as a URI (it tries
     * {@code new URI} with spaces encoded), in document order: Rome logs a stack trace for each
     * and drops it, so the parse stage reports them once per feed instead.
     */
    static List<String> malformedMediaUrls(List<Element> items) {
        List<String> bad = new ArrayList<>();
        for (Element item : items) {
            List<Element> media = new ArrayList<>(item.getChildren());
            item.getChildren("group", Namespace.getNamespace(MEDIA)).forEach(g -> media.addAll(g.getChildren()));
            for (Element e : media) {
                String url = MEDIA.equals(e.getNamespaceURI()) ? e.getAttributeValue("url") : null;
                if (url != null && !isUri(url.replace(" ", "%20"))) {
                    bad.add(url);
                }
            }
        }
        return bad;
    }

    private static boolean isUri(String text) {
        try {
            new URI(text);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** media:content (an image), then media:thumbnail, then an image enclosure. */
    static Optional<String> imageUrl(Element item) {
        List<Element> media = new ArrayList<>(item.getChildren());
        item.getChildren("group", Namespace.getNamespace(MEDIA)).forEach(g -> media.addAll(g.getChildren()));
        for (String wanted : List.of("content", "thumbnail", "enclosure")) {
            for (Element e : media) {
                if (e.getName().equals(wanted) && isImage(e) && e.getAttributeValue("url") != null) {
                    return nonBlank(e.getAttributeValue("url"));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isImage(Element e) {
        if (e.getName().equals("thumbnail")) {
            return MEDIA.equals(e.getNamespaceURI());
        }
        String type = e.getAttributeValue("type", "");
        String medium = e.getAttributeValue("medium", "");
        if (e.getName().equals("content") && !MEDIA.equals(e.getNamespaceURI())) {
            return false;
        }
        return medium.equals("image") || type.startsWith("image/")
                || (type.isEmpty() && medium.isEmpty() && e.getAttributeValue("url", "").matches("(?i).*\\.(jpe?g|png|gif|webp)(\\?.*)?"));
    }

    static Optional<String> channelText(Element root, String name) {
        return firstText(channel(root), List.of(name));
    }

    /** RSS's {@code <channel>}, or the root itself for Atom and RSS 1.0's feed-level elements. */
    static Element channel(Element root) {
        Element channel = root.getChildren().stream().filter(e -> e.getName().equals("channel")).findFirst().orElse(null);
        return channel != null ? channel : root;
    }

    /**
     * The markup inside the first child with one of {@code names} (any namespace): a fallback
     * for what Rome leaves empty, such as {@code dc:title}, {@code itunes:summary} or HTML
     * written as bare child elements.
     */
    static Optional<String> firstMarkup(Element parent, List<String> names) {
        for (String name : names) {
            for (Element child : parent.getChildren()) {
                if (child.getName().equals(name)) {
                    String value = child.getChildren().isEmpty() ? child.getText()
                            : new XMLOutputter(Format.getRawFormat()).outputString(child.getContent());
                    Optional<String> text = nonBlank(value);
                    if (text.isPresent()) {
                        return text;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> firstText(Element item, List<String> names) {
        for (String name : names) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name)) {
                    Optional<String> text = nonBlank(child.getTextNormalize());
                    if (text.isPresent()) {
                        return text;
                    }
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }
}
