package org.rawafid.clean;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Extraction accuracy on real Arabic pages (../shared/fixtures/arabic-pages): token-level F1 of the
 * extracted text against other extractors' expectations, after whitespace folding.
 */
class ArabicPagesTest {
    private static final Path DIR = Path.of("../shared/fixtures/arabic-pages");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Floors reached; raise them when extraction improves. */
    private static final double LBC_BODY_FLOOR = 0.99;
    private static final double CNN_BODY_FLOOR = 0.99;
    /** goose3's stored text ends inside a word, so its last token never matches. */
    private static final double GOOSE_PREFIX_FLOOR = 0.95;
    private static final int DATES_FLOOR = 4;
    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void extractsTheLbcgroupArticle() throws IOException {
        JsonNode expected = JSON.readTree(DIR.resolve("lbcgroup-2026/fundus_expected.json").toFile()).get("V1");
        JsonNode meta = JSON.readTree(DIR.resolve("lbcgroup-2026/meta.info").toFile()).elements().next();
        String html;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(DIR.resolve("lbcgroup-2026/LBCGroup_2026_01_08.html.gz")))) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Article article = extractor.extract(html, URI.create(meta.get("url").asText()), null, List.of(), null).orElseThrow();
        StringBuilder body = new StringBuilder();
        expected.at("/body/sections").forEach(s -> s.get("paragraphs").forEach(p -> body.append(p.asText()).append('\n')));
        double f1 = f1(article.text(), body.toString());
        double titleF1 = f1(article.title(), expected.get("title").asText());
        System.out.printf("lbcgroup-2026: body F1 %.3f, title F1 %.3f%n", f1, titleF1);
        assertThat(f1).isGreaterThanOrEqualTo(LBC_BODY_FLOOR);
        assertThat(article.title()).isEqualTo(expected.get("title").asText());
    }

    @Test
    void extractsTheCnnArabicArticle() throws IOException {
        JsonNode expected = JSON.readTree(DIR.resolve("cnn-arabic-2013/goose3_expected.json").toFile());
        String html = Files.readString(DIR.resolve("cnn-arabic-2013/goose3_test_cnn_arabic.html"));
        Article article = extractor.extract(html, URI.create(expected.get("url").asText()), null, List.of(), null)
                .orElseThrow();
        // goose3 stores only the opening of cleaned_text and checks a prefix; compare the same number of tokens.
        String goosePrefix = expected.at("/expected/cleaned_text").asText();
        String[] ours = tokens(article.text());
        int n = Math.min(ours.length, tokens(goosePrefix).length);
        double prefixF1 = f1(String.join(" ", Arrays.copyOf(ours, n)), goosePrefix);
        // The whole story (its six paragraphs, without the comment policy under it), written down by hand.
        String full = Files.readString(Path.of("src/test/resources/clean/cnn-arabic-2013.expected.txt"));
        double f1 = f1(article.text(), full);
        System.out.printf("cnn-arabic-2013: goose3 prefix F1 %.3f, full body F1 %.3f, title \"%s\"%n", prefixF1, f1,
                article.title());
        assertThat(prefixF1).isGreaterThanOrEqualTo(GOOSE_PREFIX_FLOOR);
        assertThat(f1).isGreaterThanOrEqualTo(CNN_BODY_FLOOR);
        assertThat(article.title()).isEqualTo("معارضون يسيطرون على مخازن للصواريخ بريف دمشق");
    }

    @Test
    void readsThePublicationDateOfEachDatedPage() throws IOException {
        JsonNode expected = JSON.readTree(DIR.resolve("dates/expected_dates.json").toFile());
        int matched = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            String html = Files.readString(DIR.resolve("dates").resolve(page.getKey()));
            Article article = extractor.extract(html, URI.create(page.getValue().get("url").asText()), null, List.of(),
                    null).orElse(null);
            // Dates are compared in UTC+3, the middle of the Arab world's offsets (UTC+2 Cairo … UTC+4 Dubai).
            LocalDate got = article == null || article.published() == null ? null
                    : article.published().atOffset(ZoneOffset.ofHours(3)).toLocalDate();
            boolean ok = LocalDate.parse(page.getValue().get("expected_date").asText()).equals(got);
            matched += ok ? 1 : 0;
            System.out.printf("dates/%s: expected %s, got %s%s%n", page.getKey(),
                    page.getValue().get("expected_date").asText(), got, article == null ? " (no article)" : "");
        }
        System.out.printf("dates: %d/%d match%n", matched, expected.size());
        assertThat(matched).isGreaterThanOrEqualTo(DATES_FLOOR);
    }

    /** Token-level F1 (bag of whitespace-separated tokens). */
    static double f1(String got, String want) {
        Map<String, Integer> bag = new HashMap<>();
        for (String t : tokens(want)) {
            bag.merge(t, 1, Integer::sum);
        }
        String[] gotTokens = tokens(got);
        int common = 0;
        for (String t : gotTokens) {
            Integer left = bag.get(t);
            if (left != null && left > 0) {
                common++;
                bag.put(t, left - 1);
            }
        }
        int wantCount = tokens(want).length;
        if (common == 0) {
            return 0;
        }
        double precision = (double) common / gotTokens.length;
        double recall = (double) common / wantCount;
        return 2 * precision * recall / (precision + recall);
    }

    private static String[] tokens(String s) {
        String folded = ArabicText.foldSpaces(s);
        return folded.isEmpty() ? new String[0] : folded.split(" ");
    }
}
