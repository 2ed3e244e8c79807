package org.rawafid.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, position-aware reads from one YAML mapping. Unknown and repeated keys are reported when it
 * is opened; every getter reports a bad value and returns empty, so callers never see a silently
 * defaulted value without an error having been recorded.
 */
final class YamlMap {
    private final Node node;
    private final String path;
    private final ErrorList errors;
    private final Map<String, Node> values = new LinkedHashMap<>();

    private YamlMap(Node node, String path, ErrorList errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** Opens {@code node} as a mapping with the given keys; a missing or empty node reads as an empty mapping. */
    static YamlMap open(Node node, String path, ErrorList errors, List<String> knownKeys) {
        YamlMap map = new YamlMap(node, path, errors);
        if (node == null || YamlNodes.isNull(node)) {
            return map;
        }
        if (!(node instanceof MappingNode mapping)) {
            errors.add(node, path, "expected a map, found " + YamlNodes.describe(node));
            return map;
        }
        for (NodeTuple entry : mapping.getValue()) {
            map.addEntry(entry, knownKeys);
        }
        return map;
    }

    private void addEntry(NodeTuple entry, List<String> knownKeys) {
        Node keyNode = entry.getKeyNode();
        if (!(keyNode instanceof ScalarNode scalar) || keyNode.getTag().equals(Tag.MERGE)) {
            errors.add(keyNode, path, "keys must be plain names (merge keys and complex keys are not supported)");
            return;
        }
        String key = scalar.getValue();
        if (!knownKeys.contains(key)) {
            errors.add(keyNode, child(key), "unknown key" + KeySuggester.nearest(key, knownKeys)
                    .map(k -> " (did you mean \"" + k + "\"?)")
                    .orElse(" (known keys: " + String.join(", ", knownKeys) + ")"));
        } else if (values.containsKey(key)) {
            errors.add(keyNode, child(key), "duplicate key (first given at line "
                    + (values.get(key).getStartMark().getLine() + 1) + ")");
        } else {
            values.put(key, entry.getValueNode());
        }
    }

    String path() {
        return path;
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The value node of a key that is present and not null. */
    Optional<Node> node(String key) {
        Node value = values.get(key);
        return value == null || YamlNodes.isNull(value) ? Optional.empty() : Optional.of(value);
    }

    /** Reports a key that must be given and is absent; true when it is there. */
    boolean require(String key) {
        if (node(key).isPresent()) {
            return true;
        }
        Node at = values.containsKey(key) ? values.get(key) : node;
        errors.add(at == null ? null : at.getStartMark(), path, "missing required key \"" + key + "\"");
        return false;
    }

    Optional<String> string(String key) {
        return node(key).flatMap(n -> scalar(n, child(key)));
    }

    Optional<String> nonBlank(String key) {
        return string(key).filter(s -> valid(!s.isBlank(), key, "must not be blank"));
    }

    Optional<Boolean> bool(String key) {
        return string(key).flatMap(s -> switch (s.toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> fail(key, Durations.quote(s) + " is not true or false");
        });
    }

    Optional<Long> integer(String key, long min, long max) {
        return string(key).flatMap(s -> {
            long v;
            try {
                v = Long.parseLong(s.replace("_", ""));
            } catch (NumberFormatException e) {
                return fail(key, Durations.quote(s) + " is not a whole number");
            }
            return v < min || v > max ? fail(key, v + " is out of range (" + min + ".." + max + ")") : Optional.of(v);
        });
    }

    Optional<Duration> duration(String key, Duration min, Duration max) {
        return string(key).flatMap(s -> {
            Optional<Duration> d = Durations.parse(s);
            if (d.isEmpty()) {
                return fail(key, Durations.notADuration(s));
            }
            boolean inRange = d.get().compareTo(min) >= 0 && d.get().compareTo(max) <= 0;
            return inRange ? d : fail(key, s + " is out of range (" + Durations.format(min) + ".."
                    + Durations.format(max) + ")");
        });
    }

    Optional<Long> size(String key, long min) {
        return string(key).flatMap(s -> {
            Optional<Long> bytes = Sizes.parse(s);
            if (bytes.isEmpty()) {
                return fail(key, Sizes.notASize(s));
            }
            return bytes.get() >= min ? bytes : fail(key, s + " is too small (at least " + min + " bytes)");
        });
    }

    /** A list of non-blank strings; a missing key is an empty list. */
    List<String> strings(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode seq)) {
            String hint = value.get() instanceof ScalarNode one ? " (write [" + one.getValue() + "])" : "";
            errors.add(value.get(), child(key), "expected a list, found " + YamlNodes.describe(value.get()) + hint);
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node item = seq.getValue().get(i);
            String itemPath = child(key) + "[" + i + "]";
            scalar(item, itemPath).filter(s -> {
                if (s.isBlank()) {
                    errors.add(item, itemPath, "must not be blank");
                }
                return !s.isBlank();
            }).ifPresent(out::add);
        }
        return out;
    }

    /** Records {@code message} against a key's value when {@code ok} is false. */
    boolean valid(boolean ok, String key, String message) {
        if (!ok) {
            errors.add(node(key).orElse(node), child(key), message);
        }
        return ok;
    }

    /** Records a problem with the mapping as a whole, at its own position. */
    void reject(String message) {
        errors.add(node == null ? null : node.getStartMark(), path, message);
    }

    <T> Optional<T> fail(String key, String message) {
        valid(false, key, message);
        return Optional.empty();
    }

    private Optional<String> scalar(Node n, String at) {
        if (n instanceof ScalarNode s && !YamlNodes.isNull(n)) {
            return Optional.of(s.getValue());
        }
        errors.add(n, at, "expected a single value, found " + YamlNodes.describe(n));
        return Optional.empty();
    }
}
