package org.rawafid.clean;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders an element's text with one line per block, so paragraphs don't run into each other. */
public final class TextRenderer {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "blockquote", "br", "tr", "table", "figure", "figcaption", "caption", "pre", "hr", "article",
            "section", "header", "footer", "aside", "main", "dd", "dt", "dl", "td", "th");

    private TextRenderer() {
    }

    /** The text of {@code root}: one line per block, spaces folded, no empty lines (what {@link CleanHtml#text()} holds). */
    public static String render(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && BLOCKS.contains(el.normalName())) {
                    out.append('\n');
                } else if (node instanceof Element el && (el.normalName().equals("td") || el.normalName().equals("th"))) {
                    out.append(' ');
                }
            }
        }, root);
        StringBuilder lines = new StringBuilder();
        for (String line : out.toString().split("\n")) {
            String folded = ArabicText.foldSpaces(line);
            if (!folded.isEmpty()) {
                lines.append(lines.isEmpty() ? "" : "\n").append(folded);
            }
        }
        return lines.toString();
    }
}
