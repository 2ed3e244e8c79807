package org.rawafid.parse;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Reads feed text into a JDOM document with DTDs and external entities off. Strict XML is
 * tried first; only if that fails are {@link XmlRepairs} applied, and if the text is still not
 * well-formed jsoup's lenient XML parser rebuilds the tree (unclosed or doubled tags,
 * truncation). A DOCTYPE that declares entities is refused outright: that is how XXE and
 * billion-laughs payloads arrive, and no real feed needs one. Thread-safe: a SAX builder is
 * made per call.
 */
final class XmlDocumentReader {
    private static final Pattern ELEMENT_START = Pattern.compile("<[A-Za-z_]");
    private static final java.util.Set<String> FEED_ROOT_NAMES = java.util.Set.of("rss", "feed", "rdf:RDF", "RDF");

    /** Deeper than any real feed (RSS content nests a few levels); JDOM's writers recurse per level. */
    static final int MAX_DEPTH = 200;

    Document read(String text, URI feedUrl) throws ParseException {
        if (XmlNesting.deeperThan(text, MAX_DEPTH)) {
            throw new ParseException(feedUrl, "elements nest deeper than " + MAX_DEPTH
                    + " levels; no real feed does, and reading it would take quadratic time");
        }
        Document doc = readUnlimited(text, feedUrl);
        int depth = depthOf(doc.getRootElement());
        if (depth > MAX_DEPTH) {
            throw new ParseException(feedUrl, "elements nest deeper than " + MAX_DEPTH
                    + " levels; no real feed does, and reading it would overflow the stack");
        }
        return doc;
    }

    /** The nesting depth of {@code root}'s tree, walked with an explicit stack (recursion is what must be avoided). */
    private static int depthOf(Element root) {
        int max = 0;
        java.util.ArrayDeque<Element> elements = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Integer> depths = new java.util.ArrayDeque<>();
        elements.push(root);
        depths.push(1);
        while (!elements.isEmpty()) {
            Element el = elements.pop();
            int depth = depths.pop();
            max = Math.max(max, depth);
            if (depth > MAX_DEPTH) {
                return depth;
            }
            for (Element child : el.getChildren()) {
                elements.push(child);
                depths.push(depth + 1);
            }
        }
        return max;
    }

    private Document readUnlimited(String text, URI feedUrl) throws ParseException {
        String xml = XmlRepairs.demoronizeReferences(
                dropEncodingDeclaration(text.startsWith("\uFEFF") ? text.substring(1) : text));
        JDOMException strictFailure;
        try {
            return build(xml);
        } catch (JDOMException e) {
            strictFailure = e;
        }
        String repaired = repair(xml, feedUrl);
        try {
            return build(repaired);
        } catch (JDOMException ignored) {
            // Falls through to the lenient rebuild below; the strict error is the one worth reporting.
        }
        try {
            return build(XmlRepairs.declareMissingNamespaces(rebuildLeniently(repaired)));
        } catch (JDOMException | RuntimeException e) {
            throw new ParseException(feedUrl, "not well-formed XML" + location(strictFailure)
                    + ": " + strictFailure.getMessage(), strictFailure);
        }
    }

    private static String repair(String xml, URI feedUrl) throws ParseException {
        // The DOCTYPE goes first: junk stripping would otherwise silently cut an attack instead of refusing it.
        String cleaned = dropDoctype(xml, feedUrl);
        cleaned = XmlRepairs.removeInvalidChars(XmlRepairs.stripTrailingJunk(XmlRepairs.stripLeadingJunk(cleaned)));
        return XmlRepairs.declareMissingNamespaces(XmlRepairs.fixEntities(cleaned));
    }

