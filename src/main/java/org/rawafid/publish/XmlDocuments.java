package org.rawafid.publish;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.jdom2.Document;
import org.jdom2.output.XMLOutputter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/** Shared Rome plumbing: generate a JDOM tree from a wire feed, and serialise it as UTF-8 bytes. */
final class XmlDocuments {
    private XmlDocuments() {
    }

    static Document generate(WireFeed feed) {
        feed.setEncoding("UTF-8");
        try {
            return new WireFeedOutput().outputJDom(feed);
        } catch (FeedException e) {
            throw new PublishException("cannot generate " + feed.getFeedType(), e);
        }
    }

    static byte[] serialise(Document document) {
        org.jdom2.output.Format format = org.jdom2.output.Format.getPrettyFormat().setEncoding("UTF-8");
        return new XMLOutputter(format).outputString(document).getBytes(StandardCharsets.UTF_8);
    }

    static Date date(Instant instant) {
        return Date.from(instant);
    }
}
