package org.rawafid.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class OpmlImporterTest {
    private static final Path OPML = Path.of("src/test/resources/config/subscriptions.opml");

    private final OpmlImporter importer = new OpmlImporter();

    @TempDir
    Path dir;

    @Test
    void outputLoadsWithTheConfigLoaderOnceAFeedIsAdded() throws Exception {
        Config config = loadWithFeed(importer.toSourcesYaml(OPML));

        assertThat(config.sources()).extracting(Source::id).containsExactly(
                "bbc-arabic", "aljazeera-net", "masrawy-com", "youm7-com", "youm7-com-alywm-alsaba-aqtsad",
                "bbc-arabic-2");
    }

    @Test
    void keepsArabicTitlesAndTurnsFoldersIntoTags() throws Exception {
        Config config = loadWithFeed(importer.toSourcesYaml(OPML));

        assertThat(config.source("masrawy-com").orElseThrow().title()).isEqualTo("مصراوي");
        assertThat(config.source("masrawy-com").orElseThrow().tags()).containsExactly("news", "مصر");
        assertThat(config.source("youm7-com").orElseThrow().title()).isEqualTo("اليوم السابع & \"عاجل\"");
        assertThat(config.source("aljazeera-net").orElseThrow().url().toString())
                .startsWith("https://www.aljazeera.net/aljazeerarss/");
    }

    @Test
    void mergesAFeedListedInTwoFoldersIntoOneSourceWithBothTags() throws Exception {
        Config config = loadWithFeed(importer.toSourcesYaml(OPML));

        assertThat(config.source("bbc-arabic").orElseThrow().tags()).containsExactly("news", "economy", "business");
        assertThat(config.sources()).filteredOn(s -> s.url().toString().endsWith("/arabic/rss.xml")).hasSize(1);
    }

    @Test
    void notesOutlinesItCannotImport() throws Exception {
        String yaml = importer.toSourcesYaml(OPML);

        assertThat(yaml).contains("# skipped: Old gopher (gopher://example.org/feed: only http and https feeds are imported)");
        assertThat(yaml).doesNotContain("no url");
    }

    @Test
    void refusesDoctypesSoNoExternalEntityIsEverRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        Path opml = Files.writeString(dir.resolve("evil.opml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE opml [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<opml version=\"2.0\"><body><outline text=\"&x;\" xmlUrl=\"https://a.example/\"/></body></opml>");

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> importer.toSourcesYaml(opml));

        assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.line()).isEqualTo(2);
            assertThat(err.message()).startsWith("invalid OPML: ").contains("DOCTYPE").doesNotContain("top secret");
        });
    }

    /** Issue 18 row 15: a line break of any kind in an outline must not end a comment or a value. */
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"000A", "000D", "0085", "2028", "2029", "0009"})
    void writesNoLineBreakOfAnyKindIntoCommentsOrValues(String hex) throws Exception {
        String br = Character.toString(Integer.parseInt(hex, 16));
        String injected = "x" + br + "evil: 1" + br + "sources: []" + br;
        Path opml = Files.writeString(dir.resolve("breaks.opml"), "<opml version=\"2.0\"><body>"
                + "<outline text=\"" + xmlEscaped(injected) + "\" xmlUrl=\"gopher://example.org/\"/>"
                + "<outline text=\"" + xmlEscaped(injected) + "\" xmlUrl=\"https://a.example/rss\"/>"
                + "</body></opml>");

        String yaml = importer.toSourcesYaml(opml);

        assertThat(yaml.chars().filter(c -> c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028
                || c == 0x2029))).as("control or line-break characters in %s", yaml).isEmpty();
        Config config = loadWithFeed(yaml);
        assertThat(config.sources()).singleElement().satisfies(s -> assertThat(s.title()).contains("evil: 1"));
    }

    /** VT, FF and ESC cannot reach us through XML 1.0, but the comment writer must not rely on that. */
    @Test
    void commentTextIsOneLineWhateverTheControlCharacter() {
        assertThat(SourcesYamlWriter.oneLine("a\u000Bb\u000Cc\u001Bd\r\ne\u0085f\u2028g\u2029h"))
                .isEqualTo("a b c d  e f g h");
    }

    private static String xmlEscaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7e ? "&#" + c + ";" : Character.toString(c)));
        return out.toString();
    }

    @Test
    void emptyBodyGivesAnEmptySourcesList() throws Exception {
        Path opml = Files.writeString(dir.resolve("empty.opml"), "<opml version=\"1.0\"><body/></opml>");

        assertThat(loadWithFeed(importer.toSourcesYaml(opml)).sources()).isEmpty();
    }

    @Test
    void slugsRomaniseArabicAndDropAccents() {
        assertThat(List.of(Slugs.slug("الجزيرة نت"), Slugs.slug("Café Économie"), Slugs.slug("قناة ٢٤"),
                Slugs.slug("!!!"))).containsExactly("aljzyra-nt", "cafe-economie", "qnaa-24", "");
    }

    private Config loadWithFeed(String sourcesYaml) throws Exception {
        Path file = Files.writeString(dir.resolve("feeds.yml"),
                sourcesYaml + "feeds:\n  - id: all\n    title: الكل\n    tags: [news]\n");
        return new ConfigLoader().load(file);
    }
}
