package org.rawafid.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Caps how deep a parsed HTML tree nests. No article nests 200 elements deep; a publisher who
 * sends 20,000 nested {@code <div>}s makes every per-element subtree question (its text, its
 * images) quadratic and recursive code overflow its stack (issue 18, rows 4 and 6). Below the
 * cap the structure is dropped and the text and leaf elements (images, breaks) are kept in
 * document order, so nothing readable is lost.
 *
 * <p>Thread-safe and stateless; works in place.
 */
final class DepthLimiter {
    static final int MAX_DEPTH = 200;

    private DepthLimiter() {
    }

    /** Flattens, in one pass, every subtree that starts {@code maxDepth} levels below {@code root}. */
    static void limit(Element root, int maxDepth) {
        List<Element> boundary = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth < maxDepth) {
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element el && hasGrandchildren(el)) {
                    boundary.add(el);
                }
                return FilterResult.SKIP_CHILDREN;
            }
        }, root);
        for (Element el : boundary) {
            flatten(el);
        }
    }

    private static boolean hasGrandchildren(Element el) {
        for (Node child : el.childNodes()) {
            if (child.childNodeSize() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Replaces the children of {@code el} with copies of its leaves (copies: moving each would reindex siblings). */
    private static void flatten(Element el) {
        List<Node> leaves = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node != el && node.childNodeSize() == 0) {
                leaves.add(node.shallowClone());
            }
        }, el);
        el.empty();
        el.appendChildren(leaves);
    }
}
