package com.aftercare.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The statutory floor under every version of the store's policy: the LAW rules, from their own versioned file. A
 * store clause that gives the customer less than a rule in force is overridden by it; the decision then cites both.
 */
public record StatutoryFloor(String version, List<FloorRule> rules) {

    public StatutoryFloor {
        Objects.requireNonNull(version, "version");
        rules = List.copyOf(rules);
    }

    public Optional<FloorRule> rule(ClauseId id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The rules in force on that day that override the store's clause, in the floor's order. */
    public List<FloorRule> overriding(ClauseId storeClause, LocalDate on) {
        return rules.stream().filter(r -> r.inForceOn(on) && r.overrides().containsKey(storeClause)).toList();
    }

    /** A store clause and the floor rule that overrides it, with why. */
    public record Override(ClauseId clause, FloorRule by, LocalizedText reason) {
    }

    /** Every store clause of a policy version that the floor overrides, in the version's clause order. */
    public List<Override> overridesOf(PolicyVersion version) {
        return version.clauses().stream()
                .flatMap(clause -> overriding(clause.id(), version.effectiveFrom()).stream()
                        .map(rule -> new Override(clause.id(), rule, rule.overrides().get(clause.id()))))
                .toList();
    }
}
