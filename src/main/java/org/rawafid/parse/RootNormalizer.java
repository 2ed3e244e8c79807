package org.rawafid.parse;

import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Adjusts the few root-element variants Rome refuses although feed readers accept them: RSS
 * in a namespace (Userland's), RSS versions Rome does not know ({@code 2.1}, none), an
 * {@code <rss>} without {@code <channel>}, and Atom under a pre-standard namespace.
 */
final class RootNormalizer {
    private static final Set<String> ROME_RSS_VERSIONS = Set.of("0.91", "0.92", "0.93", "0.94", "2.0");
    private static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");
    private static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");

    private RootNormalizer() {
    }

    static void normalize(Document document) {
        Element root = document.getRootElement();
        if (root.getName().equals("rss")) {
            normalizeRss(root);
        } else if (root.getName().equals("feed") && !root.getNamespace().equals(ATOM_03)
                && !root.getNamespace().equals(ATOM_10)) {
            moveNamespace(root, root.getNamespace(), "0.3".equals(root.getAttributeValue("version")) ? ATOM_03 : ATOM_10);
        }
    }

    private static void normalizeRss(Element root) {
        if (!root.getNamespace().equals(Namespace.NO_NAMESPACE)) {
            moveNamespace(root, root.getNamespace(), Namespace.NO_NAMESPACE);
        }
        String version = root.getAttributeValue("version");
        if (version == null || !ROME_RSS_VERSIONS.contains(version.strip())) {
            root.setAttribute("version", "2.0");
        }
        if (root.getChild("channel") == null) {
            root.addContent(new Element("channel"));
        }
    }

    private static void moveNamespace(Element element, Namespace from, Namespace to) {
        if (element.getNamespace().equals(from)) {
            element.setNamespace(to);
        }
        for (Element child : element.getChildren()) {
            moveNamespace(child, from, to);
        }
    }
}
