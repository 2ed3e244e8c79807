package org.rawafid.parse;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Text-level repairs for feeds that are almost XML, mirroring what feedparser's loose mode
 * accepts: junk before the prolog, control characters, HTML named entities, bare
 * ampersands and namespace prefixes used without a declaration. Stateless and thread-safe.
 */
final class XmlRepairs {
    private static final Pattern INVALID_XML_CHARS =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");
    private static final Pattern VERBATIM_OR_AMP =
            Pattern.compile("<!\\[CDATA\\[.*?(?:]]>|\\z)|<!--.*?(?:-->|\\z)|&", Pattern.DOTALL);
    private static final Pattern REFERENCE =
            Pattern.compile("\\G(?:#([0-9]{1,7});|#[xX]([0-9a-fA-F]{1,6});|([A-Za-z][A-Za-z0-9]{0,31})(;?))");
    private static final Pattern PREFIX_USE =
            Pattern.compile("<([A-Za-z_][\\w.-]*):[A-Za-z_]|\\s([A-Za-z_][\\w.-]*):[A-Za-z_][\\w.-]*\\s*=");
    private static final Pattern PREFIX_DECLARATION = Pattern.compile("xmlns:([A-Za-z_][\\w.-]*)\\s*=");
    private static final Pattern ROOT_START = Pattern.compile("<([A-Za-z_][\\w.:-]*)");
    private static final Pattern FEED_ROOT = Pattern.compile("<(?:rss|feed|rdf:RDF|RDF)[\\s>]");
    private static final Pattern FIRST_TAG = Pattern.compile("<[A-Za-z!?]");
    private static final Pattern C1_REFERENCE = Pattern.compile("&#(12[89]|1[3-5][0-9]);|&#[xX]([89][0-9a-fA-F]);");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    /** Namespaces feeds most often use without declaring them; others get a placeholder URI. */
    private static final Map<String, String> KNOWN_NAMESPACES = Map.ofEntries(
            Map.entry("content", "http://purl.org/rss/1.0/modules/content/"),
            Map.entry("dc", "http://purl.org/dc/elements/1.1/"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("media", "http://search.yahoo.com/mrss/"),
            Map.entry("atom", "http://www.w3.org/2005/Atom"),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("slash", "http://purl.org/rss/1.0/modules/slash/"),
            Map.entry("wfw", "http://wellformedweb.org/CommentAPI/"),
            Map.entry("sy", "http://purl.org/rss/1.0/modules/syndication/"),
            Map.entry("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"),
            Map.entry("georss", "http://www.georss.org/georss"),
            Map.entry("xhtml", "http://www.w3.org/1999/xhtml"));

    private XmlRepairs() {
    }

    /**
     * Everything before {@code <?xml}, or else before the root element or first tag, is dropped:
     * BOMs, blank lines, PHP warnings printed ahead of the feed.
     */
    static String stripLeadingJunk(String xml) {
        Matcher root = FEED_ROOT.matcher(xml);
        int rootAt = root.find() ? root.start() : xml.length();
        int decl = xml.indexOf("<?xml");
        if (decl >= 0 && decl < rootAt) {
            return xml.substring(decl);
        }
        if (rootAt < xml.length()) {
            return xml.substring(rootAt);
        }
        Matcher tag = FIRST_TAG.matcher(xml);
        return tag.find() ? xml.substring(tag.start()) : xml;
    }

    /** Drops whatever follows the root element's end tag (debug output or HTML appended by the site). */
    static String stripTrailingJunk(String xml) {
        Matcher root = FEED_ROOT.matcher(xml);
        if (!root.find()) {
            return xml;
        }
        String name = root.group().substring(1, root.group().length() - 1);
        String endTag = "</" + name + ">";
        int first = xml.indexOf(endTag);
        if (first < 0) {
            return xml;
        }
        // A second root after the first one's end tag is junk too, so cut at the first end tag.
        return xml.substring(0, first + endTag.length());
    }

    /** Numeric references to C1 controls, which are windows-1252 punctuation in disguise. */
    static String demoronizeReferences(String xml) {
        if (xml.indexOf("&#") < 0) {
            return xml; // nothing to rewrite; spares a regex pass over every feed (it runs before every parse)
        }
        return C1_REFERENCE.matcher(xml).replaceAll(m -> {
            String digits = m.group(1) != null ? m.group(1) : String.valueOf(Integer.parseInt(m.group(2), 16));
            return numericReference(Integer.parseInt(digits));
        });
    }

    static String removeInvalidChars(String xml) {
        return INVALID_XML_CHARS.matcher(xml).replaceAll("");
    }

    /**
     * Rewrites every {@code &} outside CDATA sections and comments: HTML named entities become
     * numeric references, unknown names and bare ampersands become {@code &amp;}.
     */
    static String fixEntities(String xml) {
        StringBuilder out = new StringBuilder(xml.length() + 64);
        Matcher m = VERBATIM_OR_AMP.matcher(xml);
        int copied = 0;
        while (m.find()) {
            out.append(xml, copied, m.start());
            if (m.group().equals("&")) {
                copied = appendReference(xml, m.end(), out);
            } else {
                out.append(m.group());
                copied = m.end();
            }
        }
        return out.append(xml, copied, xml.length()).toString();
    }

    /** Appends the repaired reference that starts after an {@code &} at {@code from}; returns where to continue. */
    private static int appendReference(String xml, int from, StringBuilder out) {
        Matcher ref = REFERENCE.matcher(xml).region(from, xml.length());
        if (!ref.lookingAt()) {
            out.append("&amp;");
            return from;
        }
        if (ref.group(1) != null || ref.group(2) != null) {
            int code = ref.group(1) != null ? Integer.parseInt(ref.group(1)) : Integer.parseInt(ref.group(2), 16);
            out.append(numericReference(code));
            return ref.end();
        }
        String name = ref.group(3);
        boolean terminated = !ref.group(4).isEmpty();
        if (terminated && XML_ENTITIES.contains(name)) {
            out.append('&').append(name).append(';');
        } else if (terminated && Entities.isNamedEntity(name)) {
            appendCodePoints(Entities.getByName(name), out);
        } else if (!terminated) {
            return appendLegacyEntity(xml, from, name, out);
        } else {
            out.append("&amp;");
            return from;
        }
        return ref.end();
    }

    /** HTML's legacy entities may lack the semicolon ({@code &nbsp}); the longest known prefix of the name wins. */
    private static int appendLegacyEntity(String xml, int from, String name, StringBuilder out) {
        for (int length = name.length(); length > 1; length--) {
            String prefix = name.substring(0, length);
            if (Entities.isBaseNamedEntity(prefix)) {
                appendCodePoints(Entities.getByName(prefix), out);
                return from + length;
            }
        }
        out.append("&amp;");
        return from;
    }

    private static void appendCodePoints(String text, StringBuilder out) {
        text.codePoints().forEach(cp -> out.append("&#").append(cp).append(';'));
    }

    /** C1 code points are almost always windows-1252 punctuation written as numbers (feedparser "demoronizes" them). */
    private static String numericReference(int code) {
        int cp = code;
        if (cp >= 0x80 && cp <= 0x9F) {
            String s = new String(new byte[] {(byte) cp}, java.nio.charset.Charset.forName("windows-1252"));
            cp = s.codePointAt(0);
        }
        boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
        return legal ? "&#" + cp + ';' : "";
    }

    /** Declares, on the root element, every namespace prefix that is used but never declared. */
    static String declareMissingNamespaces(String xml) {
        Set<String> used = new LinkedHashSet<>();
        Matcher use = PREFIX_USE.matcher(xml);
        while (use.find()) {
            used.add(use.group(1) != null ? use.group(1) : use.group(2));
        }
        Matcher declared = PREFIX_DECLARATION.matcher(xml);
        while (declared.find()) {
            used.remove(declared.group(1));
        }
        used.remove("xml");
        used.remove("xmlns");
        Matcher root = ROOT_START.matcher(xml);
        if (used.isEmpty() || !root.find()) {
            return xml;
        }
        StringBuilder declarations = new StringBuilder();
        for (String prefix : used) {
            String uri = KNOWN_NAMESPACES.getOrDefault(prefix, "urn:rawafid:undeclared:" + prefix);
            declarations.append(" xmlns:").append(prefix).append("=\"").append(uri).append('"');
        }
        return new StringBuilder(xml).insert(root.end(), declarations).toString();
    }
}
