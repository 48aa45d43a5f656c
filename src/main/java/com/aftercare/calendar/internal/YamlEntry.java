package com.aftercare.calendar.internal;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One entry of the override file with its label ("add entry #2 (line 14)"), reading its fields and recording
 * each problem against that label, so that one run reports every mistake in the file.
 */
final class YamlEntry {

    private final String label;
    private final Map<String, Node> fields = new LinkedHashMap<>();
    private final List<String> problems;
    private boolean valid = true;

    YamlEntry(String label, Node node, Set<String> allowedKeys, List<String> problems) {
        this.label = label;
        this.problems = problems;
        if (!(node instanceof MappingNode mapping)) {
            problem("must be a mapping of fields, such as 'date: 2026-05-01'");
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
            if (!allowedKeys.contains(key)) {
                problem("unknown field '" + key + "' (allowed: " + String.join(", ", allowedKeys) + ")");
            }
            fields.put(key, tuple.getValueNode());
        }
    }

    static String label(String section, int index, Node node) {
        return section + " entry #" + (index + 1) + node.getStartMark().map(m -> " (line " + (m.getLine() + 1) + ")").orElse("");
    }

    /** The label of a field that is itself a mapping, e.g. "add entry #2 (line 14), field 'name'". */
    String labelOf(String key) {
        return label + ", field '" + key + "'";
    }

    boolean valid() {
        return valid;
    }

    void problem(String message) {
        valid = false;
        problems.add(label + ": " + message);
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    Optional<Node> node(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    Optional<String> text(String key) {
        Node node = fields.get(key);
        if (node == null) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return Optional.of(scalar.getValue().trim());
        }
        problem("'" + key + "' must be a single non-empty value");
        return Optional.empty();
    }

    Optional<String> requiredText(String key) {
        if (!has(key)) {
            problem("'" + key + "' is missing");
        }
        return text(key);
    }

    Optional<LocalDate> date(String key) {
        return parsed(key, LocalDate::parse, "a date written yyyy-MM-dd, such as 2026-05-27");
    }

    Optional<Integer> integer(String key, int min, int max) {
        Optional<Integer> value = parsed(key, Integer::valueOf, "a whole number");
        if (value.isPresent() && (value.get() < min || value.get() > max)) {
            problem("'" + key + "' must be between " + min + " and " + max + ", not " + value.get());
            return Optional.empty();
        }
        return value;
    }

    <E extends Enum<E>> Optional<E> enumValue(String key, Class<E> type) {
        return parsed(key, text -> Enum.valueOf(type, text), "one of " + List.of(type.getEnumConstants()));
    }

    <T> Optional<T> parsed(String key, Function<String, T> parser, String expected) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(text.get()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            problem("'" + key + "' must be " + expected + ", not '" + text.get() + "'");
            return Optional.empty();
        }
    }
}
