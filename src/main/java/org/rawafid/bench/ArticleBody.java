package org.rawafid.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.rawafid.bench.Vocabulary.CITIES;
import static org.rawafid.bench.Vocabulary.NOUNS;
import static org.rawafid.bench.Vocabulary.pick;
import static org.rawafid.bench.Vocabulary.sentence;
import static org.rawafid.bench.Vocabulary.title;

/** One synthetic article's HTML, ~2–4 KB in UTF-8, as {@code gen_corpus.py}'s {@code body()}. */
final class ArticleBody {
    private ArticleBody() {
    }

    static String html(Random r, String base, int feed, int item) {
        int target = r.nextInt(2000, 4001);
        String link = base + "/site/" + feed + "/" + item;
        List<String> parts = new ArrayList<>();
        parts.add("<p><strong>" + pick(r, CITIES) + " - </strong>" + sentence(r) + "</p>");
        parts.add("<figure><img src=\"" + base + "/img/" + feed + "/" + item + ".jpg\" alt=\"" + title(r)
                + "\" width=\"640\" height=\"360\" loading=\"lazy\"><figcaption>" + sentence(r)
                + "</figcaption></figure>");
        List<String> extra = new ArrayList<>();
        if (r.nextDouble() < 0.25) { // tracker script + share bar that the cleaner must drop
            extra.add("<script type=\"text/javascript\">window.dataLayer=window.dataLayer||[];"
                    + "dataLayer.push({\"event\":\"article_view\",\"id\":\"" + feed + "-" + item + "\"});</script>");
            extra.add("<div class=\"share-bar\" style=\"display:flex;gap:4px\"><a href=\"" + base + "/share/fb?u="
                    + link + "\" onclick=\"window.open(this.href);return false;\">شارك</a> <a href=\"" + base
                    + "/share/tw?u=" + link + "\" onclick=\"track('tw')\">غرّد</a> "
                    + "<button onclick=\"copyLink()\">نسخ الرابط</button></div>");
        }
        int size = utf8(parts) + utf8(extra);
        int strongAt = r.nextInt(1, 4);
        int linkAt = r.nextInt(2, 5);
        for (int k = 1; size < target - 200 || k <= 3; k++) {
            List<String> sentences = new ArrayList<>();
            for (int s = r.nextInt(2, 5); s > 0; s--) {
                sentences.add(sentence(r));
            }
            if (k == strongAt) {
                sentences.set(0, "<strong>" + sentences.get(0) + "</strong>");
            }
            if (k == linkAt) {
                sentences.add("<a href=\"" + link + "\">اقرأ المزيد عن " + pick(r, NOUNS) + "</a>");
            }
            String p = "<p>" + String.join(" ", sentences) + "</p>";
            parts.add(p);
            size += p.getBytes(StandardCharsets.UTF_8).length;
            if (size > target + 200) {
                break;
            }
        }
        if (!extra.isEmpty()) {
            parts.add(parts.size() / 2, extra.get(0));
            parts.add(extra.get(1));
        }
        return String.join("\n", parts);
    }

    private static int utf8(List<String> parts) {
        return parts.stream().mapToInt(p -> p.getBytes(StandardCharsets.UTF_8).length).sum();
    }
}
