package org.rawafid.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks both pages with the Nu Html Checker (the W3C's HTML5 validator), found through the
 * {@code VNU_JAR} environment variable (e.g. from {@code npm install vnu-jar}); skips without it.
 */
class PagesAreValidHtml5Test {
    @TempDir
    Path dir;

    @Test
    void indexAndRiverPagesHaveNoValidationErrorsOrWarnings() throws Exception {
        String jar = System.getenv("VNU_JAR");
        assumeTrue(jar != null && !jar.isBlank() && Files.isRegularFile(Path.of(jar)) && Files.isReadable(Path.of(jar)),
                "VNU_JAR not set to a readable vnu.jar (npm install vnu-jar); skipping HTML5 validation");
        Path index = Files.write(dir.resolve("index.html"), new IndexPage().render(SampleFeeds.index()));
        Path river = Files.write(dir.resolve("river.html"),
                new FeedWriter(InstantSource.fixed(SampleFeeds.NOW)).render(SampleFeeds.feed(), Format.HTML));
        Path story = Files.write(dir.resolve("story.html"), new StoryWriter().render(SampleFeeds.storyPage(),
                Format.HTML));
        Path report = dir.resolve("report.txt");
        Process vnu = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar, "--also-check-css", index.toString(), river.toString(),
                story.toString())
                .redirectErrorStream(true).redirectOutput(report.toFile()).start();
        assertThat(vnu.waitFor(120, TimeUnit.SECONDS)).as("vnu finished").isTrue();
        assertThat(Files.readString(report)).as("Nu Html Checker report").isEmpty();
        assertThat(vnu.exitValue()).isZero();
    }
}
