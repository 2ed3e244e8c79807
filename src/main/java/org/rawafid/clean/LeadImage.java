package org.rawafid.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page's lead image (og:image, else the first figure's image) and the caption of its figure. */
record LeadImage(String url, String caption) {

    static LeadImage find(Document doc, String metaImage) {
        if (metaImage != null) {
            return new LeadImage(metaImage, captionOf(imageShowing(doc, metaImage)));
        }
        Element first = doc.selectFirst("article figure img, figure img");
        if (first == null) {
            return new LeadImage(null, null);
        }
        return new LeadImage(sourceOf(first), captionOf(first));
    }

    /** The img that shows {@code url}, found by its real or lazy source (whole URL, else file name). */
    private static Element imageShowing(Document doc, String url) {
        String fileName = url.replaceAll("[?#].*$", "").replaceAll("^.*/", "");
        Element byName = null;
        for (Element img : doc.select("img")) {
            String src = sourceOf(img);
            if (url.equals(src)) {
                return img;
            }
            if (byName == null && src != null && !fileName.isEmpty() && src.replaceAll("[?#].*$", "").endsWith("/" + fileName)) {
                byName = img;
            }
        }
        return byName;
    }

    private static String sourceOf(Element img) {
        String src = img.absUrl("src");
        if (src.isEmpty() || src.startsWith("data:") || !UrlPolicy.isHttp(src) || img.hasAttr("data-src")) {
            String lazy = DomScrubber.lazySource(img);
            if (lazy != null) {
                src = org.jsoup.internal.StringUtil.resolve(img.baseUri(), lazy);
            }
        }
        return src == null || src.isEmpty() || !UrlPolicy.isHttp(src) ? null : src;
    }

    private static String captionOf(Element img) {
        if (img == null) {
            return null;
        }
        Element figure = img.closest("figure");
        Element caption = figure == null ? null : figure.selectFirst("figcaption");
        String text = caption == null ? "" : ArabicText.foldSpaces(caption.text());
        return text.isEmpty() ? null : text;
    }
}
