package com.aftercare.policy.internal;

import com.aftercare.policy.Clause;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.LocalizedText;
import com.aftercare.policy.PolicyFileException;
import com.aftercare.policy.PolicyParameters;
import com.aftercare.policy.PolicyVersion;
import com.aftercare.policy.StoreContact;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads one policy file into a {@link PolicyVersion}, or refuses it with every problem it has.
 * It reads YAML nodes rather than binding objects, so that each problem names its line. Pure: a
 * name and a text in, no Spring, no files, no clock.
 */
final class PolicyFileParser {

    static final String EXTENSION = ".yaml";

    private final PolicyFileSource source;
    private final FileProblems problems;
    private final Map<ClauseId, YamlNode> clauseNodes = new LinkedHashMap<>();
    private final Map<ClauseId, YamlNode> parameterNodes = new LinkedHashMap<>();

    private PolicyFileParser(PolicyFileSource source) {
        this.source = source;
        this.problems = new FileProblems(source.name());
    }

    /** The version the file states; a {@link PolicyFileException} listing all its problems if any. */
    static PolicyVersion parse(PolicyFileSource source) {
        return new PolicyFileParser(source).read();
    }

    private PolicyVersion read() {
        Optional<Node> root = compose();
        if (root.isEmpty()) {
            throw refused();
        }
        Map<String, YamlNode> file = new YamlNode(root.get(), "", problems)
                .entries(List.of("version", "effectiveFrom", "store", "clauses"), List.of());
        Optional<String> version = entry(file, "version").flatMap(YamlNode::text);
        Optional<LocalDate> effectiveFrom = entry(file, "effectiveFrom").flatMap(this::effectiveFrom);
        Optional<StoreContact> store = entry(file, "store").flatMap(PolicyFileParser::store);
        entry(file, "clauses").ifPresent(this::collectClauses);
        List<Clause> clauses = readClauses();
        ParameterReader parameters = new ParameterReader(parameterNodes);
        Optional<PolicyParameters> typed = parameters.read();
        if (problems.any()) {
            throw refused();
        }
        List<Clause> withParameters = clauses.stream()
                .map(c -> new Clause(c.id(), c.title(), c.text(), parameters.shown(c.id())))
                .toList();
        return new PolicyVersion(version.orElseThrow(), effectiveFrom.orElseThrow(), store.orElseThrow(),
                withParameters, typed.orElseThrow());
    }

    private Optional<Node> compose() {
        return compose(source, problems,
                "the file is empty; a policy file states a version, its effective date, the store and every clause");
    }

    /** The file's YAML tree, or its problem with the line (the floor's file is read the same way). */
    static Optional<Node> compose(PolicyFileSource source, FileProblems problems, String whenEmpty) {
        LoadSettings settings = LoadSettings.builder().setLabel(source.name()).build();
        try {
            Optional<Node> root = new Compose(settings).composeString(source.text());
            if (root.isEmpty()) {
                problems.at(1, "", whenEmpty);
            }
            return root;
        } catch (MarkedYamlEngineException notYaml) {
            int line = notYaml.getProblemMark().or(notYaml::getContextMark).map(Mark::getLine).orElse(0) + 1;
            String context = notYaml.getContextMark()
                    .filter(mark -> notYaml.getContext() != null)
                    .map(mark -> " (" + notYaml.getContext() + " that starts on line " + (mark.getLine() + 1) + ")")
                    .orElse("");
            problems.at(line, "", "not valid YAML: " + notYaml.getProblem() + context);
        } catch (YamlEngineException notYaml) {
            problems.at(1, "", "not valid YAML: " + notYaml.getMessage());
        }
        return Optional.empty();
    }

    /** The file is named after the day it takes effect, so the folder lists the versions in order. */
    private Optional<LocalDate> effectiveFrom(YamlNode node) {
        Optional<LocalDate> day = node.date();
        day.filter(d -> !source.name().equals(d + EXTENSION)).ifPresent(d -> node.problem(
                "the file takes effect on " + d + " but is named " + source.name()
                        + "; a policy file is named after its effective date: " + d + EXTENSION));
        return day;
    }

    private static Optional<StoreContact> store(YamlNode node) {
        Map<String, YamlNode> store = node.entries(List.of("name", "email", "phone"), List.of());
        Optional<String> name = entry(store, "name").flatMap(YamlNode::text);
        Optional<String> email = entry(store, "email").flatMap(PolicyFileParser::email);
        Optional<String> phone = entry(store, "phone").flatMap(YamlNode::text);
        if (name.isEmpty() || email.isEmpty() || phone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoreContact(name.get(), email.get(), phone.get()));
    }

    private static Optional<String> email(YamlNode node) {
        Optional<String> email = node.text();
        if (email.isPresent() && !email.get().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            node.problem("must be an e-mail address, was \"" + email.get() + "\"");
            return Optional.empty();
        }
        return email;
    }

    private void collectClauses(YamlNode clauses) {
        clauses.openEntries().forEach((key, node) -> {
            if (!ClauseId.isWellFormed(key) || !ClauseCatalogue.CLAUSES.contains(ClauseId.of(key))) {
                node.problemWithKey("unknown clause \"" + key + "\"; the clauses are those of the policy book, "
                        + ClauseCatalogue.CLAUSES.getFirst() + " to " + ClauseCatalogue.CLAUSES.getLast());
            } else {
                clauseNodes.put(ClauseId.of(key), node);
            }
        });
        ClauseCatalogue.CLAUSES.stream()
                .filter(id -> !clauseNodes.containsKey(id))
                .forEach(id -> clauses.problemWithKey("missing clause \"" + id + "\""));
    }

    /** The clauses in the policy book's order, whatever order the file lists them in. */
    private List<Clause> readClauses() {
        List<Clause> clauses = new ArrayList<>();
        for (ClauseId id : ClauseCatalogue.CLAUSES) {
            YamlNode node = clauseNodes.get(id);
            if (node == null) {
                continue;
            }
            List<String> keys = ClauseCatalogue.parametersOf(id).isEmpty()
                    ? List.of("title", "text")
                    : List.of("title", "text", "parameters");
            Map<String, YamlNode> clause = node.entries(keys, List.of());
            Optional<LocalizedText> title = entry(clause, "title").flatMap(PolicyFileParser::localized);
            Optional<LocalizedText> text = entry(clause, "text").flatMap(PolicyFileParser::localized);
            entry(clause, "parameters").ifPresent(parameters -> parameterNodes.put(id, parameters));
            if (title.isPresent() && text.isPresent()) {
                clauses.add(new Clause(id, title.get(), text.get(), Map.of()));
            }
        }
        return clauses;
    }

    static Optional<LocalizedText> localized(YamlNode node) {
        Map<String, YamlNode> languages = node.entries(List.of("en", "tr"), List.of());
        Optional<String> en = entry(languages, "en").flatMap(YamlNode::text);
        Optional<String> tr = entry(languages, "tr").flatMap(YamlNode::text);
        return en.isPresent() && tr.isPresent() ? Optional.of(new LocalizedText(en.get(), tr.get())) : Optional.empty();
    }

    static Optional<YamlNode> entry(Map<String, YamlNode> entries, String key) {
        return Optional.ofNullable(entries.get(key));
    }

    private PolicyFileException refused() {
        return new PolicyFileException(problems.list());
    }
}
