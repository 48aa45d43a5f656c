package com.aftercare.policy.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A node of a policy file with its path from the root (e.g. {@code clauses.RET-1.parameters}).
 * Every reading method reports what is wrong to the file's problems, with the node's line, and
 * answers empty, so that one pass finds every problem of a file.
 */
record YamlNode(Node node, String path, FileProblems problems, Node key) {

    /** The root of a file, or an item of a list: a node without a key. */
    YamlNode(Node node, String path, FileProblems problems) {
        this(node, path, problems, null);
    }

    void problem(String message) {
        problems.at(node, path, message);
    }

    /** A problem with the key itself (unknown, given twice): its line is the key's, not the value's. */
    void problemWithKey(String message) {
        problems.at(key == null ? node : key, path, message);
    }

    /** A mapping that must have exactly the required keys, and may have the optional ones. */
    Map<String, YamlNode> entries(Collection<String> required, Collection<String> optional) {
        Map<String, YamlNode> entries = openEntries();
        if (!(node instanceof MappingNode)) {
            return entries;
        }
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        entries.forEach((key, value) -> {
            if (!known.contains(key)) {
                value.problemWithKey("unknown key \"" + key + "\"; expected "
                        + (known.isEmpty() ? "none here" : "one of: " + String.join(", ", known)));
            }
        });
        entries.keySet().retainAll(known);
        required.stream().filter(key -> !entries.containsKey(key)).forEach(key -> problemWithKey("missing \"" + key + "\""));
        return entries;
    }

    /** A mapping whose keys are data (clause ids, card programs), in file order. */
    Map<String, YamlNode> openEntries() {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problem("must be a mapping of keys to values, was " + describe(node));
            return entries;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.at(tuple.getKeyNode(), path, "a key must be a plain word, was " + describe(tuple.getKeyNode()));
                continue;
            }
            YamlNode value = new YamlNode(tuple.getValueNode(), child(key.getValue()), problems, key);
            if (entries.putIfAbsent(key.getValue(), value) != null) {
                value.problemWithKey("\"" + key.getValue() + "\" is given twice");
            }
        }
        return entries;
    }

    List<YamlNode> items() {
        if (!(node instanceof SequenceNode sequence)) {
            problem("must be a list, like [A, B], was " + describe(node));
            return List.of();
        }
        List<Node> nodes = sequence.getValue();
        List<YamlNode> items = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            items.add(new YamlNode(nodes.get(i), path + "[" + i + "]", problems));
        }
        return items;
    }

    Optional<String> text() {
        if (!(node instanceof ScalarNode scalar)) {
            problem("must be a text, was " + describe(node));
            return Optional.empty();
        }
        if (scalar.getValue().isBlank()) {
            problem("must not be empty");
            return Optional.empty();
        }
        return Optional.of(scalar.getValue().strip());
    }

    Optional<Integer> wholeNumber(int min, int max) {
        String expected = max == Integer.MAX_VALUE
                ? "must be a whole number ≥ " + min
                : "must be a whole number from " + min + " to " + max;
        if (!(node instanceof ScalarNode scalar) || !scalar.getValue().strip().matches("[+-]?[0-9]{1,9}")) {
            problem(expected + ", was " + describe(node));
            return Optional.empty();
        }
        int value = Integer.parseInt(scalar.getValue().strip());
        if (value < min || value > max) {
            problem(expected + ", was " + describe(node));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    <E extends Enum<E>> Optional<E> oneOf(Class<E> type) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (node instanceof ScalarNode scalar) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(scalar.getValue().strip())) {
                    return Optional.of(constant);
                }
            }
        }
        problem("must be one of " + allowed + ", was " + describe(node));
        return Optional.empty();
    }

    Optional<LocalDate> date() {
        if (node instanceof ScalarNode scalar) {
            try {
                return Optional.of(LocalDate.parse(scalar.getValue().strip()));
            } catch (DateTimeParseException notADate) {
                // reported below
            }
        }
        problem("must be a day written as YYYY-MM-DD, was " + describe(node));
        return Optional.empty();
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String describe(Node node) {
        return switch (node) {
            case ScalarNode scalar when scalar.getValue().isEmpty() -> "empty";
            case ScalarNode scalar -> "\"" + scalar.getValue() + "\"";
            case SequenceNode ignored -> "a list";
            case MappingNode ignored -> "a mapping";
            default -> "a " + node.getNodeType().name().toLowerCase();
        };
    }
}
