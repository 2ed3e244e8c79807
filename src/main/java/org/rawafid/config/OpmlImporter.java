package org.rawafid.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * {@code rawafid import-opml}: turns the subscriptions exported from another reader into a
 * {@code sources:} block to paste into feeds.yml. Folders (outlines without a feed URL) become tags
 * of the feeds inside them; a feed listed in several folders becomes one source with all their tags.
 * Stateless and thread-safe.
 */
public final class OpmlImporter {

    /** The YAML for every outline with an {@code xmlUrl}; it loads with {@link ConfigLoader} once feeds are added. */
    public String toSourcesYaml(Path opmlFile) throws ConfigException {
        if (opmlFile == null) {
            throw new IllegalArgumentException("opmlFile must not be null");
        }
        Element body = firstChild(parse(opmlFile).getDocumentElement(), "body");
        Map<String, OpmlFeed> feeds = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        if (body != null) {
            collect(body, List.of(), feeds, skipped);
        }
        return new SourcesYamlWriter().write(opmlFile.getFileName().toString(), feeds.values(), skipped);
    }

    private static void collect(Element parent, List<String> folders, Map<String, OpmlFeed> feeds,
                                List<String> skipped) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element outline) || !outline.getTagName().equals("outline")) {
                continue;
            }
            String title = label(outline);
            String xmlUrl = outline.getAttribute("xmlUrl").trim();
            if (xmlUrl.isEmpty()) {
                List<String> inner = new ArrayList<>(folders);
                inner.add(title);
                collect(outline, inner, feeds, skipped);
            } else if (!isHttp(xmlUrl)) {
                skipped.add(title + " (" + xmlUrl + ": only http and https feeds are imported)");
            } else {
                Set<String> tags = new LinkedHashSet<>(folders);
                for (String category : outline.getAttribute("category").split("[,/]")) {
                    tags.add(category.trim());
                }
                tags.removeIf(String::isBlank);
                feeds.merge(xmlUrl, new OpmlFeed(title, URI.create(xmlUrl), List.copyOf(tags)), OpmlFeed::withTagsOf);
            }
        }
    }

    private static String label(Element outline) {
        String title = outline.getAttribute("title").trim();
        return title.isEmpty() ? outline.getAttribute("text").trim() : title;
    }

    private static boolean isHttp(String url) {
        try {
            URI u = new URI(url);
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
                    && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** JDK parser with DOCTYPEs refused outright: no external entities (XXE) and no entity bombs. */
    private static org.w3c.dom.Document parse(Path file) throws ConfigException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(file.toFile());
        } catch (SAXParseException e) {
            throw new ConfigException(new ConfigError(file.toString(), Math.max(0, e.getLineNumber()),
                    Math.max(0, e.getColumnNumber()), "", "invalid OPML: " + e.getMessage()), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new ConfigException(new ConfigError(file.toString(), 0, 0, "", "cannot read OPML: " + e), e);
        }
    }

    private static Element firstChild(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }
}
