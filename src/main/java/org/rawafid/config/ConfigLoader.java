package org.rawafid.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads feeds.yml (SPEC §2) into a validated {@link Config}.
 *
 * <p>Every key is checked and every problem is collected before failing, each as
 * {@code feeds.yml:LINE:COL: path: message}. A bad value is always an error, never replaced by a
 * default; absent keys and sections take {@link Service#DEFAULT} and {@link Defaults#DEFAULT}.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * Config config = new ConfigLoader().load(Path.of("feeds.yml"));
 * }</pre>
 */
public final class ConfigLoader {

    /** Reads, parses and validates {@code file}; relative {@code file:} source URLs resolve against its folder. */
    public Config load(Path file) throws ConfigException {
        if (file == null) {
            throw new IllegalArgumentException("file must not be null");
        }
        return load(file, read(file));
    }

    /** Validates {@code content} as if it were the file's (lets the watcher hash exactly what it loads). */
    Config load(Path file, byte[] content) throws ConfigException {
        ErrorList errors = new ErrorList(file.toString());
        Node root = compose(file, decode(file, content));
        YamlMap top = YamlMap.open(root, "", errors, KnownKeys.TOP);
        Service service = ServiceReader.service(YamlMap.open(top.node("service").orElse(null), "service",
                errors, KnownKeys.SERVICE));
        Defaults defaults = ServiceReader.defaults(YamlMap.open(top.node("defaults").orElse(null), "defaults",
                errors, KnownKeys.DEFAULTS));
        Path baseDir = file.toAbsolutePath().getParent();
        SourceReader sourceReader = new SourceReader(errors, defaults, baseDir);
        List<Source> sources = sourceReader.readAll(top.node("sources").orElse(null));
        List<Feed> feeds = new FeedReader(errors, sourceReader.declaredIds()).readAll(top.node("feeds").orElse(null));
        errors.throwIfAny();
        return new Config(service, defaults, sources, feeds);
    }

    static byte[] read(Path file) throws ConfigException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fileError(file, "no such file", e);
        } catch (IOException e) {
            throw fileError(file, java.nio.file.Files.isDirectory(file)
                    ? "is a folder, not a file (give the path of feeds.yml with -c)"
                    : "cannot read (" + (e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e.getMessage()) + ")", e);
        }
    }

    private static String decode(Path file, byte[] content) throws ConfigException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw fileError(file, "is not valid UTF-8", e);
        }
    }

    private static Node compose(Path file, String text) throws ConfigException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50); // no billion-laughs via aliases
        try {
            return new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = at == null ? 0 : at.getLine() + 1;
            int column = at == null ? 0 : at.getColumn() + 1;
            throw new ConfigException(new ConfigError(file.toString(), line, column, "",
                    "invalid YAML: " + describe(e)), e);
        } catch (YAMLException e) {
            throw fileError(file, "invalid YAML: " + e.getMessage(), e);
        }
    }

    /** SnakeYAML's context reads either "while scanning …" (an aside) or "expected …" (the lead-in). */
    private static String describe(MarkedYAMLException e) {
        String context = e.getContext();
        if (context == null) {
            return e.getProblem();
        }
        return context.startsWith("while") ? e.getProblem() + " (" + context + ")" : context + ", " + e.getProblem();
    }

    private static ConfigException fileError(Path file, String message, Throwable cause) {
        return new ConfigException(new ConfigError(file.toString(), 0, 0, "", message), cause);
    }
}
