package org.rawafid.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The feedparser sanitizer cases (../shared/fixtures/feedparser/wellformed/sanitize): every text or
 * markup an element of each feed carries, as a feed reader would hand it to {@link HtmlCleaner}.
 * Taking every element (not just the fields Rome maps) makes the corpus a superset of real inputs.
 */
final class SanitizerCorpus {
    static final Path DIR = Path.of("../shared/fixtures/feedparser/wellformed/sanitize");
    static final URI BASE = URI.create("http://example.com/feed/");

    record Case(String file, List<String> fragments) {
    }

    private SanitizerCorpus() {
    }

    static boolean isPresent() {
        return Files.isDirectory(DIR);
    }

    static List<Case> cases() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted()
                    .map(SanitizerCorpus::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case read(Path file) {
        try {
            String xml = Files.readString(file, StandardCharsets.UTF_8);
            Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
            Set<String> fragments = new LinkedHashSet<>();
            for (Element el : doc.getAllElements()) {
                if (el == doc) {
                    continue;
                }
                if ("base64".equals(el.attr("mode"))) {
                    fragments.add(new String(Base64.getMimeDecoder().decode(el.wholeText().strip()), StandardCharsets.UTF_8));
                } else if (el.childrenSize() > 0) {
                    fragments.add(el.html());
                } else if (!el.wholeText().isBlank()) {
                    fragments.add(el.wholeText());
                }
            }
            return new Case(file.getFileName().toString(), new ArrayList<>(fragments));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
