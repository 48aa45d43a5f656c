package com.aftercare.policy.internal;

import com.aftercare.policy.ClauseId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The clauses of the policy book, in its order, and the parameters each must set in a policy file. A
 * file must state every clause and no other: a clause the code cites but the file lacks would
 * leave a decision without its reason.
 */
final class ClauseCatalogue {

    static final List<ClauseId> CLAUSES = clauses();

    /** Parameter names per clause, in the order a file is expected to list them; absent means none. */
    static final Map<ClauseId, List<String>> PARAMETERS = Map.ofEntries(
            Map.entry(ClauseId.of("PAY-1"), List.of("maxInstallments")),
            Map.entry(ClauseId.of("PAY-2"), List.of("restrictedPrograms")),
            Map.entry(ClauseId.of("PAY-3"), List.of("bankWindow")),
            Map.entry(ClauseId.of("RET-1"), List.of("returnWindow")),
            Map.entry(ClauseId.of("RET-3"), List.of("electronics")),
            Map.entry(ClauseId.of("RET-6"), List.of("refundDeadline")),
            Map.entry(ClauseId.of("GEN-3"), List.of("hygieneCategories", "neverReturnable")),
            Map.entry(ClauseId.of("GEN-5"), List.of("contractedCarriers")),
            Map.entry(ClauseId.of("DLV-3"), List.of("replacementDeadline")),
            Map.entry(ClauseId.of("WAR-1"), List.of("warrantyMonths")),
            Map.entry(ClauseId.of("WAR-4"), List.of("repairMaximum")),
            Map.entry(ClauseId.of("WAR-5"), List.of("loanerAfter")),
            Map.entry(ClauseId.of("WAR-6"), List.of("notificationChannels")),
            Map.entry(ClauseId.of("WAR-8"), List.of(
                    "earlyFaultsAtLeast", "earlyFaultsWithinMonths", "faultsWithinWarrantyAtLeast",
                    "sameFaultMoreThan", "differentFaultsMoreThan", "totalFaultsMoreThan")));

    private ClauseCatalogue() {
    }

    static List<String> parametersOf(ClauseId clause) {
        return PARAMETERS.getOrDefault(clause, List.of());
    }

    private static List<ClauseId> clauses() {
        List<ClauseId> ids = new ArrayList<>();
        ids.add(ClauseId.of("STORE-1"));
        group(ids, "PAY", 3);
        group(ids, "RET", 6);
        group(ids, "GEN", 5);
        group(ids, "DLV", 6);
        group(ids, "WAR", 9);
        group(ids, "EXC", 8);
        ids.add(ClauseId.of("CARE-1"));
        return List.copyOf(ids);
    }

    private static void group(List<ClauseId> ids, String group, int count) {
        IntStream.rangeClosed(1, count).forEach(n -> ids.add(ClauseId.of(group + "-" + n)));
    }
}
