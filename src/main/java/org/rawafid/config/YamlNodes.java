package org.rawafid.config;

import java.util.List;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Small questions about SnakeYAML nodes, worded for error messages. */
final class YamlNodes {
    private YamlNodes() {
    }

    static boolean isNull(Node node) {
        return node.getTag().equals(Tag.NULL);
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a map";
        } else if (node instanceof SequenceNode) {
            return "a list";
        } else if (isNull(node)) {
            return "nothing";
        }
        return "a single value";
    }

    /** The items of a list-valued section; a missing or empty node is an empty list. */
    static List<Node> items(Node node, String path, ErrorList errors) {
        if (node == null || isNull(node)) {
            return List.of();
        }
        if (node instanceof SequenceNode seq) {
            return seq.getValue();
        }
        errors.add(node, path, "expected a list, found " + describe(node));
        return List.of();
    }
}