    /**
     * Removes a DOCTYPE from the prolog so the rest can be read without DTD processing. One
     * that declares entities is rejected instead: expanding them is exactly what XXE and
     * billion-laughs attacks need.
     */
    private static String dropDoctype(String xml, URI feedUrl) throws ParseException {
        String upper = xml.toUpperCase(Locale.ROOT);
        int start = upper.indexOf("<!DOCTYPE");
        if (start < 0) {
            return xml;
        }
        if (upper.indexOf("<!ENTITY", start) >= 0) {
            throw new ParseException(feedUrl, "refused a DOCTYPE that declares entities"
                    + " (external or nested entities are how XXE and billion-laughs attacks work)");
        }
        if (ELEMENT_START.matcher(xml.substring(0, start)).find()) {
            return xml;
        }
        int bracket = xml.indexOf('[', start);
        int close = xml.indexOf('>', start);
        if (bracket >= 0 && bracket < close) {
            int subsetEnd = xml.indexOf(']', bracket);
            close = subsetEnd < 0 ? -1 : xml.indexOf('>', subsetEnd);
        }
        return close < 0 ? xml.substring(0, start) : xml.substring(0, start) + xml.substring(close + 1);
    }

    /**
     * Lets jsoup's forgiving XML parser rebuild the tree, keeping only the root element: a broken
     * XML declaration, text or a second root around it would make the result unreadable again.
     */
    private static String rebuildLeniently(String xml) {
        org.jsoup.nodes.Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        doc.outputSettings().syntax(org.jsoup.nodes.Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml).prettyPrint(false);
        org.jsoup.nodes.Element root = doc.children().stream()
                .filter(e -> FEED_ROOT_NAMES.contains(e.tagName())).findFirst()
                .orElse(doc.children().isEmpty() ? null : doc.child(0));
        return root == null ? "" : root.outerHtml();
    }

    private static Document build(String xml) throws JDOMException {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        try {
            return builder.build(new StringReader(xml));
        } catch (IOException e) {
            throw new JDOMException("reading from a string failed", e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // JDOM checks names and namespace URIs itself and reports bad ones unchecked.
            throw new JDOMException(e.getMessage(), e);
        }
    }

    /** A Reader carries characters, so the declared encoding no longer applies and may only confuse the parser. */
    /**
     * The text without the declaration's {@code encoding="…"} (the text is already decoded), found
     * by a forward scan: the regex {@code ^(<\?xml[^>]*?)\s+encoding…} retried its whitespace run
     * at every position of a long declaration and went quadratic (issue 18, row 5).
     */
    static String dropEncodingDeclaration(String xml) {
        if (!xml.startsWith("<?xml")) {
            return xml;
        }
        int close = xml.indexOf('>');
        int limit = close < 0 ? xml.length() : close;
        for (int at = xml.indexOf("encoding", 5); at >= 0 && at < limit; at = xml.indexOf("encoding", at + 1)) {
            int spaceStart = at;
            while (spaceStart > 5 && isXmlSpace(xml.charAt(spaceStart - 1))) {
                spaceStart--;
            }
            int end = spaceStart < at ? quotedValueEnd(xml, at + "encoding".length(), limit) : -1;
            if (end > 0) {
                return xml.substring(0, spaceStart) + xml.substring(end);
            }
        }
        return xml;
    }

    /** After {@code encoding}: spaces, {@code =}, spaces, a quoted value; the index after its closing quote, or -1. */
    private static int quotedValueEnd(String xml, int from, int limit) {
        int i = skipSpaces(xml, from, limit);
        if (i >= limit || xml.charAt(i) != '=') {
            return -1;
        }
        i = skipSpaces(xml, i + 1, limit);
        if (i >= limit || xml.charAt(i) != '"' && xml.charAt(i) != '\'') {
            return -1;
        }
        char quote = xml.charAt(i);
        for (int j = i + 1; j < limit; j++) {
            char c = xml.charAt(j);
            if (c == quote) {
                return j + 1;
            }
            if (c == '"' || c == '\'') {
                return -1;
            }
        }
        return -1;
    }

    private static int skipSpaces(String s, int from, int limit) {
        int i = from;
        while (i < limit && isXmlSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code \s} as the old regex read it: ASCII whitespace. */
    private static boolean isXmlSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static String location(JDOMException e) {
        if (e instanceof JDOMParseException p && p.getLineNumber() > 0) {
            return " at line " + p.getLineNumber() + ", column " + p.getColumnNumber();
        }
        return "";
    }
}
