package org.rawafid.publish;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The sources as OPML 2.0 (http://opml.org/spec2.opml), for {@code /sources.opml} and export.
 * Tags become the outline's {@code category}: comma-separated, slash-prefixed as OPML 2.0 shows.
 * Thread-safe.
 */
public final class OpmlWriter {
    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    /** The OPML document as UTF-8 bytes, one {@code outline} per source in the given order. */
    public byte[] write(String title, List<OpmlSource> sources) {
        title = InertText.name(Objects.requireNonNull(title, "title"));
        Objects.requireNonNull(sources, "sources");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("opml");
            xml.writeAttribute("version", "2.0");
            head(xml, title);
            body(xml, sources);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new PublishException("cannot write OPML", e);
        }
        return out.toByteArray();
    }

    private static void head(XMLStreamWriter xml, String title) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("head");
        xml.writeStartElement("title");
        xml.writeCharacters(title);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void body(XMLStreamWriter xml, List<OpmlSource> sources) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("body");
        for (OpmlSource source : sources) {
            xml.writeCharacters("\n    ");
            outline(xml, source);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void outline(XMLStreamWriter xml, OpmlSource source) throws XMLStreamException {
        xml.writeEmptyElement("outline");
        // A source that is not on the web (file:) is listed by name only: no reader can subscribe to it.
        if (source.xmlUrl() != null) {
            xml.writeAttribute("type", "rss");
        }
        xml.writeAttribute("text", source.title());
        xml.writeAttribute("title", source.title());
        if (source.xmlUrl() != null) {
            xml.writeAttribute("xmlUrl", source.xmlUrl());
        }
        if (source.htmlUrl() != null) {
            xml.writeAttribute("htmlUrl", source.htmlUrl());
        }
        if (source.language() != null) {
            xml.writeAttribute("language", source.language());
        }
        if (!source.tags().isEmpty()) {
            xml.writeAttribute("category", source.tags().stream().map(t -> "/" + t).collect(Collectors.joining(",")));
        }
    }
}
