package org.rawafid.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusGeneratorTest {
    @Test
    void sameSeedGivesTheSameBytes() {
        List<FeedFile> a = new CorpusGenerator(7).feeds(3, 4);
        List<FeedFile> b = new CorpusGenerator(7).feeds(3, 4);

        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).bytes()).isEqualTo(b.get(i).bytes());
        }
        assertThat(new CorpusGenerator(8).feeds(1, 4).get(0).bytes()).isNotEqualTo(a.get(0).bytes());
    }

    @Test
    void alternatesRssAndAtomLikeGenCorpus() {
        List<FeedFile> feeds = new CorpusGenerator(1).feeds(2, 1);

        assertThat(feeds).extracting(FeedFile::name).containsExactly("f00001.rss.xml", "f00002.atom.xml");
        assertThat(text(feeds.get(0))).contains("<content:encoded><![CDATA[<p><strong>", "xml:lang=\"ar\"");
        assertThat(text(feeds.get(1))).contains("<content type=\"html\">&lt;p&gt;", "xml:lang=\"ar\"");
    }

    @Test
    void itemsCarryAboutThreeKilobytesAndAQuarterCarryAScript() {
        FeedFile feed = new CorpusGenerator(1).feeds(1, 200).get(0);
        String text = text(feed);

        double perItem = feed.bytes().length / 200.0;
        assertThat(perItem).isBetween(2500.0, 5000.0);
        int scripts = text.split("<script", -1).length - 1;
        assertThat(scripts).isBetween(30, 70);
    }

    @Test
    void feedsWrittenToAFolderAreTheSameBytesServedFromTheirFiles(@TempDir Path dir) throws Exception {
        List<FeedFile> inMemory = new CorpusGenerator(7).feeds(3, 4);
        List<FeedFile> onDisk = new CorpusGenerator(7).feeds(3, 4, dir);

        for (int i = 0; i < inMemory.size(); i++) {
            FeedFile m = inMemory.get(i);
            FeedFile d = onDisk.get(i);
            assertThat(Files.readAllBytes(dir.resolve(m.name()))).isEqualTo(m.bytes());
            assertThat(d.bytes()).isEqualTo(m.bytes());
            assertThat(d.etag()).isEqualTo(m.etag());
            assertThat(d.length()).isEqualTo(m.bytes().length);
            ByteArrayOutputStream served = new ByteArrayOutputStream();
            d.writeTo(served);
            assertThat(served.toByteArray()).isEqualTo(m.bytes());
        }
        assertThat(Corpus.read(dir, false).feeds()).extracting(FeedFile::etag)
                .containsExactlyElementsOf(inMemory.stream().map(FeedFile::etag).toList());
    }

    private static String text(FeedFile f) {
        return new String(f.bytes(), StandardCharsets.UTF_8);
    }
}
