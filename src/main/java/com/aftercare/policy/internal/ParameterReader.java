package com.aftercare.policy.internal;

import com.aftercare.calendar.DayCount;
import com.aftercare.policy.BankWindow;
import com.aftercare.policy.ClauseId;
import com.aftercare.policy.EntitlementThresholds;
import com.aftercare.policy.InstallmentRules;
import com.aftercare.policy.NotificationChannel;
import com.aftercare.policy.Period;
import com.aftercare.policy.PolicyParameters;
import com.aftercare.policy.ProductCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads the parameters of a policy file's clauses into their types, checking each value and the
 * few that depend on each other (PAY-2 within PAY-1, WAR-8 (a) within WAR-1, PAY-3's window).
 * Keeps each value as read, for showing with its clause.
 */
final class ParameterReader {

    private static final int UNBOUNDED = Integer.MAX_VALUE;

    private final Map<ClauseId, YamlNode> parameterNodes;
    private final Map<ClauseId, Map<String, YamlNode>> entries = new HashMap<>();
    private final Map<ClauseId, Map<String, Object>> shown = new HashMap<>();

    ParameterReader(Map<ClauseId, YamlNode> parameterNodes) {
        this.parameterNodes = parameterNodes;
    }

    /** The clause's parameters as read, in the catalogue's order. */
    Map<String, Object> shown(ClauseId clause) {
        Map<String, Object> values = shown.getOrDefault(clause, Map.of());
        Map<String, Object> ordered = new LinkedHashMap<>();
        ClauseCatalogue.parametersOf(clause).forEach(name -> ordered.put(name, values.get(name)));
        return ordered;
    }

    /** Every parameter, typed; empty when any is missing or wrong (each reported with its line). */
    Optional<PolicyParameters> read() {
        Optional<Integer> maxInstallments = read("PAY-1", "maxInstallments", n -> n.wholeNumber(1, UNBOUNDED));
        int ceiling = maxInstallments.orElse(UNBOUNDED);
        var restricted = read("PAY-2", "restrictedPrograms", n -> restrictedPrograms(n, ceiling));
        var bankWindow = read("PAY-3", "bankWindow", ParameterReader::bankWindow);
        var returnWindow = read("RET-1", "returnWindow", ParameterReader::period);
        var electronics = read("RET-3", "electronics", n -> distinct(n, e -> e.oneOf(ProductCategory.class)));
        var refundDeadline = read("RET-6", "refundDeadline", ParameterReader::period);
        var hygiene = read("GEN-3", "hygieneCategories", n -> distinct(n, e -> e.oneOf(ProductCategory.class)));
        var neverReturnable = read("GEN-3", "neverReturnable", n -> distinct(n, e -> e.oneOf(ProductCategory.class)));
        var carriers = read("GEN-5", "contractedCarriers", n -> atLeastOne(n, distinct(n, YamlNode::text)));
        var replacement = read("DLV-3", "replacementDeadline", ParameterReader::period);
        var warrantyMonths = read("WAR-1", "warrantyMonths", n -> n.wholeNumber(1, UNBOUNDED));
        var repairMaximum = read("WAR-4", "repairMaximum", ParameterReader::period);
        var loanerAfter = read("WAR-5", "loanerAfter", ParameterReader::period);
        var channels = read("WAR-6", "notificationChannels",
                n -> atLeastOne(n, distinct(n, e -> e.oneOf(NotificationChannel.class))));
        var thresholds = entitlementThresholds(warrantyMonths.orElse(UNBOUNDED));
        if (anyEmpty(maxInstallments, restricted, bankWindow, returnWindow, electronics, refundDeadline, hygiene,
                neverReturnable, carriers, replacement, warrantyMonths, repairMaximum, loanerAfter, channels,
                thresholds)) {
            return Optional.empty();
        }
        return Optional.of(new PolicyParameters(
                new InstallmentRules(maxInstallments.get(), restricted.get()), bankWindow.get(), returnWindow.get(),
                Set.copyOf(electronics.get()), refundDeadline.get(), Set.copyOf(hygiene.get()),
                Set.copyOf(neverReturnable.get()), List.copyOf(carriers.get()), replacement.get(),
                warrantyMonths.get(), repairMaximum.get(), loanerAfter.get(), Set.copyOf(channels.get()),
                thresholds.get()));
    }

    /** WAR-8 (a)–(e); (a)'s months must fit in WAR-1's warranty, since the clause counts within it. */
    private Optional<EntitlementThresholds> entitlementThresholds(int warrantyMonths) {
        Function<YamlNode, Optional<Integer>> count = n -> n.wholeNumber(1, UNBOUNDED);
        var early = read("WAR-8", "earlyFaultsAtLeast", count);
        var earlyMonths = read("WAR-8", "earlyFaultsWithinMonths", n -> n.wholeNumber(1, warrantyMonths));
        var withinWarranty = read("WAR-8", "faultsWithinWarrantyAtLeast", count);
        var sameFault = read("WAR-8", "sameFaultMoreThan", count);
        var different = read("WAR-8", "differentFaultsMoreThan", count);
        var total = read("WAR-8", "totalFaultsMoreThan", count);
        if (anyEmpty(early, earlyMonths, withinWarranty, sameFault, different, total)) {
            return Optional.empty();
        }
        return Optional.of(new EntitlementThresholds(early.get(), earlyMonths.get(), withinWarranty.get(),
                sameFault.get(), different.get(), total.get()));
    }

    private <T> Optional<T> read(String clause, String name, Function<YamlNode, Optional<T>> reader) {
        ClauseId id = ClauseId.of(clause);
        YamlNode node = entriesOf(id).get(name);
        if (node == null) {
            return Optional.empty(); // reported as missing, or the clause itself is missing
        }
        Optional<T> value = reader.apply(node);
        value.ifPresent(v -> shown.computeIfAbsent(id, i -> new LinkedHashMap<>()).put(name, v));
        return value;
    }

    private Map<String, YamlNode> entriesOf(ClauseId clause) {
        return entries.computeIfAbsent(clause, id -> Optional.ofNullable(parameterNodes.get(id))
                .map(node -> node.entries(ClauseCatalogue.parametersOf(id), List.of()))
                .orElse(Map.of()));
    }

    private static Optional<Period> period(YamlNode node) {
        Map<String, YamlNode> period = node.entries(List.of("length", "convention"), List.of());
        Optional<Integer> length = PolicyFileParser.entry(period, "length").flatMap(n -> n.wholeNumber(1, UNBOUNDED));
        Optional<DayCount> convention = PolicyFileParser.entry(period, "convention").flatMap(n -> n.oneOf(DayCount.class));
        return anyEmpty(length, convention) ? Optional.empty() : Optional.of(new Period(length.get(), convention.get()));
    }

    /** PAY-3: "2–10 bank business days"; a window that ends before it starts is a typo. */
    private static Optional<BankWindow> bankWindow(YamlNode node) {
        Map<String, YamlNode> window = node.entries(List.of("from", "to", "convention"), List.of());
        Optional<Integer> from = PolicyFileParser.entry(window, "from").flatMap(n -> n.wholeNumber(1, UNBOUNDED));
        Optional<Integer> to = PolicyFileParser.entry(window, "to").flatMap(n -> n.wholeNumber(1, UNBOUNDED));
        Optional<DayCount> convention = PolicyFileParser.entry(window, "convention").flatMap(n -> n.oneOf(DayCount.class));
        if (anyEmpty(from, to, convention)) {
            return Optional.empty();
        }
        if (from.get() > to.get()) {
            node.problem("the window must not end before it starts: from " + from.get() + " is after to " + to.get());
            return Optional.empty();
        }
        return Optional.of(new BankWindow(from.get(), to.get(), convention.get()));
    }

    /** PAY-2: per card program, the installment counts its bank allows, each within PAY-1's maximum. */
    private static Optional<Map<String, SortedSet<Integer>>> restrictedPrograms(YamlNode node, int maxInstallments) {
        Map<String, SortedSet<Integer>> programs = new LinkedHashMap<>();
        boolean valid = true;
        for (var program : node.openEntries().entrySet()) {
            if (!program.getKey().matches("[A-Z][A-Z0-9_]*")) {
                program.getValue().problem("a card program is named in capitals, like WORLD, was \"" + program.getKey() + "\"");
                valid = false;
            }
            Optional<List<Integer>> counts = atLeastOne(program.getValue(),
                    distinct(program.getValue(), n -> n.wholeNumber(1, maxInstallments)));
            counts.ifPresent(c -> programs.put(program.getKey(), new TreeSet<>(c)));
            valid &= counts.isPresent();
        }
        return valid ? Optional.of(programs) : Optional.empty();
    }

    /** A list read item by item; a value listed twice is reported, since it is most likely a typo. */
    private static <T> Optional<List<T>> distinct(YamlNode list, Function<YamlNode, Optional<T>> item) {
        Set<T> values = new LinkedHashSet<>();
        boolean valid = true;
        for (YamlNode element : list.items()) {
            Optional<T> value = item.apply(element);
            if (value.isPresent() && !values.add(value.get())) {
                element.problem(value.get() + " is listed twice");
            }
            valid &= value.isPresent();
        }
        if (!(list.node() instanceof SequenceNode)) {
            valid = false;
        }
        return valid ? Optional.of(new ArrayList<>(values)) : Optional.empty();
    }

    private static <T> Optional<List<T>> atLeastOne(YamlNode node, Optional<List<T>> values) {
        if (values.isPresent() && values.get().isEmpty()) {
            node.problem("must list at least one value");
            return Optional.empty();
        }
        return values;
    }

    private static boolean anyEmpty(Optional<?>... values) {
        for (Optional<?> value : values) {
            if (value.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
