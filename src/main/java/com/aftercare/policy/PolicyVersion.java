package com.aftercare.policy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of the policy book, as read from its file {@code <effectiveFrom>.yaml}: the store's
 * contact, every clause of the policy book in its order with both texts, and the parameters they set.
 */
public record PolicyVersion(
        String version,
        LocalDate effectiveFrom,
        StoreContact store,
        List<Clause> clauses,
        PolicyParameters parameters,
        List<Clause> floor) {

    /**
     * @param floor the statutory floor's rules (LAW-*) in force under this version, citable beside its clauses: a
     *     decision where the law governs cites both the store's clause and the rule; not among {@link #clauses()}
     */
    public PolicyVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(parameters, "parameters");
        clauses = List.copyOf(clauses);
        floor = List.copyOf(floor);
    }

    /** A version as its file states it, before the floor is laid under it. */
    public PolicyVersion(String version, LocalDate effectiveFrom, StoreContact store, List<Clause> clauses,
            PolicyParameters parameters) {
        this(version, effectiveFrom, store, clauses, parameters, List.of());
    }

    /** This version with the floor's rules in force on its effective date citable beside its clauses. */
    public PolicyVersion over(StatutoryFloor statutoryFloor) {
        return new PolicyVersion(version, effectiveFrom, store, clauses, parameters, statutoryFloor.rules().stream()
                .filter(rule -> rule.inForceOn(effectiveFrom))
                .map(rule -> new Clause(rule.id(), rule.title(), rule.text(), rule.parameters()))
                .toList());
    }

    /** A clause of the version, or a rule of the floor under it. */
    public Optional<Clause> clause(ClauseId id) {
        return clauses.stream().filter(c -> c.id().equals(id)).findFirst()
                .or(() -> floor.stream().filter(c -> c.id().equals(id)).findFirst());
    }

    /** The clause as a decision cites it; a decision citing a clause this version lacks is a bug. */
    public CitedClause cite(ClauseId id, Locale locale) {
        return clause(id)
                .orElseThrow(() -> new IllegalArgumentException(
                        "policy version " + version + " has no clause " + id))
                .cite(locale);
    }

    /** Every clause a verdict applied, in the order given, each once. */
    public List<CitedClause> cite(Collection<ClauseId> ids, Locale locale) {
        Map<ClauseId, CitedClause> cited = new LinkedHashMap<>();
        ids.forEach(id -> cited.computeIfAbsent(id, i -> cite(i, locale)));
        return List.copyOf(cited.values());
    }

    // The typed parameters, named as the rules use them; each cites the clause that sets it.

    /** PAY-1, PAY-2. */
    public InstallmentRules installments() {
        return parameters.installments();
    }

    /** PAY-3. */
    public BankWindow bankWindow() {
        return parameters.bankWindow();
    }

    /** RET-1. */
    public Period returnWindow() {
        return parameters.returnWindow();
    }

    /** RET-3. */
    public Set<ProductCategory> electronics() {
        return parameters.electronics();
    }

    /** RET-6. */
    public Period refundDeadline() {
        return parameters.refundDeadline();
    }

    /** GEN-3, hygiene. */
    public Set<ProductCategory> hygieneCategories() {
        return parameters.hygieneCategories();
    }

    /** GEN-3, never subject to withdrawal. */
    public Set<ProductCategory> neverReturnable() {
        return parameters.neverReturnable();
    }

    /** GEN-5. */
    public List<String> contractedCarriers() {
        return parameters.contractedCarriers();
    }

    /** DLV-3. */
    public Period replacementDeadline() {
        return parameters.replacementDeadline();
    }

    /** WAR-1. */
    public int warrantyMonths() {
        return parameters.warrantyMonths();
    }

    /** WAR-4. */
    public Period repairMaximum() {
        return parameters.repairMaximum();
    }

    /** WAR-5. */
    public Period loanerAfter() {
        return parameters.loanerAfter();
    }

    /** WAR-6. */
    public Set<NotificationChannel> notificationChannels() {
        return parameters.notificationChannels();
    }

    /** WAR-8 (a)–(e). */
    public EntitlementThresholds entitlementThresholds() {
        return parameters.entitlementThresholds();
    }
}
