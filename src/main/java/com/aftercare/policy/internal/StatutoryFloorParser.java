package com.aftercare.policy.internal;

import com.aftercare.policy.ClauseId;
import com.aftercare.policy.FloorRule;
import com.aftercare.policy.LocalizedText;
import com.aftercare.policy.PolicyFileException;
import com.aftercare.policy.StatutoryFloor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the statutory floor's file ({@code floor/statutory-floor.yaml}): every LAW rule with its date of effect, its
 * source, its title and text in both languages, its numbers, and the store clauses it overrides with why. Every
 * problem is collected with its line, as for the store's files; a rule that names a store clause the policy book does
 * not have is one.
 */
final class StatutoryFloorParser {

    private static final List<String> RULE_KEYS = List.of("effectiveFrom", "source", "title", "text", "overrides");

    private final PolicyFileSource source;
    private final FileProblems problems;

    private StatutoryFloorParser(PolicyFileSource source) {
        this.source = source;
        this.problems = new FileProblems(source.name());
    }

    static StatutoryFloor parse(PolicyFileSource source) {
        return new StatutoryFloorParser(source).read();
    }

    private StatutoryFloor read() {
        Optional<Node> root = PolicyFileParser.compose(source, problems,
                "the file is empty; the floor's file states a version and its rules");
        if (root.isEmpty()) {
            throw new PolicyFileException(problems.list());
        }
        Map<String, YamlNode> file = new YamlNode(root.get(), "", problems).entries(List.of("version", "rules"), List.of());
        Optional<String> version = PolicyFileParser.entry(file, "version").flatMap(YamlNode::text);
        List<FloorRule> rules = new ArrayList<>();
        PolicyFileParser.entry(file, "rules").ifPresent(node -> node.openEntries().forEach((key, value) -> {
            if (!ClauseId.isWellFormed(key) || !ClauseId.of(key).group().equals("LAW")) {
                value.problemWithKey("a rule of the floor is named LAW-1, LAW-2, ..., not \"" + key + "\"");
            } else {
                rule(ClauseId.of(key), value).ifPresent(rules::add);
            }
        }));
        if (problems.any()) {
            throw new PolicyFileException(problems.list());
        }
        return new StatutoryFloor(version.orElseThrow(), rules);
    }

    private Optional<FloorRule> rule(ClauseId id, YamlNode node) {
        Map<String, YamlNode> rule = node.entries(RULE_KEYS, List.of("parameters"));
        Optional<LocalDate> effectiveFrom = PolicyFileParser.entry(rule, "effectiveFrom").flatMap(YamlNode::date);
        Optional<String> from = PolicyFileParser.entry(rule, "source").flatMap(YamlNode::text);
        Optional<LocalizedText> title = PolicyFileParser.entry(rule, "title").flatMap(PolicyFileParser::localized);
        Optional<LocalizedText> text = PolicyFileParser.entry(rule, "text").flatMap(PolicyFileParser::localized);
        Map<ClauseId, LocalizedText> overrides = new LinkedHashMap<>();
        PolicyFileParser.entry(rule, "overrides").ifPresent(list -> list.openEntries().forEach((clause, reason) -> {
            if (!ClauseId.isWellFormed(clause) || !ClauseCatalogue.CLAUSES.contains(ClauseId.of(clause))) {
                reason.problemWithKey("\"" + clause + "\" is not a clause of the store's policy book ("
                        + ClauseCatalogue.CLAUSES.getFirst() + " to " + ClauseCatalogue.CLAUSES.getLast() + ")");
            } else {
                PolicyFileParser.localized(reason).ifPresent(why -> overrides.put(ClauseId.of(clause), why));
            }
        }));
        Map<String, Object> parameters = new LinkedHashMap<>();
        PolicyFileParser.entry(rule, "parameters").ifPresent(list -> list.openEntries()
                .forEach((name, value) -> value.wholeNumber(1, 1_000_000).ifPresent(n -> parameters.put(name, n))));
        if (effectiveFrom.isEmpty() || from.isEmpty() || title.isEmpty() || text.isEmpty()) {
            return Optional.empty();
        }
        if (overrides.isEmpty() && !problems.any()) {
            node.problem("a rule of the floor names at least one store clause it overrides");
            return Optional.empty();
        }
        return Optional.of(new FloorRule(id, effectiveFrom.get(), from.get(), title.get(), text.get(), overrides, parameters));
    }
}
